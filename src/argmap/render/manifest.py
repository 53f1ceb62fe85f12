"""The build manifest: which map, rendered with which settings, gave which diagram files.

It lives in the output folder and is committed with the diagrams, so ``argmap build
--check`` can tell fresh from stale on a fresh clone, where file times mean nothing. A
diagram is fresh when the manifest's digest of its map and settings matches the current
one and the file on disk still has the recorded content hash.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..writing import write_atomic

NAME = "argmap-manifest.json"
VERSION = 1

# Entry: {"digest": str, "outputs": {fmt: {"path": relative posix path, "sha256": str}}}
Entries = dict[str, dict]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    try:
        return sha256(path.read_bytes())
    except OSError:
        return None


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
    text = json.dumps({"argmap-manifest": VERSION, "maps": dict(sorted(entries.items()))},
                      indent=2, sort_keys=True, ensure_ascii=False)
    write_atomic(out / NAME, text + "\n")


def is_fresh(entry: dict | None, digest: str, fmt: str, out: Path) -> bool:
    if not entry or entry.get("digest") != digest:
        return False
    output = entry.get("outputs", {}).get(fmt)
    if not isinstance(output, dict) or "path" not in output:
        return False
    return file_sha256(out / output["path"]) == output.get("sha256")
