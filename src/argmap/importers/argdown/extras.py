"""What an Argdown file holds besides statements and relations: front matter, ``{data}``, links.

- Front matter: ``title``; ``description`` and ``subTitle`` (the map's description); ``author``
  (who wrote the Argdown document: the map's ``source.author``); ``date`` (``source.date`` when
  it is an ISO date, else kept in the header comment); argmap's own ``speakers``, ``source`` and
  ``model``. Any other key (Argdown's display settings: ``color``, ``map``, ``dot``, ``group``...)
  is reported with its line.
- Data: argmap's own keys (``DATA_KEYS``) are read by ``convert``; any other key (``credence``,
  ``reason``...) is kept in the claim's or argument's ``note`` as ``key: value``.
- Links ``[text](url)``: the text stays in the statement, the address goes into the note.
Every YAML block is read through ``safeyaml``: the limits of a map hold for it.
"""

from __future__ import annotations

import json
import re

from argmap.importers.argdown import safeyaml
from argmap.importers.argdown.document import Document, Node
from argmap.importers.builder import MapBuilder
from argmap.importers.common import Reporter, mapping_at

FRONT_KEYS = ("title", "subTitle", "description", "author", "date", "speakers", "source", "model", "argmap", "steps")
DATA_KEYS = ("speaker", "quote", "note", "implicit", "assumed", "restates", "premises", "scheme", "weight")
SOURCE_FIELDS = ("title", "author", "publisher", "date", "url", "text")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def front_matter(front: dict, doc: Document, builder: MapBuilder) -> None:
    builder.own_export = "argmap" in front  # argmap's export says so (the format version)
    steps = front.get("steps")
    if isinstance(steps, list) and all(isinstance(s, list) and all(isinstance(i, str) for i in s) for s in steps):
        builder.steps = [list(step) for step in steps]
    speakers = mapping_at(front, "speakers")
    for key, value in speakers.items():
        value = value if isinstance(value, dict) else {"name": value}
        builder.speakers[str(key)] = str(value.get("name") or key)
        if value.get("role"):
            builder.roles[str(key)] = str(value["role"])
    source = mapping_at(front, "source")
    builder.source = {k: _one_line(source[k]) for k in SOURCE_FIELDS if source.get(k) is not None}
    described = [_one_line(front[k]) for k in ("subTitle", "description") if front.get(k)]
    if described:
        builder.description = " — ".join(described)
    if front.get("author") and "author" not in builder.source:
        authors = front["author"] if isinstance(front["author"], list) else [front["author"]]
        builder.source["author"] = "; ".join(_one_line(a) for a in authors)
    date = front.get("date")
    if date is not None and "date" not in builder.source:
        if _ISO_DATE.match(str(date)):
            builder.source["date"] = str(date)
        else:
            builder.header.append(f"Argdown front matter date (not an ISO date): {_one_line(date)}")
    for key in front:
        if str(key) not in FRONT_KEYS:
            builder.reporter.warn(
                f"front matter `{key}` (an Argdown setting) is not kept", line=doc.front_lines.get(str(key))
            )


def data(node: Node, reporter: Reporter) -> dict:
    """The node's ``{data}`` blocks merged (read once per node, under the resource limits)."""
    if node.values is None:
        node.values = {}
        for raw in node.data:
            value = safeyaml.load(raw, reporter, node.line, f"data of `{node.title}`", columns=False)
            if isinstance(value, dict):
                node.values.update(value)
            elif value is not safeyaml.REFUSED and value is not None:
                reporter.warn(f"data {raw[:80]!r} of `{node.title}` is not a mapping; ignored", line=node.line)
    return node.values


def extra_note(node: Node, values: dict, note: str | None) -> str | None:
    """``note`` followed by the data keys argmap has no field for and the link addresses."""
    extra = [f"{key}: {_one_line(value)}" for key, value in values.items() if str(key) not in DATA_KEYS]
    extra += [f"{text}: {url}" for text, url in node.links]
    return "\n".join([note] + extra if note else extra) or None


def _one_line(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return " ".join(text.split())
