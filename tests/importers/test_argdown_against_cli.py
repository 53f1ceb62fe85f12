"""Argdown import read relation by relation as the Argdown CLI reads it, on every Argdown file in
../shared/corpora, and each Argdown relation once in the imported map (no duplicates)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from argmap.importers import argdown
from argmap.importers.argdown.convert import _clean
from argmap.importers.common import Reporter
from argmap.loading.loader import load_text
from support.argdown_cli import argdown_binary
from support.paths import SHARED

CORPUS = SHARED / "corpora" / "argdown"
FILES = sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".argdown", ".ad")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not FILES, reason=f"Argdown corpus not found at {CORPUS}")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def cli_json(tmp_path_factory) -> dict[str, dict]:
    """The CLI's JSON of every file it accepts (it exits non-zero when any file has a syntax
    error, and still writes the others)."""
    folder = tmp_path_factory.mktemp("argdown")
    for path in FILES:
        shutil.copy(path, folder / f"{path.stem}.argdown")
    subprocess.run(
        [str(argdown_binary()), "json", str(folder / "*.argdown"), str(folder / "json")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return {p.stem: json.loads(p.read_text()) for p in (folder / "json").glob("*.json")}


def _theirs(expected: dict) -> Counter:
    def canonical(eq):  # untitled statements are numbered differently: compare their texts
        return _norm([m["text"] for m in eq["members"] if (m.get("text") or "").strip()][-1])

    key = {t: canonical(eq) if t.startswith("Untitled ") else t for t, eq in expected["statements"].items()}
    return Counter(
        (key.get(r["from"], r["from"]), r["relationType"], key.get(r["to"], r["to"])) for r in expected["relations"]
    )


def _mine(path: Path) -> Counter:
    doc, _ = argdown.read(path.read_text(encoding="utf-8"), Reporter(str(path)))

    def key(node):
        untitled = node.kind == "statement" and node.title.startswith("Untitled ")
        return _clean(node.text, doc.remove_tags) if untitled else node.title

    return Counter((key(r.source), r.kind, key(r.target)) for r in doc.relations)


@needs_corpus
def test_every_relation_is_read_as_the_argdown_cli_reads_it(cli_json):
    compared = [p for p in FILES if p.stem in cli_json]
    assert len(compared) >= 25  # the CLI refuses only the files with syntax errors
    differences = {
        p.name: (_theirs(cli_json[p.stem]) - _mine(p), _mine(p) - _theirs(cli_json[p.stem])) for p in compared
    }
    assert {name: diff for name, diff in differences.items() if any(diff)} == {}


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_relation_is_imported_twice(path):
    yaml_text, _ = argdown.import_map(path.read_bytes(), str(path))
    amap = load_text(yaml_text, "imported.yaml").map
    relations = Counter((frozenset(a.premises), a.relation, a.target) for a in amap.arguments.values())
    assert [r for r, n in relations.items() if n > 1] == []
    steps = {(frozenset(a.premises), a.target) for a in amap.arguments.values() if len(a.premises) == 1}
    assert len(steps) == sum(len(a.premises) == 1 for a in amap.arguments.values())
