"""``restates:``: a claim said again in other words. Loaded, checked, drawn as a restatement
(not a support arrow), ignored as a reason, and kept through AIF, Argdown and JSON."""

from __future__ import annotations

import json

import pytest

from argmap.checking.checker import check_map
from argmap.drawing.dotgraph import build_graph
from argmap.evaluation import evaluate
from argmap.evaluation.framework import IN, OUT
from argmap.exporters import aif as aif_export
from argmap.exporters import argdown as argdown_export
from argmap.exporters import json_export
from argmap.importers import aif as aif_import
from argmap.importers import argdown as argdown_import
from argmap.importers import json_import
from argmap.loading.loader import load_text

MAP = """\
argmap: 1
title: Restating
claims:
  budget:
    text: The federal budget must be balanced.
    assumed: false
  again:
    text: The budget has to balance.
    restates: budget
  jobs:
    text: Balancing creates jobs.
"""


def _load(text: str):
    result = load_text(text, "map.yaml")
    assert result.map is not None and not result.problems, [str(p) for p in result.problems]
    return result


def test_restates_is_read_and_is_not_an_argument_or_an_orphan():
    result = _load(MAP)
    assert result.map.claims["again"].restates == "budget"
    assert result.map.arguments == {}
    orphans = [p.message for p in check_map(result) if p.rule == "orphan-claim"]
    assert len(orphans) == 1 and "`jobs`" in orphans[0]  # the restating pair is connected


def test_a_restatement_is_no_reason_for_evaluation():
    ev = evaluate(_load(MAP).map, "grounded")
    assert ev.labellings[0]["budget"] is OUT  # needs support; a restatement gives none
    supported = _load(MAP.replace("    restates: budget\n", "    supports: budget\n"))
    assert evaluate(supported.map, "grounded").labellings[0]["budget"] is IN  # a real reason would


def test_drawn_as_undirected_dashed_lines_through_a_restates_label_not_as_a_main_conclusion():
    source = build_graph(_load(MAP).map).source.splitlines()
    label = next(text for text in source if 'id="restates-again"' in text)
    assert "label=restates" in label and "shape=plaintext" in label
    name = label.split()[0]
    lines = [text for text in source if "restates-again-" in text]
    assert [text.split("[")[0].strip() for text in lines] == [f"c2 -> {name}", f"{name} -> c1"]
    assert all("dir=none" in text and "style=dashed" in text for text in lines)
    from argmap.drawing.scope import select

    assert select(_load(MAP).map).main == {"budget", "jobs"}  # the restatement is no conclusion of its own


def test_the_outline_shows_a_restatement_under_its_claim_not_as_a_reason():
    from argmap.drawing.outline import outline

    text = outline(_load(MAP).map)
    assert "  Restated as: The budget has to balance." in text and "Because" not in text


@pytest.mark.parametrize(
    "exporter, importer",
    [(aif_export, aif_import), (argdown_export, argdown_import), (json_export, json_import)],
    ids=["aif", "argdown", "json"],
)
def test_round_trips(exporter, importer):
    exported = exporter.export(_load(MAP).map, {})
    yaml_text, problems = importer.import_map(exported.encode(), "exported")
    again = _load(yaml_text).map
    assert {c.id: c.restates for c in again.claims.values()} == {"budget": None, "again": "budget", "jobs": None}
    assert again.arguments == {}


def test_aif_export_writes_an_ma_node():
    doc = json.loads(aif_export.export(_load(MAP).map, {}))
    ma = [n for n in doc["nodes"] if n["type"] == "MA"]
    assert [n["text"] for n in ma] == ["Default Rephrase"]
    edges = {(e["fromID"], e["toID"]) for e in doc["edges"]}
    assert ("again", ma[0]["nodeID"]) in edges and (ma[0]["nodeID"], "budget") in edges


def test_an_ma_node_between_two_claims_imports_as_restates():
    nodes = [
        {"nodeID": "1", "type": "I", "text": "A"},
        {"nodeID": "2", "type": "I", "text": "A again"},
        {"nodeID": "3", "type": "MA", "text": "Default Rephrase"},
        {"nodeID": "4", "type": "MA", "text": "Default Rephrase"},
    ]
    edges = [("2", "3"), ("3", "1"), ("1", "4")]
    doc = {"nodes": nodes, "edges": [{"edgeID": str(i), "fromID": a, "toID": b} for i, (a, b) in enumerate(edges)]}
    yaml_text, problems = aif_import.import_map(json.dumps(doc).encode(), "ma.json")
    amap = _load(yaml_text).map
    assert {c.text: c.restates for c in amap.claims.values()} == {"A": None, "A again": "a"}
    assert [p.message for p in problems] == [
        "MA node 4 (a rephrase) does not join a claim to one other claim; left out"
    ]


def test_a_restatement_belongs_to_the_part_of_the_claim_it_restates():
    from argmap.drawing.parts import parts

    assert sorted(sorted(p) for p in parts(_load(MAP).map)) == [["again", "budget"], ["jobs"]]


def test_mermaid_draws_a_restatement_as_a_labelled_dotted_line():
    from argmap.exporters import mermaid

    chart = mermaid.export(_load(MAP).map, {})
    assert "    c2 -.-|restates| c1\n" in chart and "-->" not in chart
