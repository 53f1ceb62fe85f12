"""The DOT of many maps under many options, to show a change to the drawing code leaves every
layout byte-identical: run it once with the old code and once with the new, then compare.

    PYTHONPATH=OLD/src .venv/bin/python tools/dot_snapshot.py old.json MAP_OR_FOLDER...
    PYTHONPATH=src .venv/bin/python tools/dot_snapshot.py new.json MAP_OR_FOLDER... --compare old.json

Each map (every ``*.yaml`` under a folder) is drawn with no page, ``page=slide`` and ``a4``,
each bottom-to-top and left-to-right, and once in the print theme without speakers. A map
that cannot be read or drawn is recorded with its error, so the two runs compare that too.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

VARIANTS = [{"page": page, "direction": direction} for page in (None, "slide", "a4") for direction in ("BT", "LR")] + [
    {"theme": "print", "speakers": False, "page": "letter"}
]


def maps(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for path in map(Path, paths):
        found += sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
    return found


def snapshot(paths: list[str]) -> dict[str, str]:
    from argmap.drawing import RenderOptions, to_dot
    from argmap.project.opening import open_map

    result: dict[str, str] = {}
    for path in maps(paths):
        try:
            amap = open_map(path).map
        except Exception as error:  # recorded: the other run should fail alike
            result[str(path)] = f"unreadable: {type(error).__name__}"
            continue
        if amap is None:
            continue
        for variant in VARIANTS:
            key = f"{path} {json.dumps(variant, sort_keys=True)}"
            try:
                result[key] = hashlib.sha256(to_dot(amap, RenderOptions(**variant)).encode()).hexdigest()
            except Exception as error:
                result[key] = f"error: {type(error).__name__}: {error}"
    return result


def main(argv: list[str]) -> int:
    out, *rest = argv
    against = None
    if "--compare" in rest:
        at = rest.index("--compare")
        against, rest = rest[at + 1], rest[:at] + rest[at + 2 :]
    start = time.perf_counter()
    found = snapshot(rest)
    Path(out).write_text(json.dumps(found, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(found)} drawings in {time.perf_counter() - start:.1f} s -> {out}")
    if against is None:
        return 0
    old = json.loads(Path(against).read_text(encoding="utf-8"))
    differ = sorted(k for k in old.keys() | found.keys() if old.get(k) != found.get(k))
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(differ)} of {len(found)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
