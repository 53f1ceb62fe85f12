"""A local memo for ``argmap build``: the DOT digest that a map's exact bytes gave, so that a
build with nothing changed need not draw every map's DOT again to see that (for 100 small
maps that was 2 s of 2.5). It is keyed by the map's bytes, the render options and a hash of
argmap's own code (the DOT writer's among it), so an edit, other options or another
argmap all miss it and the DOT is built anew. It lives in the user's cache folder, not in
the committed manifest (which it would churn); a fresh clone just has no memo yet.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from argmap.cachedir import cache_dir

VERSION = 2


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every Python file of argmap, the DOT writer's among them, and its version."""
    from argmap.drawing.dotwriter import VERSION as DOT_WRITER

    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"dotwriter {DOT_WRITER}".encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _canonical(options) -> str:
    plain = lambda value: sorted(map(str, value)) if isinstance(value, (set, frozenset)) else str(value)  # noqa: E731
    return json.dumps(dataclasses.asdict(options), sort_keys=True, default=plain)


class BuildMemo:
    """``checks``: what else decides a map's problems (the rule settings and the loader's
    limits), so that a map the memo knows, whose check read nothing but its own bytes
    (no source text), need not even be checked again."""

    def __init__(self, out: Path, options, checks: str = "") -> None:
        where = hashlib.sha256(str(Path(out).resolve()).encode()).hexdigest()[:24]
        self.path = cache_dir() / "build" / f"{where}.json"
        salt = f"{code_fingerprint()}\0{_canonical(options)}\0{checks}"
        self.salt = hashlib.sha256(salt.encode()).digest()
        self.changed = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.entries = data["maps"] if data.get("version") == VERSION else {}
            self.files = data.get("files", {}) if data.get("version") == VERSION else {}
        except (OSError, ValueError, KeyError, AttributeError):
            self.entries, self.files = {}, {}
        if not isinstance(self.files, dict):
            self.files = {}

    def _input(self, data: bytes) -> str:
        return hashlib.sha256(self.salt + data).hexdigest()

    def get(self, key: str, data: bytes) -> tuple[str, bool] | None:
        """(the digest remembered for these exact bytes of the map ``key``, whether the map
        was checked without reading any other file), or None."""
        entry = self.entries.get(key)
        if isinstance(entry, list) and len(entry) == 3 and entry[0] == self._input(data):
            return entry[1], entry[2] is True
        return None

    def put(self, key: str, data: bytes, digest: str, self_contained: bool = False) -> None:
        entry = [self._input(data), digest, bool(self_contained)]
        if self.entries.get(key) != entry:
            self.entries[key], self.changed = entry, True

    def file_sha256(self, path: Path) -> str | None:
        """``manifest.file_sha256``, remembered by the file's size, times and inode: a diagram
        whose status did not change is not read again (100 maps' PNGs are tens of MB). Any
        write changes its status time, which nothing can set back, so an edit is always seen."""
        from argmap.project.manifest import file_sha256

        stamp = _stamp(path)
        known = self.files.get(str(path))
        if stamp is not None and isinstance(known, list) and known[:-1] == stamp:
            return known[-1]
        digest = file_sha256(path)
        if digest is not None and stamp is not None:
            self.note_file(path, digest, stamp)
        return digest

    def note_file(self, path: Path, digest: str, stamp: list[int] | None = None) -> None:
        """Remember ``digest`` for the file at ``path`` as it is now (just written)."""
        stamp = stamp if stamp is not None else _stamp(path)
        if stamp is not None:
            self.files[str(path)], self.changed = [*stamp, digest], True

    def save(self) -> None:
        """Written when something changed; a cache folder that cannot be written is no error."""
        if not self.changed:
            return
        from argmap.writing import write_atomic

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = {"version": VERSION, "maps": self.entries, "files": self.files}
            write_atomic(self.path, json.dumps(data, sort_keys=True))
        except OSError:
            pass


def _stamp(path: Path) -> list[int] | None:
    """(size, modification and status times, inode) of a regular file; None for anything else."""
    import os
    import stat

    try:
        status = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode):
        return None
    return [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino]
