"""Where a rendered diagram goes, and in which format (the rules of ``argmap render``)."""

from __future__ import annotations

from pathlib import Path

from argmap.drawing.options import FORMATS
from argmap.errors import UsageError

MAPS_FOLDER, DIAGRAMS_FOLDER = "arguments", "diagrams"


def choose_format(out: str | None, fmt: str | None) -> str:
    """``fmt`` if given, else OUT's suffix, else svg; a contradiction is a UsageError."""
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    suffix = Path(out).suffix.lower().lstrip(".") if out and out != "-" else ""
    if suffix and suffix not in FORMATS:
        if fmt is None:
            raise UsageError(
                f"{out}: cannot tell the format from `.{suffix}`; "
                f"use a suffix such as .svg or give -f ({', '.join(FORMATS)})"
            )
        return fmt
    if fmt is not None and suffix and suffix != fmt:
        raise UsageError(f"-f {fmt} contradicts the suffix of {out}; leave one of them out")
    return fmt or suffix or "svg"


def default_output(map_path: Path, fmt: str, cwd: Path | None = None) -> Path:
    """``diagrams/<sub>/<stem>.<fmt>`` beside the ``arguments/`` folder the map is in
    (subfolders mirrored), else ``<stem>.<fmt>`` in the working directory."""
    resolved = map_path.resolve()
    for folder in resolved.parents:
        if folder.name == MAPS_FOLDER:
            relative = resolved.relative_to(folder).with_suffix(f".{fmt}")
            return folder.parent / DIAGRAMS_FOLDER / relative
    return (cwd or Path.cwd()) / f"{map_path.stem}.{fmt}"
