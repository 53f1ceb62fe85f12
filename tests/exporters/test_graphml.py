"""GraphML export: networkx reads it with the same nodes, edges and typed attributes."""

from __future__ import annotations

import json

import pytest

from argmap.exporters import graphml
from support.interop import EXAMPLE_MAPS, load_map

nx = pytest.importorskip("networkx", reason="networkx is in the test extra: pip install -e .[test]")


@pytest.mark.parametrize("path", EXAMPLE_MAPS, ids=lambda p: p.name)
def test_networkx_reads_the_map(path, tmp_path):
    amap = load_map(path)
    out = tmp_path / "map.graphml"
    out.write_bytes(graphml.export(amap, {}))
    graph = nx.read_graphml(out)
    assert graph.graph["title"] == amap.title
    assert sorted(graph.nodes) == sorted(amap.order)
    for cid, claim in amap.claims.items():
        data = graph.nodes[cid]
        assert data["kind"] == "claim" and data["text"] == claim.text
        assert data["implicit"] is claim.implicit
        assert json.loads(data.get("tags", "[]")) == list(claim.tags)
        assert data.get("speaker") == claim.speaker and data.get("quote") == claim.quote
        if claim.speaker:
            assert data["speaker_name"] == amap.speakers[claim.speaker].name
    for aid, arg in amap.arguments.items():
        data = graph.nodes[aid]
        assert data["kind"] == "argument" and data["relation"] == arg.relation
        assert data.get("scheme") == arg.scheme and data.get("label") == arg.label
    expected = {(p, a.id, "premise") for a in amap.arguments.values() for p in a.premises}
    expected |= {(a.id, a.target, a.relation) for a in amap.arguments.values()}
    expected |= {(c.id, c.restates, "restates") for c in amap.claims.values() if c.restates}
    assert {(u, v, d["relation"]) for u, v, d in graph.edges(data=True)} == expected
    assert graph.number_of_edges() == len(expected)


def test_characters_xml_cannot_hold_are_dropped_not_fatal(tmp_path):
    from support.maps import load

    amap = load('title: "bell \\a and \\x1b escape"\nclaims:\n  a: "nul \\0 here <&>"\n').map
    out = tmp_path / "m.graphml"
    out.write_bytes(graphml.export(amap, {}))
    graph = nx.read_graphml(out)
    assert graph.graph["title"] == "bell  and  escape"
    assert graph.nodes["a"]["text"] == "nul  here <&>"
