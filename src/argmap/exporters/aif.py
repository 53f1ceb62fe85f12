"""AIF as AIFdb writes it: a nodeset of ``nodes``, ``edges``, ``locutions`` and, as OVA adds,
``participants``.

A claim is an I-node (its id is the node id). An argument is one scheme node: RA for a
support, CA for an attack; an edge runs
from each premise to it and one from it to its target, which is an I-node or, for an
undercutter or a backing, the target argument's scheme node. A claim's ``restates: other``
is an MA node ``Default Rephrase`` (claim → MA → other). The scheme text goes on the
node (``Default Inference``/``Default Conflict`` when there is none). A claim's speaker is
a participant with an L-node (``Name: quote``, or ``Name: text`` without a quote) and a YA
``Asserting`` node pointing at the claim; an argument's speaker likewise with a YA ``Arguing``
node pointing at the argument. Titles, notes, tags and roles have no place in AIF and are left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from argmap.model import Argument, ArgumentMap

SUFFIX = ".json"
DEFAULT_TEXT = {"RA": "Default Inference", "CA": "Default Conflict", "MA": "Default Rephrase"}
YA_SCHEMES = {"Asserting": "74", "Arguing": "80"}


def scheme_type(arg: Argument) -> str:
    """CA for an attack, RA for a support (MA nodes are for restatements, ``restates:``)."""
    return "CA" if arg.is_attack else "RA"


@dataclass
class _Nodeset:
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    locutions: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)

    def node(
        self, node_id: str, node_type: str, text: str, scheme: str | None = None, weight: float | None = None
    ) -> None:
        node: dict[str, str | float] = {"nodeID": node_id, "text": text, "type": node_type}
        if weight is not None:  # argmap's own property: AIF has none for weights
            node["weight"] = weight
        if scheme is not None:
            node["scheme"] = scheme
            if scheme in YA_SCHEMES:
                node["schemeID"] = YA_SCHEMES[scheme]
        self.nodes.append(node)

    def edge(self, source: str, target: str) -> None:
        self.edges.append({"edgeID": str(len(self.edges) + 1), "fromID": source, "toID": target, "formEdgeID": None})


def export(amap: ArgumentMap, options: dict) -> str:
    doc = build(amap)
    data = {"nodes": doc.nodes, "edges": doc.edges, "locutions": doc.locutions, "participants": doc.participants}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def build(amap: ArgumentMap) -> _Nodeset:
    doc = _Nodeset()
    person = _participants(amap, doc)
    for claim in amap.claims.values():
        doc.node(claim.id, "I", claim.text or "", weight=claim.weight)
    for aid in amap.order:
        arg = amap.arguments.get(aid)
        if arg is not None:
            kind = scheme_type(arg)
            doc.node(arg.id, kind, arg.scheme or DEFAULT_TEXT[kind], arg.scheme, weight=arg.weight)
    for aid in amap.order:
        arg = amap.arguments.get(aid)
        if arg is not None and arg.target is not None and amap.node(arg.target) is not None:
            for premise in arg.premises:
                if premise in amap.claims:
                    doc.edge(premise, arg.id)
            doc.edge(arg.id, arg.target)
    for claim in amap.claims.values():
        if claim.restates is not None and claim.restates in amap.claims and claim.restates != claim.id:
            doc.node(f"{claim.id}.restates", "MA", DEFAULT_TEXT["MA"], DEFAULT_TEXT["MA"])
            doc.edge(claim.id, f"{claim.id}.restates")
            doc.edge(f"{claim.id}.restates", claim.restates)
    from argmap.exporters.aif_dialogue import add_dialogue

    add_dialogue(amap, doc, person)
    return doc


def _participants(amap: ArgumentMap, doc: _Nodeset) -> dict[str, tuple[int, str]]:
    person = {}
    for n, speaker in enumerate(amap.speakers.values(), start=1):
        first, _, last = speaker.name.rpartition(" ")
        doc.participants.append({"participantID": n, "firstname": first or last, "surname": last if first else ""})
        person[speaker.id] = (n, speaker.name)
    return person


def _premise_texts(amap: ArgumentMap, arg: Argument) -> str:
    return " ".join(amap.claims[p].text or "" for p in arg.premises if p in amap.claims)
