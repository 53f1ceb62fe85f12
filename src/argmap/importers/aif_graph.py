"""Reading an AIF document into checked nodes and edges, with a warning for each bad one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from argmap.importers.common import Reporter, json_key, json_member

KNOWN_TYPES = {"I", "RA", "CA", "MA", "PA", "L", "YA", "TA"}
# (from type, to type) pairs that AIF allows; anything else is reported and ignored.
LEGAL = {("I", s) for s in ("RA", "CA", "MA", "PA")} | {
    (s, t) for s in ("RA", "CA", "MA", "PA") for t in ("I", "RA", "CA", "MA", "PA")
}
LEGAL |= {
    ("L", "YA"),
    ("YA", "I"),
    ("YA", "RA"),
    ("YA", "CA"),
    ("YA", "MA"),
    ("YA", "L"),
    ("L", "TA"),
    ("TA", "L"),
    ("TA", "YA"),
    ("YA", "TA"),
    ("L", "L"),
}
# AIFdb files often join a relation to the locution instead of its proposition: the importer
# follows the L-node's YA to the I-node (see aif_dialogue.proposition_of).
LEGAL |= {("L", s) for s in ("RA", "CA", "MA")} | {(s, "L") for s in ("RA", "CA", "MA")}


@dataclass
class AifGraph:
    nodes: dict[str, dict] = field(default_factory=dict)
    out: dict[str, list[str]] = field(default_factory=dict)
    into: dict[str, list[str]] = field(default_factory=dict)
    locutions: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    ids: Any = None  # the IdMaker of claims and arguments, shared by the import steps
    order: dict[str, int] = field(default_factory=dict)  # node id -> its place in the file
    propositions: dict[str, str | None] = field(default_factory=dict)  # L-node -> its I-node, once looked up
    _edges: set[tuple[str, str]] = field(default_factory=set)

    def of_type(self, *types: str) -> list[dict]:
        return [n for n in self.nodes.values() if n["type"] in types]

    def link(self, src: str, dst: str) -> None:
        if (src, dst) not in self._edges:
            self._edges.add((src, dst))
            self.out.setdefault(src, []).append(dst)
            self.into.setdefault(dst, []).append(src)

    def type_of(self, node_id: str) -> str:
        return self.nodes[node_id]["type"]

    def sources(self, node_id: str) -> list[str]:
        return self.into.get(node_id, [])

    def targets(self, node_id: str) -> list[str]:
        return self.out.get(node_id, [])


def read_graph(doc: Any, reporter: Reporter) -> AifGraph | None:
    if isinstance(doc, dict) and isinstance(doc.get("AIF"), dict):
        doc = doc["AIF"]  # OVA3 / xAIF wrapper
    if not isinstance(doc, dict) or not isinstance(doc.get("nodes"), list):
        reporter.error("not an AIF nodeset: expected an object with a `nodes` list (or `AIF.nodes`)")
        return None
    graph = AifGraph()
    for node in doc["nodes"]:
        _add_node(graph, node, reporter)
    for edge in _list(doc, "edges", reporter):
        _add_edge(graph, edge, reporter)
    graph.locutions = [x for x in _list(doc, "locutions", reporter) if isinstance(x, dict)]
    graph.participants = [x for x in _list(doc, "participants", reporter) if isinstance(x, dict)]
    return graph


def _list(doc: dict, key: str, reporter: Reporter) -> list:
    value = doc.get(key, [])
    if not isinstance(value, list):
        reporter.warn(f"`{key}` is not a list; ignored", json_key(key))
        return []
    return value


def _add_node(graph: AifGraph, node: Any, reporter: Reporter) -> None:
    if not isinstance(node, dict) or node.get("nodeID") is None:
        reporter.warn("a node without `nodeID`; ignored", json_key("nodes"))
        return
    nid = str(node["nodeID"])
    where = json_member("nodeID", nid)
    kind = str(node.get("type", "")).strip()
    if kind not in KNOWN_TYPES:
        reporter.warn(f"node {nid} has unknown type {kind!r}; ignored", where)
        return
    if nid in graph.nodes:
        reporter.warn(f"node id {nid} is used twice; the second node is ignored", where)
        return
    if kind == "PA":
        reporter.warn(f"PA node {nid} (a preference) has no argmap equivalent; ignored", where)
    text = node.get("text")
    graph.order[nid] = len(graph.order)
    graph.nodes[nid] = {**node, "nodeID": nid, "type": kind, "text": "" if text is None else str(text)}


def _add_edge(graph: AifGraph, edge: Any, reporter: Reporter) -> None:
    if not isinstance(edge, dict):
        reporter.warn("an edge that is not an object; ignored", json_key("edges"))
        return
    eid, src, dst = (None if edge.get(k) is None else str(edge.get(k)) for k in ("edgeID", "fromID", "toID"))
    where = json_member("edgeID", eid) if eid is not None else json_member("fromID", src)
    missing = [n for n in (src, dst) if n not in graph.nodes]
    if missing:
        reporter.warn(f"edge {eid} points at missing node {', '.join(str(m) for m in missing)}; ignored", where)
        return
    assert src is not None and dst is not None  # both are ids of nodes (not missing)
    pair = (graph.type_of(src), graph.type_of(dst))
    if pair not in LEGAL or src == dst or "PA" in pair:
        if "PA" not in pair:
            reporter.warn(
                f"edge {eid} from {pair[0]}-node {src} to {pair[1]}-node {dst} is not allowed in AIF; ignored", where
            )
        return
    graph.link(src, dst)
