"""The library API for scripts, re-exported by ``argmap`` itself (see ``docs/api.md``).

Each function is a thin door onto the layer that does the work; none prints. Errors are
exceptions: ``OSError`` for a file that cannot be read, ``argmap.UsageError`` for a bad
configuration or option, ``argmap.RenderError`` when Graphviz fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from argmap.model import ArgumentMap
from argmap.project.opening import CheckedMap, open_map, open_text


def check_map(source: str | Path, text: str | None = None) -> CheckedMap:
    """Read and check a map with the project's ``[tool.argmap]`` settings: the file at ``source``,
    or, when ``text`` is given, that YAML (``source`` then only names it in messages).
    ``.map`` is None when the YAML could not be read as a map; ``.problems`` lists everything found."""
    return open_map(source) if text is None else open_text(text, str(source))


def to_dot(amap: ArgumentMap, **options: Any) -> str:
    """The Graphviz DOT source of the diagram; ``options`` are RenderOptions fields
    (theme, direction, legend, speakers, page, focus, depth)."""
    from argmap.drawing import RenderOptions
    from argmap.drawing import to_dot as dot_of

    return dot_of(amap, RenderOptions(**options))


def render(amap: ArgumentMap, fmt: str = "svg", **options: Any) -> bytes:
    """The diagram as SVG, PNG, PDF or DOT bytes, exactly as ``argmap render`` writes it."""
    from argmap.drawing import RenderOptions, render_bytes

    return render_bytes(amap, RenderOptions(**options), fmt)


def export(amap: ArgumentMap, to: str, **options: str) -> str | bytes:
    """The map in another format: json, aif, argdown, graphml, html, markdown or mermaid
    (``argmap export --list``). KeyError for an unknown format."""
    from argmap.exporters import EXPORTERS, exporter

    if to not in EXPORTERS:
        raise KeyError(f"unknown format {to!r} (use {', '.join(EXPORTERS)})")
    return exporter(to).export(amap, dict(options))


def import_map(path: str | Path, fmt: str | None = None) -> tuple[str, list]:
    """Another tool's file as argmap YAML, with the problems met (what was dropped or guessed).
    ``fmt`` (aif, argdown, json, carneades) is guessed from the file when not given."""
    from argmap.importers import guess_format, importer

    data = Path(path).read_bytes()
    fmt = fmt or guess_format(str(path), data)
    if fmt is None:
        raise ValueError(f"{path}: cannot tell the format; name it (aif, argdown, json, carneades)")
    return importer(fmt).import_map(data, str(path))
