"""An Evaluation as text (for people) or JSON (for programs). Returns strings; never prints."""

from __future__ import annotations

import json

from argmap.evaluation import Evaluation
from argmap.evaluation.explain import WORDS, explain_steps
from argmap.evaluation.framework import IN, OUT, UNDEC
from argmap.evaluation.naming import name
from argmap.model import ArgumentMap

MARKS = {IN: "✓", OUT: "✗", UNDEC: "?"}
INTRO = {
    "grounded": "grounded semantics (sceptical: a claim stands only if it survives every objection)",
    "preferred": "preferred semantics (every maximal consistent position; ✓ in all = accepted in every one)",
}


def format_text(ev: Evaluation, amap: ArgumentMap, ids: bool = False) -> str:
    show_ids = ids
    lines = [f"{amap.path}: {INTRO[ev.semantics]}"]
    if ev.semantics == "preferred":
        lines.append(f"{len(ev.labellings)} preferred labelling{'s' if len(ev.labellings) != 1 else ''}")
    for title, is_claim in (("Claims", True), ("Arguments", False)):
        node_ids = [n for n in ev.framework.order if ev.framework.nodes[n].is_claim is is_claim]
        if node_ids:
            lines.append(f"{title}:")
            lines.extend(_node_line(ev, n, name(amap, n, show_ids)) for n in node_ids)
    lines.append(_summary(ev))
    return "\n".join(lines)


def _node_line(ev: Evaluation, node_id: str, named: str) -> str:
    is_claim = ev.framework.nodes[node_id].is_claim
    if ev.semantics == "grounded":
        label = ev.labellings[0][node_id]
        return f"  {MARKS[label]} {WORDS[is_claim][label]:<15} {named}: {ev.reason(node_id).text}"
    marks = "".join(MARKS[lab[node_id]] for lab in ev.labellings)
    return f"  {marks}  {named}: {_preferred_status(ev, node_id)}"


def _preferred_status(ev: Evaluation, node_id: str) -> str:
    words = WORDS[ev.framework.nodes[node_id].is_claim]
    if not ev.is_split(node_id):
        label = ev.labellings[0][node_id]
        return f"{words[label]} in every preferred labelling — {ev.reason(node_id).text}"
    parts = [f"{words[lab[node_id]]} in {i}" for i, lab in enumerate(ev.labellings, 1)]
    return "differs: " + ", ".join(parts)


def _summary(ev: Evaluation) -> str:
    counts = dict.fromkeys((IN, OUT, UNDEC), 0)
    claims = [n for n in ev.framework.order if ev.framework.nodes[n].is_claim]
    for node_id in claims:
        counts[ev.summary(node_id)] += 1
    if ev.semantics == "grounded":
        return f"{len(claims)} claims: {counts[IN]} accepted, {counts[OUT]} rejected, {counts[UNDEC]} undecided"
    return (
        f"{len(claims)} claims: {counts[IN]} accepted in all preferred labellings, {counts[OUT]} rejected "
        f"in all, {counts[UNDEC]} undecided or differing"
    )


def format_explain(ev: Evaluation, node_id: str, amap: ArgumentMap | None = None, ids: bool = False) -> str:
    """The chain of reasons, each node named by its words (``words [id]``) unless ``ids``."""
    if ev.semantics == "grounded":
        return "\n".join(_explained(ev, node_id, 0, amap, ids))
    blocks = []
    for i in range(len(ev.labellings)):
        lines = _explained(ev, node_id, i, amap, ids)
        blocks.append(f"In preferred labelling {i + 1}:\n" + "\n".join("  " + line for line in lines))
    return "\n".join(blocks)


def _explained(ev: Evaluation, node_id: str, index: int, amap: ArgumentMap | None, ids: bool) -> list[str]:
    steps = explain_steps(ev.framework, node_id, ev.labellings[index], ev.step)
    named = (lambda i: i) if amap is None else (lambda i: name(amap, i, ids))
    return [
        f"{'  ' * s.depth}{named(s.id)}: {s.word}" + (f", because {s.reason}" if s.reason else " (see above)")
        for s in steps
    ]


def to_json(ev: Evaluation, amap: ArgumentMap, assume=(), reject=()) -> str:
    nodes = []
    for node_id in ev.framework.order:
        node = ev.framework.nodes[node_id]
        reasons = [ev.reason(node_id, i) for i in range(len(ev.labellings))]
        entry = {
            "id": node_id,
            "kind": "claim" if node.is_claim else "argument",
            "labels": [str(lab[node_id]) for lab in ev.labellings],
            "accepted_in_all": node_id in ev.accepted_in_all,
            "reasons": [r.text for r in reasons],
            "because": [list(r.because) for r in reasons],
        }
        nodes.append(entry)
    document = {
        "file": amap.path,
        "semantics": ev.semantics,
        "assume": list(assume),
        "reject": list(reject),
        "labellings": len(ev.labellings),
        "nodes": nodes,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def explain_json(ev: Evaluation, node_id: str) -> str:
    """``--explain`` as JSON: one chain of steps per labelling."""
    chains = [
        [
            {"depth": s.depth, "id": s.id, "label": s.word, "reason": s.reason}
            for s in explain_steps(ev.framework, node_id, labelling, ev.step)
        ]
        for labelling in ev.labellings
    ]
    return json.dumps({"semantics": ev.semantics, "explain": node_id, "chains": chains}, indent=2, ensure_ascii=False)
