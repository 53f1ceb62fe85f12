"""Argdown import: argmap reads what Argdown's own parser reads, and keeps it in the map."""

from __future__ import annotations

import html
import json

import pytest

from argmap.checking.checker import check_map
from argmap.exporters import argdown as argdown_export
from argmap.exporters import json_export
from argmap.importers import argdown
from argmap.importers.argdown.convert import _clean as clean_text
from argmap.importers.common import Reporter
from argmap.loading.loader import load_text
from argmap.problems import has_errors
from support.interop import EXAMPLE_MAPS, load_map, load_yaml
from support.paths import SHARED

CORPUS = SHARED / "corpora" / "argdown"
WITH_JSON = sorted((CORPUS / "arguebase-argdown-json").glob("*.json")) if CORPUS.is_dir() else []
ALL_FILES = sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".argdown", ".ad")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not WITH_JSON, reason=f"Argdown corpus not found at {CORPUS}")
RELATION = {
    "support": "supports",
    "entails": "supports",
    "attack": "attacks",
    "contrary": "attacks",
    "undercut": "attacks",
    "contradictory": "attacks",
}


def _norm(text: str) -> str:
    return " ".join((text or "").split())


def _source(json_path):
    return CORPUS / "christianvoigt-argdown" / f"examples__{json_path.stem}.argdown"


def _defining_text(eq: dict) -> str:
    """The text Argdown shows for a statement: its last member's with a text (the canonical one)."""
    return _norm([m["text"] for m in eq["members"] if (m.get("text") or "").strip()][-1])


@needs_corpus
@pytest.mark.parametrize("json_path", WITH_JSON, ids=lambda p: p.stem)
def test_parser_reads_what_argdown_reads(json_path):
    expected = json.loads(json_path.read_text())
    doc, _ = argdown.read(_source(json_path).read_text(encoding="utf-8"), Reporter("x"))
    text = lambda node: clean_text(node.text, doc.remove_tags)  # noqa: E731
    untitled = lambda t: t.startswith("Untitled ")  # noqa: E731  (numbered by order: compare texts)
    key = {t: (_defining_text(eq) if untitled(t) else t) for t, eq in expected["statements"].items()}
    ours = {n.title: (text(n) if untitled(n.title) else n.title) for n in doc.statements.values()}
    assert sorted(ours.values()) == sorted(key.values())
    for title, eq in expected["statements"].items():
        if not untitled(title):
            assert text(doc.statements[title]) == _defining_text(eq), title
    assert sorted(doc.arguments) == sorted(expected["arguments"])
    for title, arg in expected["arguments"].items():
        pcs = [(m["role"], key[m["title"]]) for m in arg.get("pcs", [])]
        roles = {"premise": "premise", "intermediary-conclusion": "conclusion", "main-conclusion": "conclusion"}
        assert [(roles[r], k) for r, k in pcs] == [
            (r, ours[t]) for r, t in doc.arguments[title].pcs if r != "inference"
        ]
    end = lambda name, kind, table: name if kind == "argument" else table[name]  # noqa: E731
    theirs = {
        (end(r["from"], r["fromType"], key), r["relationType"], end(r["to"], r["toType"], key))
        for r in expected["relations"]
    }
    mine = {
        (end(r.source.title, r.source.kind, ours), r.kind, end(r.target.title, r.target.kind, ours))
        for r in doc.relations
    }
    assert mine == theirs


