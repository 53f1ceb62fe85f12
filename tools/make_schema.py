"""Generate the JSON Schema of the argmap format (src/argmap/data and schema/).

Run: .venv/bin/python tools/make_schema.py   (tests check both copies are up to date)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from argmap import fields  # noqa: E402  (the format's field table)

ID = "^[A-Za-z0-9][A-Za-z0-9_-]*$"
SCALAR = ["string", "number", "boolean"]  # any plain scalar is read as text
TEXT = {"type": SCALAR}
OPTIONAL_TEXT = {"type": SCALAR + ["null"]}
REF = {"type": SCALAR}
REFS = {"oneOf": [REF, {"type": "array", "items": REF}]}
OPTIONAL_REFS = {"oneOf": [REF, {"type": "array", "items": REF}, {"type": "null"}]}


def _obj(properties: dict, required: list[str] = (), description: str = "", **extra) -> dict:
    schema = {
        "type": "object",
        "description": description,
        "properties": properties,
        "additionalProperties": False,
        **extra,
    }
    if required:
        schema["required"] = list(required)
    return schema


def _doc(schema: dict, description: str) -> dict:
    return {**schema, "description": description}


KIND_SCHEMA = {  # what each kind of field (argmap.fields) may hold
    "text": OPTIONAL_TEXT,
    "ref": {"type": SCALAR + ["null"]},
    "refs": OPTIONAL_REFS,
    "bool": {"type": ["boolean", "null"]},
    "number": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
    "tags": {"oneOf": [TEXT, {"type": "array", "items": TEXT}, {"type": "null"}]},
    "date": {"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"},
}
REQUIRED_KIND_SCHEMA = {
    "text": TEXT,
    "ref": REF,
    "refs": {"oneOf": [REF, {"type": "array", "items": REF, "minItems": 1}]},
}


def _props(owner: str, overrides: dict | None = None) -> dict:
    """The JSON Schema properties of ``owner`` from the field table, in the format's order."""
    props = {}
    for f in fields.of(owner):
        table = REQUIRED_KIND_SCHEMA if f.required else KIND_SCHEMA
        props[f.name] = _doc((overrides or {}).get(f.name, table.get(f.kind, OPTIONAL_TEXT)), f.meaning)
    return props


def _required(owner: str) -> list[str]:
    return [f.name for f in fields.of(owner) if f.required]


SPEAKER = {
    "oneOf": [
        _doc(TEXT, "Shorthand: the speaker's name."),
        _obj(_props("speaker"), _required("speaker"), "A person or organisation quoted in the map."),
    ]
}

CLAIM = {
    "oneOf": [
        _doc(TEXT, "Shorthand: the claim's text."),
        _obj(_props("claim"), _required("claim"), "A statement: premise, conclusion or objection."),
    ]
}

# an argument's target is one id, never empty
ARGUMENT_PROPS = _props("argument", {"supports": REF, "attacks": REF})
ARGUMENT = _obj(
    ARGUMENT_PROPS,
    _required("argument"),
    "Premises that together support or attack one target.",
    oneOf=[
        {"required": ["supports"], "not": {"required": ["attacks"]}},
        {"required": ["attacks"], "not": {"required": ["supports"]}},
    ],
)

SOURCE = _obj(_props("source"), description="The text being mapped.")


def _id_map(value: dict, description: str) -> dict:
    return {
        "type": ["object", "null"],
        "description": description,
        "propertyNames": {"pattern": ID},
        "additionalProperties": value,
    }


def schema() -> dict:
    claims = _id_map(CLAIM, "Claims by id (claim and argument ids share one namespace).")
    claims.update(type="object", minProperties=1)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://argmap.invalid/schema/argmap.schema.json",
        "title": "argmap argument map, format version 1",
        **_obj(
            _props(
                "map",
                {
                    "argmap": {"const": 1},
                    "title": TEXT,
                    "source": {"oneOf": [SOURCE, {"type": "null"}]},
                    "speakers": _id_map(SPEAKER, ""),
                    "claims": claims,
                    "arguments": _id_map(ARGUMENT, ""),
                    "steps": {"type": ["array", "null"], "items": REFS},
                },
            ),
            _required("map"),
            "An argument map.",
        ),
    }


def main() -> None:
    text = json.dumps(schema(), indent=2) + "\n"
    for target in (ROOT / "src/argmap/data/argmap.schema.json", ROOT / "schema/argmap.schema.json"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print("wrote schema/argmap.schema.json and src/argmap/data/argmap.schema.json", file=sys.stderr)


if __name__ == "__main__":
    main()
