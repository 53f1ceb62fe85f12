"""Generate the JSON Schema of the argmap format (src/argmap/data and schema/).

Run: .venv/bin/python tools/make_schema.py   (tests check both copies are up to date)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ID = "^[A-Za-z0-9][A-Za-z0-9_-]*$"
SCALAR = ["string", "number", "boolean"]  # any plain scalar is read as text
TEXT = {"type": SCALAR}
OPTIONAL_TEXT = {"type": SCALAR + ["null"]}
REF = {"type": SCALAR}
REFS = {"oneOf": [REF, {"type": "array", "items": REF}]}
OPTIONAL_REFS = {"oneOf": [REF, {"type": "array", "items": REF}, {"type": "null"}]}


def _obj(properties: dict, required: list[str] = (), description: str = "", **extra) -> dict:
    schema = {"type": "object", "description": description, "properties": properties,
              "additionalProperties": False, **extra}
    if required:
        schema["required"] = list(required)
    return schema


def _doc(schema: dict, description: str) -> dict:
    return {**schema, "description": description}


SPEAKER = {"oneOf": [
    _doc(TEXT, "Shorthand: the speaker's name."),
    _obj({"name": _doc(TEXT, "The speaker's name."), "role": _doc(OPTIONAL_TEXT, "Role or affiliation.")},
         ["name"], "A person or organisation quoted in the map."),
]}

CLAIM = {"oneOf": [
    _doc(TEXT, "Shorthand: the claim's text."),
    _obj({
        "text": _doc(TEXT, "What the claim says, in the analyst's words."),
        "speaker": _doc({"type": SCALAR + ["null"]}, "Id of the speaker who made the claim."),
        "quote": _doc(OPTIONAL_TEXT, "Verbatim words from the source."),
        "implicit": _doc({"type": ["boolean", "null"]}, "True for an unstated premise the analyst added."),
        "assumed": _doc({"type": ["boolean", "null"]}, "False: the claim needs support to be accepted."),
        "tags": _doc({"oneOf": [TEXT, {"type": "array", "items": TEXT}, {"type": "null"}]}, "Labels."),
        "note": _doc(OPTIONAL_TEXT, "Remarks for the reader."),
        "supports": _doc(OPTIONAL_REFS, "Shorthand: a one-premise argument from this claim to each id."),
        "attacks": _doc(OPTIONAL_REFS, "Shorthand: a one-premise attack from this claim on each id."),
    }, ["text"], "A statement: premise, conclusion or objection."),
]}

ARGUMENT_PROPS = {
    "premises": _doc({"oneOf": [REF, {"type": "array", "items": REF, "minItems": 1}]},
                     "Claim ids; several premises are linked (they work only together)."),
    "supports": _doc(REF, "The claim or argument this argument supports."),
    "attacks": _doc(REF, "The claim (rebuttal) or argument (undercutter) this argument attacks."),
    "speaker": _doc({"type": SCALAR + ["null"]}, "Id of the speaker who makes the argument."),
    "label": _doc(OPTIONAL_TEXT, "A short caption."),
    "scheme": _doc(OPTIONAL_TEXT, "The argument scheme, e.g. expert-opinion."),
    "note": _doc(OPTIONAL_TEXT, "Remarks for the reader."),
}
ARGUMENT = _obj(ARGUMENT_PROPS, ["premises"], "Premises that together support or attack one target.",
                oneOf=[{"required": ["supports"], "not": {"required": ["attacks"]}},
                       {"required": ["attacks"], "not": {"required": ["supports"]}}])

SOURCE = _obj({
    "title": OPTIONAL_TEXT, "author": OPTIONAL_TEXT, "publisher": OPTIONAL_TEXT,
    "date": _doc({"type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}, "ISO date."),
    "url": OPTIONAL_TEXT,
    "text": _doc(OPTIONAL_TEXT, "Path of the source text, relative to the map file; enables quote checks."),
}, description="The text being mapped.")


def _id_map(value: dict, description: str) -> dict:
    return {"type": ["object", "null"], "description": description,
            "propertyNames": {"pattern": ID}, "additionalProperties": value}


def schema() -> dict:
    claims = _id_map(CLAIM, "Claims by id (claim and argument ids share one namespace).")
    claims.update(type="object", minProperties=1)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://argmap.invalid/schema/argmap.schema.json",
        "title": "argmap argument map, format version 1",
        **_obj({
            "argmap": _doc({"const": 1}, "Format version (optional; default 1)."),
            "title": _doc(TEXT, "The map's title."),
            "description": _doc(OPTIONAL_TEXT, "Free text."),
            "source": {"oneOf": [SOURCE, {"type": "null"}]},
            "speakers": _id_map(SPEAKER, "Speakers by id."),
            "claims": claims,
            "arguments": _id_map(ARGUMENT, "Arguments by id."),
            "steps": _doc({"type": ["array", "null"], "items": REFS}, "Reveal order: each step lists ids."),
        }, ["title", "claims"], "An argument map."),
    }


def main() -> None:
    text = json.dumps(schema(), indent=2) + "\n"
    for target in (ROOT / "src/argmap/data/argmap.schema.json", ROOT / "schema/argmap.schema.json"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print("wrote schema/argmap.schema.json and src/argmap/data/argmap.schema.json", file=sys.stderr)


if __name__ == "__main__":
    main()