@needs_corpus
@pytest.mark.parametrize("json_path", WITH_JSON, ids=lambda p: p.stem)
def test_imported_map_keeps_argdowns_statements_and_relations(json_path):
    expected = json.loads(json_path.read_text())
    yaml_text, problems = argdown.import_map(_source(json_path).read_bytes(), str(_source(json_path)))
    assert not has_errors(problems)
    amap = load_yaml(yaml_text)
    by_text: dict[str, set[str]] = {}  # texts can repeat (untitled premises of two arguments)
    for cid, claim in amap.claims.items():
        by_text.setdefault(_norm(claim.text), set()).add(cid)
    claim_of = {t: by_text[_defining_text(eq)] for t, eq in expected["statements"].items()}
    node_of = dict(claim_of)
    for title, arg in expected["arguments"].items():
        conclusions = [m["title"] for m in arg.get("pcs", []) if m["role"] == "main-conclusion"]
        if conclusions:  # an argmap argument with premises from the pcs and that conclusion
            members = set().union(*(claim_of[m["title"]] for m in arg["pcs"]))
            found = {
                a.id
                for a in amap.arguments.values()
                if a.target in claim_of[conclusions[0]] and set(a.premises) <= members
            }
            assert found, title
            node_of[title], claim_of[title] = found, claim_of[conclusions[0]]
        else:  # a claim holding its description
            description = ([m["text"] for m in arg["members"] if m.get("text", "").strip()] or [title])[-1]
            node_of[title] = claim_of[title] = by_text[_norm(description)]
    relations = {(a.premises, a.relation, a.target) for a in amap.arguments.values()}
    for r in expected["relations"]:
        wanted = {((p,), RELATION[r["relationType"]], t) for p in claim_of[r["from"]] for t in node_of[r["to"]]}
        assert wanted & relations, r


@needs_corpus
@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_corpus_file_imports_and_validates(path):
    yaml_text, problems = argdown.import_map(path.read_bytes(), str(path))
    assert not has_errors(problems), [str(p) for p in problems]
    assert not has_errors(check_map(load_text(yaml_text, "imported.yaml")))


@needs_corpus
def test_unsupported_constructs_are_reported_with_their_line():
    def warnings(name):
        path = next(CORPUS.glob(f"*/{name}"))
        return [(p.location.line, p.message) for p in argdown.import_map(path.read_bytes(), str(path))[1]]

    assert (1, "@import is not supported (import the files one by one); line left out") in warnings("main.argdown")
    assert (4, "relation `+` with nothing after it; left out") in warnings("invalid.argdown")


def test_a_line_the_grammar_cannot_read_is_a_warning_not_a_crash():
    yaml_text, problems = argdown.import_map(b"[a]: fine\n\n[b]: ends in a backslash \\\n", "x.argdown")
    assert [(p.location.line, str(p.severity)) for p in problems] == [(3, "warning")]
    assert list(load_yaml(yaml_text).claims) == ["a"]


@pytest.mark.parametrize("path", [p for p in EXAMPLE_MAPS if p.parent.name == "arguments"], ids=lambda p: p.name)
def test_argmap_to_argdown_and_back_is_the_same_map(path):
    amap = load_map(path)
    yaml_text, problems = argdown.import_map(argdown_export.export(amap, {}).encode(), "map.argdown")
    assert problems == []
    assert json_export.to_dict(load_yaml(yaml_text)) == json_export.to_dict(amap)


def test_relations_and_strict_mode():
    source = b"===\nmodel: {mode: strict}\n===\n\n[a]: A\n  + [b]: B\n  - [c]: C\n  >< [d]: D\n  <_ <u>: U\n"
    doc, _ = argdown.read(source.decode(), Reporter("x"))
    assert {(r.source.title, r.kind, r.target.title) for r in doc.relations} == {
        ("b", "entails", "a"),
        ("c", "contrary", "a"),
        ("a", "contradictory", "d"),
        ("u", "undercut", "a"),
    }
    amap = load_yaml(argdown.import_map(source, "x.argdown")[0])
    relations = {(a.premises, a.relation, a.target) for a in amap.arguments.values()}
    assert {(("a",), "attacks", "d"), (("d",), "attacks", "a"), (("b",), "supports", "a")} <= relations


@needs_corpus
@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_corpus_file_renders(path):
    render = pytest.importorskip("argmap.drawing", reason="the renderer is not on this branch yet")
    amap = load_yaml(argdown.import_map(path.read_bytes(), str(path))[0])
    svg = html.unescape(render.render_bytes(amap, render.RenderOptions(), "svg", timeout=60).decode())
    assert all(f'id="claim-{claim_id}"' in svg for claim_id in amap.claims)
