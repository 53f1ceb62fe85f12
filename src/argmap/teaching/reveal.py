"""Slides for a reveal: one set of drawing options per step, and the steps' file names.
Which ids each step shows is computed in the core (``argmap.steps``)."""

from __future__ import annotations

from argmap.model import ArgumentMap
from argmap.steps import all_ids, reveal_steps

NEW_CLAIM = {"penwidth": "3.6"}  # a border as thick as the main conclusion's: size and place unchanged


def step_options(amap: ArgumentMap, base, highlight: bool = True):
    """One RenderOptions per step: ``base`` with every id not yet shown hidden (kept in the
    layout, drawn invisible, so nothing moves from one step to the next), and the claims
    new in the step drawn with a thick border when ``highlight``."""
    from dataclasses import replace

    from argmap.drawing.options import Decoration

    everything, before, result = all_ids(amap), frozenset[str](), []
    for shown in reveal_steps(amap):
        decorations = dict(base.decorations)
        if highlight and before:
            for claim_id in sorted(shown - before):
                if claim_id in amap.claims:
                    old = decorations.get(claim_id, Decoration())
                    decorations[claim_id] = replace(old, node_attrs={**old.node_attrs, **NEW_CLAIM})
        result.append(replace(base, hidden=everything - shown, decorations=decorations))
        before = shown
    return result


def step_name(stem: str, number: int, total: int, fmt: str) -> str:
    """``<stem>-step01.svg``: at least two digits, more when there are 100 steps or more."""
    width = max(2, len(str(total)))
    return f"{stem}-step{number:0{width}d}.{fmt}"
