"""argmap's model as JSON: ids, texts, speakers, arguments with premises and target.

The document follows ``argmap-json.schema.json`` (shipped in ``argmap/data``). Fields
that are empty are left out; a claim-level ``supports:``/``attacks:`` is an argument
with ``"shorthand": <claim id>`` so that importing the JSON gives the same map back.
Option ``locations=true`` adds each object's ``"location": "path:line:col"``.
"""

from __future__ import annotations

import json
from typing import Any

from argmap.exporters import option_flag
from argmap.model import Argument, ArgumentMap, Claim, Located

SUFFIX = ".json"
FORMAT_VERSION = 1


def export(amap: ArgumentMap, options: dict) -> str:
    return json.dumps(to_dict(amap, option_flag(options, "locations")), indent=2, ensure_ascii=False) + "\n"


def to_dict(amap: ArgumentMap, locations: bool = False) -> dict[str, Any]:
    doc: dict[str, Any] = {"argmap": FORMAT_VERSION, "title": amap.title}
    _put(doc, "description", amap.description)
    if amap.source is not None:
        fields = ("title", "author", "publisher", "date", "url", "text")
        doc["source"] = {f: getattr(amap.source, f) for f in fields if getattr(amap.source, f) is not None}
    if amap.speakers:
        doc["speakers"] = {sid: _speaker(s, locations) for sid, s in amap.speakers.items()}
    doc["claims"] = {cid: _claim(c, locations) for cid, c in amap.claims.items()}
    ordered = [amap.arguments[i] for i in amap.order if i in amap.arguments]
    if ordered:
        doc["arguments"] = {a.id: _argument(a, locations) for a in ordered}
    if amap.steps is not None:
        doc["steps"] = [list(step) for step in amap.steps]
    return doc


def _put(doc: dict, key: str, value: Any) -> None:
    if value is not None and value != () and value is not False:
        doc[key] = list(value) if isinstance(value, tuple) else value


def _located(doc: dict, obj: Located, locations: bool) -> dict:
    if locations:
        doc["location"] = str(obj.location)
    return doc


def _speaker(speaker, locations: bool) -> dict:
    doc = {"name": speaker.name}
    _put(doc, "role", speaker.role)
    return _located(doc, speaker, locations)


def _claim(claim: Claim, locations: bool) -> dict:
    doc: dict[str, Any] = {"text": claim.text}
    for key in ("speaker", "quote", "implicit", "tags", "note"):
        _put(doc, key, getattr(claim, key))
    if claim.assumed is not None:
        doc["assumed"] = claim.assumed
    _put(doc, "restates", claim.restates)
    _put(doc, "weight", claim.weight)
    return _located(doc, claim, locations)


def _argument(arg: Argument, locations: bool) -> dict:
    doc: dict[str, Any] = {"premises": list(arg.premises), "relation": arg.relation, "target": arg.target}
    for key in ("speaker", "label", "scheme", "note", "shorthand", "weight"):
        _put(doc, key, getattr(arg, key))
    return _located(doc, arg, locations)
