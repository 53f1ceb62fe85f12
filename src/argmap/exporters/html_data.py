"""What the web page's script needs, as plain data (it becomes JSON in the page): each
claim's and argument's details, where each one leads towards the conclusion, and the
reveal steps."""

from __future__ import annotations

from argmap.graph import resolved_arguments, speaker_name, unstated_label
from argmap.model import ArgumentMap
from argmap.steps import reveal_steps


def page_data(amap: ArgumentMap) -> dict:
    drawn = list(resolved_arguments(amap, with_self_references=True))
    return {
        "claims": {cid: _claim(amap, cid) for cid in amap.claims},
        "arguments": {arg.id: _argument(amap, arg) for arg in drawn},
        "onward": onward(amap, drawn),
        "steps": [sorted(step) for step in reveal_steps(amap)],
    }


def _claim(amap: ArgumentMap, claim_id: str) -> dict:
    claim = amap.claims[claim_id]
    speaker = amap.speakers.get(claim.speaker or "")
    return {
        "text": claim.text or "",
        "speaker": speaker_name(amap, claim.speaker),
        "role": speaker.role if speaker else None,
        "quote": claim.quote,
        "note": claim.note,
        "implicit": claim.implicit,
        "unstated": unstated_label(amap, claim_id) if claim.implicit else None,
    }


def _argument(amap: ArgumentMap, arg) -> dict:
    return {
        "premises": [p for p in arg.premises if p in amap.claims],
        "target": arg.target,
        "relation": arg.relation,
        "label": arg.label,
        "scheme": arg.scheme,
        "note": arg.note,
        "speaker": speaker_name(amap, arg.speaker),
        "undercut": arg.target in amap.arguments,
    }


def onward(amap: ArgumentMap, drawn) -> dict[str, list[str]]:
    """Id -> where it leads one step towards the conclusion: a claim to each argument it is a
    premise of, an argument to its target. The page follows these to highlight the chain
    from a clicked box to the conclusion."""
    steps: dict[str, list[str]] = {}
    for arg in drawn:
        steps.setdefault(arg.id, []).append(arg.target)
        for premise in arg.premises:
            steps.setdefault(premise, []).append(arg.id)
    return steps
