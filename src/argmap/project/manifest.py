"""The build manifest: which map, rendered with which settings, gave which diagram files.

It lives in the output folder and is committed with the diagrams, so ``argmap build
--check`` can tell fresh from stale on a fresh clone, where file times mean nothing. A
diagram is fresh when the manifest's digest of its map and settings matches the current
one and the file on disk still has the recorded content hash.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from argmap.writing import write_atomic

NAME = "argmap-manifest.json"
VERSION = 1

# Entry: {"digest": str, "outputs": {fmt: {"path": relative posix path, "sha256": str}}}
Entries = dict[str, dict]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    """The hash of a regular file's content; None for anything else (a device such as
    /dev/zero would be read for ever) or a file that cannot be read."""
    try:
        if not path.is_file() or path.is_symlink():
            return None
        return sha256(path.read_bytes())
    except OSError:
        return None


DIAGRAM_SUFFIXES = (".svg", ".png", ".pdf", ".dot")


def output_path(out: Path, output: object) -> Path | None:
    """Where a manifest entry's diagram is, if it is one argmap could have written: a
    diagram file inside ``out``. The manifest comes with a cloned repository and may be
    hostile: ``../`` or absolute paths must never be hashed, let alone deleted by --prune."""
    if not isinstance(output, dict) or not isinstance(output.get("path"), str):
        return None
    recorded = Path(output["path"])
    if recorded.is_absolute() or ".." in recorded.parts or recorded.suffix not in DIAGRAM_SUFFIXES:
        return None
    path = out / recorded
    try:
        if not path.resolve().is_relative_to(out.resolve()):
            return None  # through a symbolic link that leads out
    except (OSError, RuntimeError):
        return None
    return path


def load(out: Path) -> Entries:
    """The manifest's entries keyed by the map's path relative to the source folder; an
    absent or unreadable manifest is empty (everything is then stale)."""
    try:
        data = json.loads((out / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    maps = data.get("maps") if isinstance(data, dict) else None
    return {k: v for k, v in maps.items() if isinstance(v, dict)} if isinstance(maps, dict) else {}


def save(out: Path, entries: Entries) -> None:
    text = json.dumps(
        {"argmap-manifest": VERSION, "maps": dict(sorted(entries.items()))},
        indent=2,
        sort_keys=True,
        ensure_ascii=False,
    )
    write_atomic(out / NAME, text + "\n")


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the output folder's lock (``fcntl.flock`` on the folder itself, so that no lock
    file is left among the diagrams): builds into one folder at once read, merge and write
    the manifest one after the other."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock (os.replace still keeps each write whole)
        yield
        return
    descriptor = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def update(out: Path, changes: Mapping[str, dict | None]) -> None:
    """Write this run's entries (None: drop the key) into the manifest as it is on disk now,
    under the lock: a build that ran at the same time keeps the entries it wrote meanwhile."""
    with locked(out):
        entries = load(out)
        for key, entry in changes.items():
            if entry is None:
                entries.pop(key, None)
            else:
                entries[key] = entry
        save(out, entries)


def is_fresh(entry: dict | None, digest: str, fmt: str, out: Path, hasher=None) -> bool:
    """Whether the recorded diagram has this digest and its file is as recorded; ``hasher``
    (default ``file_sha256``) may remember hashes of files that did not change."""
    if not entry or entry.get("digest") != digest:
        return False
    outputs = entry.get("outputs")
    recorded = outputs.get(fmt) if isinstance(outputs, dict) else None
    path = output_path(out, recorded)
    if path is None or not isinstance(recorded, dict):  # (a path comes only from a dict)
        return False
    return (hasher or file_sha256)(path) == recorded.get("sha256")
