"""Writing output files atomically: a temporary file beside the target, then a rename.

Inputs are never written: every file argmap reads as a map, an import or a source text is
remembered (``protect``), and writing to it, under any name, fails with PermissionError, so
``argmap render map.yaml -o map.yaml`` cannot replace the map with its picture.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_inputs: set[str] = set()


def protect(path: str | Path) -> None:
    """Remember ``path`` as an input of this process: no output may replace it."""
    _inputs.add(os.path.realpath(path))


def forget_inputs() -> None:
    """End of a command: what it read is no longer protected (long-lived processes, tests)."""
    _inputs.clear()


def _refuse_input(path: Path) -> None:
    if _inputs and os.path.realpath(path) in _inputs:
        raise PermissionError(errno.EPERM, "is an input file; argmap never overwrites what it reads", str(path))


def _umask_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` in one step; an interrupted write leaves no partial file."""
    import tempfile  # only writing needs it: not imported by `argmap validate`

    path = Path(path)
    _refuse_input(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.chmod(tmp, _umask_mode())  # mkstemp makes 0600 files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def inside(root: Path, path: Path) -> bool:
    """Whether ``path`` lies in ``root`` once the links of its existing folders are followed."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))
    except (OSError, ValueError):
        return False


def write_inside(root: Path, path: Path, data: bytes | str) -> None:
    """``write_atomic`` into ``root`` only: the folders on the way are made, but a link among
    them that leads out of ``root`` (``diagrams/sub -> ../elsewhere``) raises PermissionError,
    checked before and after making them. The file itself, if a link, is replaced, not followed."""
    path = Path(path)
    for when in ("before", "after"):
        if not inside(root, path.parent):
            raise PermissionError(errno.EPERM, "leads out of the output folder through a link; not written", str(path))
        if when == "before":
            path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)


def write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; raise FileExistsError rather than overwrite."""
    _refuse_input(Path(path))
    with open(path, "x", encoding="utf-8") as handle:
        handle.write(text)
