"""The hover texts (an SVG element's ``<title>``) of drawn claims and arguments, and the
speaker bylines they share with the boxes: the full text, who said it, the quote and the note;
for an argument also what it supports or attacks."""

from __future__ import annotations

from argmap.drawing.labels import tooltip
from argmap.graph import speaker_name
from argmap.model import Argument, ArgumentMap, Claim


def byline(amap: ArgumentMap, speaker_id: str | None) -> str | None:
    """``— Name, role``, ``— Name``, or None for nobody."""
    speaker = amap.speakers.get(speaker_id or "")
    name = speaker_name(amap, speaker_id)
    if name and speaker and speaker.role:
        return f"— {name}, {speaker.role}"
    return f"— {name}" if name else None


def claim_tooltip(amap: ArgumentMap, claim: Claim, extra: str | None) -> str:
    quoted = f"“{claim.quote}”" if claim.quote else None
    return tooltip(claim.text, byline(amap, claim.speaker), quoted, claim.note, extra)


def argument_tooltip(amap: ArgumentMap, arg: Argument, extra: str | None) -> str:
    head = " · ".join(t for t in (arg.label, arg.scheme) if t) or None
    return tooltip(
        head,
        f"{'attacks' if arg.is_attack else 'supports'}: {_describe(amap, arg.target)}",
        byline(amap, arg.speaker),
        arg.note,
        extra,
    )


def _describe(amap: ArgumentMap, node_id: str | None) -> str:
    node = amap.node(node_id or "")
    if isinstance(node, Claim):
        return node.text or node.id
    label = node.label if isinstance(node, Argument) and node.label else node_id
    return f"the inference of argument “{label}”"
