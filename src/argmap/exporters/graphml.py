"""GraphML for yEd, Gephi and networkx: claims and arguments as nodes, typed attributes.

Every claim and every argument is a node (its argmap id is the node id; ``kind`` tells
which). An edge runs from each premise to its argument (``relation="premise"``) and from
each argument to its target (``relation="supports"`` or ``"attacks"``), and from a claim to the
claim it restates (``relation="restates"``). Text goes through
the XML library, so every character is escaped (``tags`` is a JSON list); characters XML 1.0 cannot hold at all
(most control characters) are dropped.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from argmap.model import ArgumentMap, Claim

SUFFIX = ".graphml"
NS = "http://graphml.graphdrawing.org/xmlns"
# (key id, domain, type): the attributes GraphML declares before the graph.
KEYS = (
    ("title", "graph", "string"),
    ("description", "graph", "string"),
    ("kind", "node", "string"),
    ("text", "node", "string"),
    ("speaker", "node", "string"),
    ("speaker_name", "node", "string"),
    ("quote", "node", "string"),
    ("implicit", "node", "boolean"),
    ("tags", "node", "string"),
    ("note", "node", "string"),
    ("label", "node", "string"),
    ("scheme", "node", "string"),
    ("relation", "all", "string"),
    ("weight", "node", "double"),
)
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def export(amap: ArgumentMap, options: dict) -> bytes:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for key, domain, kind in KEYS:
        ET.SubElement(root, f"{{{NS}}}key", {"id": key, "for": domain, "attr.name": key, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "argmap", "edgedefault": "directed"})
    _data(graph, {"title": amap.title, "description": amap.description})
    for node_id in amap.order:
        _node(graph, amap, node_id)
    for number, (source, target, relation) in enumerate(_edges(amap), start=1):
        edge = ET.SubElement(graph, f"{{{NS}}}edge", {"id": f"e{number}", "source": source, "target": target})
        _data(edge, {"relation": relation})
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _node(graph: ET.Element, amap: ArgumentMap, node_id: str) -> None:
    node = amap.node(node_id)
    assert node is not None  # amap.order lists the map's claims and arguments
    element = ET.SubElement(graph, f"{{{NS}}}node", {"id": _clean(node_id)})
    speaker = amap.speakers.get(node.speaker or "")
    values: dict[str, object] = {
        "speaker": node.speaker,
        "speaker_name": speaker.name if speaker else None,
        "note": node.note,
        "weight": node.weight,
    }
    if isinstance(node, Claim):
        values.update(
            kind="claim",
            text=node.text,
            quote=node.quote,
            implicit=node.implicit,
            tags=json.dumps(list(node.tags), ensure_ascii=False) if node.tags else None,
        )
    else:
        values.update(kind="argument", relation=node.relation, label=node.label, scheme=node.scheme)
    _data(element, values)


def _edges(amap: ArgumentMap):
    for node_id in amap.order:
        arg = amap.arguments.get(node_id)
        if arg is None or arg.target is None or amap.node(arg.target) is None:
            continue
        for premise in arg.premises:
            if premise in amap.claims:
                yield _clean(premise), _clean(arg.id), "premise"
        yield _clean(arg.id), _clean(arg.target), arg.relation
    for claim in amap.claims.values():
        if claim.restates is not None and claim.restates in amap.claims and claim.restates != claim.id:
            yield _clean(claim.id), _clean(claim.restates), "restates"


def _data(parent: ET.Element, values: dict) -> None:
    for key, value in values.items():
        if value is None:
            continue
        text = ("true" if value else "false") if isinstance(value, bool) else _clean(str(value))
        ET.SubElement(parent, f"{{{NS}}}data", {"key": key}).text = text


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)
