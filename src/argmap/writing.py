"""Writing output files atomically: a temporary file beside the target, then a rename.

Inputs are never written: every file argmap reads as a map, an import or a source text is
remembered (``protect``), and writing to it, under any name, fails with PermissionError, so
``argmap render map.yaml -o map.yaml`` cannot replace the map with its picture.
"""

from __future__ import annotations

import errno
import os
import tempfile
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


def write_new(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; raise FileExistsError rather than overwrite."""
    _refuse_input(Path(path))
    with open(path, "x", encoding="utf-8") as handle:
        handle.write(text)
