"""The dialogue part of an AIF export: L (locution), YA (illocution) and TA (transition) nodes.

The inverse of ``importers/aif_dialogue``: a claim with a speaker gets an L-node
``Name: quote`` (its text without a quote) and a YA ``Asserting`` node pointing at it; a claim
tagged ``question`` a YA ``Pure Questioning`` instead (asked by its speaker or its
``asked-by-<speaker>`` tag); each ``agreed-by-``, ``disagreed-by-``, ``challenged-by-`` tag a
reply: an L-node of that speaker, a TA from the claim's locution to it and a YA of that stance
from the TA to the claim. An argument's speaker gets an L-node and a YA ``Arguing``. The
claims' locutions follow the map's ``steps:`` (else the order of the claims), chained by TA nodes.
"""

from __future__ import annotations

from argmap.model import ArgumentMap, Claim

STANCE_TAGS = {"agreed-by-": "Agreeing", "disagreed-by-": "Disagreeing", "challenged-by-": "Challenging"}


def add_dialogue(amap: ArgumentMap, doc, person: dict[str, tuple[int, str]]) -> None:
    previous: str | None = None
    for claim in _in_step_order(amap):
        locution = _claim_locution(amap, doc, claim, person)
        if locution is None:
            continue
        if previous is not None:
            _transition(doc, f"{locution}.TA", previous, locution)
        previous = locution
        _stances(doc, claim, locution, person)
    for aid in amap.order:
        arg = amap.arguments.get(aid)
        if arg is not None and arg.speaker in person:
            said = arg.label or " ".join(amap.claims[p].text or "" for p in arg.premises if p in amap.claims)
            _locution(doc, f"{arg.id}.L", person[arg.speaker], said)
            _illocution(doc, f"{arg.id}.YA", "Arguing", f"{arg.id}.L", arg.id)


def _in_step_order(amap: ArgumentMap) -> list[Claim]:
    listed = [node_id for step in amap.steps or () for node_id in step if node_id in amap.claims]
    ids = list(dict.fromkeys([*listed, *amap.claims]))
    return [amap.claims[cid] for cid in ids]


def _claim_locution(amap: ArgumentMap, doc, claim: Claim, person: dict) -> str | None:
    question = "question" in claim.tags
    asker = next((t[len("asked-by-") :] for t in claim.tags if t.startswith("asked-by-")), None)
    speaker = claim.speaker if claim.speaker in person else asker if question and asker in person else None
    if speaker is None:
        return None
    locution = f"{claim.id}.L"
    _locution(doc, locution, person[speaker], claim.quote or claim.text or "")
    _illocution(doc, f"{claim.id}.YA", "Pure Questioning" if question else "Asserting", locution, claim.id)
    return locution


def _stances(doc, claim: Claim, locution: str, person: dict) -> None:
    for tag in claim.tags:
        for prefix, illocution in STANCE_TAGS.items():
            who = tag[len(prefix) :] if tag.startswith(prefix) else None
            if who in person:
                reply = f"{claim.id}.{illocution}.{who}.L"
                _locution(doc, reply, person[who], illocution.lower())
                _transition(doc, f"{reply}.TA", locution, reply)
                _illocution(doc, f"{reply}.YA", illocution, f"{reply}.TA", claim.id)


def _locution(doc, node_id: str, participant: tuple[int, str], said: str) -> None:
    number, name = participant
    doc.node(node_id, "L", f"{name}: {said}")
    doc.locutions.append({"nodeID": node_id, "personID": str(number), "start": None, "end": None, "source": None})


def _illocution(doc, node_id: str, illocution: str, source: str, target: str) -> None:
    doc.node(node_id, "YA", illocution, illocution)
    doc.edge(source, node_id)
    doc.edge(node_id, target)


def _transition(doc, node_id: str, before: str, after: str) -> None:
    doc.node(node_id, "TA", "Default Transition")
    doc.edge(before, node_id)
    doc.edge(node_id, after)
