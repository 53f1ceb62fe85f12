"""The injection map through the exchange formats, each read back by its own kind of parser
(the Argdown command line, JSON, networkx for GraphML): every text arrives unchanged and no
text adds a statement, node or relation."""

from __future__ import annotations

import io
import json

import networkx

from argmap.exporters import exporter
from support.argdown_cli import argdown_json
from support.injection import payload_map, twin_map


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_json_keeps_every_text_exactly():
    amap = payload_map()
    data = json.loads(exporter("json").export(amap, {}))
    assert data["title"] == amap.title and data["source"]["url"] == amap.source.url
    assert {cid: c["text"] for cid, c in data["claims"].items()} == {cid: c.text for cid, c in amap.claims.items()}
    assert data["speakers"]["mallory"]["name"] == amap.speakers["mallory"].name


def _aif_shape(data: dict) -> tuple:
    kinds = sorted(node["type"] for node in data["nodes"])
    return kinds, len(data["edges"])


def test_aif_keeps_every_text_and_the_structure():
    amap = payload_map()
    data = json.loads(exporter("aif").export(amap, {}))
    assert _aif_shape(data) == _aif_shape(json.loads(exporter("aif").export(twin_map(), {})))
    texts = {node["nodeID"]: node["text"] for node in data["nodes"] if node["type"] == "I"}
    assert texts == {cid: claim.text for cid, claim in amap.claims.items()}


def test_graphml_parses_with_every_text_and_the_structure():
    amap = payload_map()
    graph = networkx.read_graphml(io.BytesIO(exporter("graphml").export(amap, {})))
    twin = networkx.read_graphml(io.BytesIO(exporter("graphml").export(twin_map(), {})))
    assert (sorted(graph.nodes), sorted(graph.edges)) == (sorted(twin.nodes), sorted(twin.edges))
    for cid, claim in amap.claims.items():
        node = graph.nodes[cid]
        assert node["kind"] == "claim" and node["text"] == claim.text.replace("\r\n", "\n"), cid  # XML: CR LF is LF


def test_argdown_parses_into_the_same_statements_and_relations(tmp_path):
    amap, twin = payload_map(), twin_map()
    (tmp_path / "payloads.argdown").write_text(exporter("argdown").export(amap, {}), encoding="utf-8")
    (tmp_path / "twin.argdown").write_text(exporter("argdown").export(twin, {}), encoding="utf-8")
    parsed = argdown_json(tmp_path)
    payloads, plain = parsed["payloads"], parsed["twin"]
    assert sorted(payloads["statements"]) == sorted(plain["statements"]) == sorted(amap.claims)
    assert sorted(payloads["arguments"]) == sorted(plain["arguments"])
    relations = sorted((r["from"], r["to"], r["relationType"]) for r in payloads["relations"])
    assert relations == sorted((r["from"], r["to"], r["relationType"]) for r in plain["relations"])
    for cid, claim in amap.claims.items():
        members = payloads["statements"][cid]["members"]
        assert _flat(claim.text) in [_flat(m.get("text") or "") for m in members], cid
