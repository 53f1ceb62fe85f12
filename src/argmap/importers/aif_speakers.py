"""Who said what in an AIF dialogue: speakers of claims and arguments from L, YA and TA nodes."""

from __future__ import annotations

import re

from argmap.importers.aif_graph import AifGraph
from argmap.importers.common import Reporter, json_member

NAME_PREFIX = re.compile(r"\s*([^:\n]{1,80}?)\s*:\s")
NOT_ASSERTIONS = {"analysing", "analyzing"}  # an analyst's YA between L-nodes, not a speaker's


def find_speakers(graph: AifGraph, reporter: Reporter) -> dict[str, str]:
    """Speaker name by I- or scheme-node id."""
    names = _locution_names(graph, reporter)
    found: dict[str, str] = {}
    for ya in graph.of_type("YA"):
        if ya["text"].strip().lower() in NOT_ASSERTIONS:
            continue
        for source in graph.sources(ya["nodeID"]):
            name = _speaker_of(graph, source, names)
            if name is None:
                continue
            for target in graph.targets(ya["nodeID"]):
                if graph.type_of(target) in ("I", "RA", "CA", "MA"):
                    _assign(found, target, name, reporter)
    return found


def _assign(found: dict[str, str], node_id: str, name: str, reporter: Reporter) -> None:
    earlier = found.setdefault(node_id, name)
    if earlier != name:
        reporter.warn(f"node {node_id} is asserted by {earlier} and by {name}; {earlier} is kept",
                      json_member("nodeID", node_id))


def _speaker_of(graph: AifGraph, node_id: str, names: dict[str, str]) -> str | None:
    """The speaker of an L-node, or of the L-node a TA leads to (who answered, so who argued)."""
    kind = graph.type_of(node_id)
    if kind == "L":
        return names.get(node_id)
    if kind == "TA":
        ends = [t for t in graph.targets(node_id) if graph.type_of(t) == "L"]
        return names.get(ends[0]) if ends else None
    return None


def _locution_names(graph: AifGraph, reporter: Reporter) -> dict[str, str]:
    people = {str(p.get("participantID")): _full_name(p) for p in graph.participants}
    names: dict[str, str] = {}
    absent: list[str] = []
    for loc in graph.locutions:
        nid, person = str(loc.get("nodeID")), str(loc.get("personID"))
        if nid not in graph.nodes:
            absent.append(nid)
        elif people.get(person):
            names.setdefault(nid, people[person])
    if absent:
        shown = ", ".join(dict.fromkeys(absent))
        reporter.warn(f"{len(absent)} locution(s) point at nodes that are not in the file: {shown}; ignored",
                      json_member("nodeID", absent[0]))
    for node in graph.of_type("L"):
        match = NAME_PREFIX.match(node["text"])
        if node["nodeID"] not in names and match:
            names[node["nodeID"]] = match.group(1)
    return names


def _full_name(participant: dict) -> str:
    parts = [str(participant.get(k) or "").strip() for k in ("firstname", "surname")]
    return " ".join(p for p in parts if p)
