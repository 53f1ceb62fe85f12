"""JSON export: the model as JSON, valid against its schema; import gives the same map back."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest

from argmap.exporters import json_export
from argmap.importers import json_import
from support.interop import EXAMPLE_MAPS, load_map, load_yaml
from support.maps import load
from support.paths import ROOT

SCHEMA = json.loads((ROOT / "src/argmap/data/argmap-json.schema.json").read_text())


def test_schema_copies_agree():
    assert json.loads((ROOT / "schema/argmap-json.schema.json").read_text()) == SCHEMA


@pytest.mark.parametrize("path", EXAMPLE_MAPS, ids=lambda p: p.name)
def test_export_matches_schema_and_round_trips_exactly(path):
    amap = load_map(path)
    exported = json_export.export(amap, {})
    jsonschema.validate(json.loads(exported), SCHEMA)
    yaml_text, problems = json_import.import_map(exported.encode(), "map.json")
    assert problems == []
    again = load_yaml(yaml_text)
    assert json_export.export(again, {}) == exported
    # the model itself, not only its JSON: same ids in the same order, same fields
    assert list(again.order) == list(amap.order)
    for node_id in amap.order:
        assert _fields(again.node(node_id)) == _fields(amap.node(node_id))
    assert again.speakers.keys() == amap.speakers.keys()


def _fields(obj) -> dict:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj) if f.name not in ("location", "where")}


def test_json_holds_the_model():
    amap = load("""
        title: T
        speakers:
          ann: Ann
        claims:
          a:
            text: A
            speaker: ann
            supports: b
          b: B
        arguments:
          u:
            premises: [b]
            attacks: a.supports.b
    """).map
    doc = json.loads(json_export.export(amap, {}))
    assert doc["speakers"] == {"ann": {"name": "Ann"}}
    assert doc["claims"]["a"] == {"text": "A", "speaker": "ann"}
    assert doc["arguments"] == {
        "a.supports.b": {"premises": ["a"], "relation": "supports", "target": "b", "shorthand": "a"},
        "u": {"premises": ["b"], "relation": "attacks", "target": "a.supports.b"},
    }
    assert "location" not in doc["claims"]["a"]


def test_locations_only_on_request():
    amap = load("title: T\nclaims:\n  a: A\n", "m.yaml").map
    doc = json.loads(json_export.export(amap, {"locations": "true"}))
    assert doc["claims"]["a"]["location"] == "m.yaml:3:3"


def test_import_reports_broken_json_with_line_and_column():
    yaml_text, problems = json_import.import_map(b'{\n  "argmap": 1,\n  "claims": {,}\n}', "bad.json")
    assert yaml_text == ""
    assert [(p.location.line, p.location.column, str(p.severity)) for p in problems] == [(3, 14, "error")]


def test_import_warns_about_a_malformed_argument_and_keeps_the_rest():
    doc = {
        "argmap": 1,
        "title": "T",
        "claims": {"a": {"text": "A"}},
        "arguments": {"bad": {"premises": "a", "relation": "supports", "target": "a"}},
    }
    text = json.dumps(doc, indent=2)
    yaml_text, problems = json_import.import_map(text.encode(), "m.json")
    assert [p.message.split(" needs")[0] for p in problems] == ["argument `bad`"]
    assert problems[0].location.line == text.splitlines().index('    "bad": {') + 1
    assert list(load_yaml(yaml_text).arguments) == []


def test_not_an_argmap_document():
    yaml_text, problems = json_import.import_map(b'{"nodes": []}', "x.json")
    assert yaml_text == "" and "not an argmap JSON document" in problems[0].message
