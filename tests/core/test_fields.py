"""The format is defined once (argmap.fields): the loader, the JSON importer, the language server
and the JSON Schema all agree with the table."""

from __future__ import annotations

import json

import pytest

from argmap import fields
from argmap.importers import json_import
from argmap.loading import graphreader, mapreader
from argmap.loading.loader import load_text
from argmap.lsp import refcontext
from support.paths import ROOT

SCHEMA = json.loads((ROOT / "schema/argmap.schema.json").read_text(encoding="utf-8"))


def _object_schema(node: dict) -> dict:
    """The object alternative of a `oneOf` (claims and speakers also have a text shorthand)."""
    if "properties" in node:
        return node
    for choice in node.get("oneOf", []):
        if choice.get("type") == "object" or "properties" in choice:
            return choice
    raise AssertionError("no object schema")


SCHEMA_OBJECTS = {
    "map": SCHEMA,
    "source": _object_schema(SCHEMA["properties"]["source"]),
    "speaker": _object_schema(SCHEMA["properties"]["speakers"]["additionalProperties"]),
    "claim": _object_schema(SCHEMA["properties"]["claims"]["additionalProperties"]),
    "argument": _object_schema(SCHEMA["properties"]["arguments"]["additionalProperties"]),
}


@pytest.mark.parametrize("owner", sorted(SCHEMA_OBJECTS))
def test_schema_properties_and_required_fields_come_from_the_table(owner):
    schema = SCHEMA_OBJECTS[owner]
    assert tuple(schema["properties"]) == fields.names(owner)
    assert sorted(schema.get("required", [])) == sorted(f.name for f in fields.of(owner) if f.required)
    for field in fields.of(owner):
        assert schema["properties"][field.name]["description"] == field.meaning


def test_the_loader_allows_exactly_the_tables_fields():
    assert graphreader.CLAIM_FIELDS == fields.names("claim")
    assert graphreader.ARGUMENT_FIELDS == fields.names("argument")
    assert (mapreader.TOP_FIELDS, mapreader.SOURCE_FIELDS, mapreader.SPEAKER_FIELDS) == (
        fields.names("map"),
        fields.names("source"),
        fields.names("speaker"),
    )


@pytest.mark.parametrize(
    "owner, where",
    [
        ("claim", "claims:\n  a:\n    text: A\n    {field}: x\n"),
        ("argument", "claims:\n  a: A\n  b: B\narguments:\n  r:\n    premises: [a]\n    supports: b\n    {field}: x\n"),
    ],
)
def test_a_field_outside_the_table_is_reported_with_the_tables_names(owner, where):
    result = load_text("title: T\n" + where.format(field="speeker"), "m.yaml")
    schema_problems = [p for p in result.problems if p.rule == "schema"]
    assert len(schema_problems) == 1
    assert "did you mean `speaker`" in schema_problems[0].message


def test_the_json_importer_copies_the_fields_that_are_not_relations():
    assert set(json_import.CLAIM_FIELDS) == set(fields.names("claim")) - {"supports", "attacks"}
    assert set(json_import.ARGUMENT_FIELDS) == set(fields.names("argument")) - {"premises", "supports", "attacks"}


def test_the_language_server_completes_ids_after_every_reference_key():
    for key in fields.reference_keys():
        assert refcontext._KEY.search(f"    {key}: ") is not None, key
    assert refcontext._KEY.search("    quote: ") is None
    assert set(fields.reference_keys()) >= {"premises", "supports", "attacks", "speaker", "steps"}
