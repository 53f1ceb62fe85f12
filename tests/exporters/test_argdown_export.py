"""Argdown export, read back by Argdown's own parser: the same statements and relations."""

from __future__ import annotations

import pytest

from argmap.exporters import argdown
from argmap.model import ArgumentMap
from support.argdown_cli import argdown_json
from support.interop import EXAMPLE_MAPS, load_map


@pytest.fixture(scope="module")
def parsed(tmp_path_factory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("argdown")
    for path in EXAMPLE_MAPS:
        (folder / f"{path.stem}.argdown").write_text(argdown.export(load_map(path), {}))
    return argdown_json(folder)


def _statements(doc: dict) -> dict[str, dict]:
    """Statement title -> (text, data, tags) of the member that defines it."""
    found = {}
    for title, eq in doc["statements"].items():
        defining = [m for m in eq["members"] if (m.get("text") or "").strip()]
        assert len(defining) == 1, title
        found[title] = {
            "text": defining[0]["text"].strip(),
            "data": defining[0].get("data", {}),
            "tags": defining[0].get("tags", []),
        }
    return found


def _relations_from_argdown(doc: dict) -> set[tuple]:
    """(premises, relation, target) as argmap would say it, from Argdown's JSON alone."""
    kinds = {"support": "supports", "attack": "attacks", "undercut": "attacks"}
    result = set()
    declared = {
        t: {p for m in a["members"] for p in m.get("data", {}).get("premises", [])} for t, a in doc["arguments"].items()
    }
    for title, arg in doc["arguments"].items():
        if arg.get("pcs"):
            roles = {m["role"]: m["title"] for m in arg["pcs"] if m["role"] == "main-conclusion"}
            premises = frozenset(m["title"] for m in arg["pcs"] if m["role"] == "premise")
            result.add((premises, "supports", roles["main-conclusion"], title))
    for rel in doc["relations"]:
        source, target, kind = rel["from"], rel["to"], kinds[rel["relationType"]]
        if rel["toType"] == "argument" and source in declared[target]:
            continue  # a premise of a sketched argument (see below)
        if rel["fromType"] == "argument":
            result.add((frozenset(declared[source]), kind, target, source))
        else:
            result.add((frozenset([source]), kind, target, None))
    return result


def _relations_from_map(amap: ArgumentMap) -> set[tuple]:
    inline = {a.id for a in amap.arguments.values() if argdown._as_relation(amap, a)}
    return {
        (frozenset(a.premises), a.relation, a.target, None if a.id in inline else a.id) for a in amap.arguments.values()
    }


@pytest.mark.parametrize("path", EXAMPLE_MAPS, ids=lambda p: p.name)
def test_argdown_reads_the_same_statements(parsed, path):
    amap = load_map(path)
    statements = _statements(parsed[path.stem])
    assert sorted(statements) == sorted(amap.claims)
    for cid, claim in amap.claims.items():
        assert statements[cid]["text"] == " ".join(claim.text.split())
        assert statements[cid]["tags"] == list(claim.tags)
        data = statements[cid]["data"]
        assert data.get("speaker") == claim.speaker and data.get("quote") == claim.quote
        assert data.get("implicit", False) is claim.implicit


@pytest.mark.parametrize("path", EXAMPLE_MAPS, ids=lambda p: p.name)
def test_argdown_reads_the_same_relations(parsed, path):
    amap = load_map(path)
    doc = parsed[path.stem]
    assert sorted(doc["arguments"]) == sorted(
        a.id for a in amap.arguments.values() if not argdown._as_relation(amap, a)
    )
    assert _relations_from_argdown(doc) == _relations_from_map(amap)


def test_escaping_keeps_special_characters_literal():
    text = "a [b] <c> #d @e _f_ *g* +h -i // j /* k */ (1) {l} \\m"
    assert argdown.escape(text) == r"a \[b\] \<c\> \#d \@e \_f\_ \*g\* \+h \-i \/\/ j \/\* k \*\/ \(1\) \{l\} \\m"
