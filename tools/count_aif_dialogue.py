"""Count, for AIF files, the imported claims that have a speaker, a quote, a question tag and
stance tags, and whether the map gets ``steps:`` (the dialogue numbers of issue 16).

    PYTHONPATH=src python tools/count_aif_dialogue.py ../shared/corpora/aif/*/*.json

Run it with another checkout's ``src`` on PYTHONPATH to compare two versions of the importer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from argmap.importers import aif


def counts(path: Path) -> dict[str, int]:
    text, _ = aif.import_map(path.read_bytes(), str(path))
    doc = yaml.safe_load(text) if text else {}
    claims = [c for c in (doc.get("claims") or {}).values() if isinstance(c, dict)]
    tags = [t for c in claims for t in c.get("tags") or []]
    return {
        "claims": len(claims),
        "speaker": sum(bool(c.get("speaker")) for c in claims),
        "quote": sum(bool(c.get("quote")) for c in claims),
        "question": tags.count("question"),
        "stance tags": sum("-by-" in t for t in tags),
        "steps": len(doc.get("steps") or []),
    }


def main(paths: list[str]) -> None:
    total: dict[str, int] = {}
    for name in paths:
        row = counts(Path(name))
        print(name, " ".join(f"{k}={v}" for k, v in row.items()))
        for key, value in row.items():
            total[key] = total.get(key, 0) + value
    print("total", " ".join(f"{k}={v}" for k, v in total.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
