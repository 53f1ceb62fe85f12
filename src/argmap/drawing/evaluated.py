"""Labels as diagram decorations for ``argmap render --evaluate``: a mark in each box and on
each argument (✓ ✗ ?), a border style (solid bold, dashed, dotted) and a border colour, so
the label reads in colour, in black-and-white print and without colour vision; plus the
legend rows that explain them. Imported only by the drawing commands."""

from __future__ import annotations

from typing import Iterable

from argmap.model import ArgumentMap
from argmap.drawing.options import Decoration
from argmap.evaluation import Evaluation, evaluate
from argmap.evaluation.explain import WORDS
from argmap.evaluation.framework import IN, OUT, UNDEC, Label

MARKS = {IN: "✓", OUT: "✗", UNDEC: "?"}
FIXED_MARK = "*"
STYLES = {IN: "solid", OUT: "dashed", UNDEC: "dotted"}
COLOURS = {IN: "#1B7837", OUT: "#B2182B", UNDEC: "#7A5C00"}  # ≥ 4.5:1 on white
PRINT_COLOUR = "#000000"
PENWIDTH, MAIN_PENWIDTH = "2.2", "3.6"


def evaluation_decorations(amap: ArgumentMap, assume: Iterable[str] = (), reject: Iterable[str] = (),
                           theme: str = "default") -> tuple[dict[str, Decoration], tuple[tuple[str, str], ...]]:
    """Grounded labels of the map as (decorations, legend rows). Raises OverrideError."""
    ev = evaluate(amap, "grounded", assume, reject)
    return decorations(ev, amap, theme), legend_rows(ev)


def decorations(ev: Evaluation, amap: ArgumentMap, theme: str = "default") -> dict[str, Decoration]:
    premises = {p for arg in amap.arguments.values() for p in arg.premises}
    result = {}
    for node_id, node in ev.framework.nodes.items():
        label = ev.summary(node_id)
        main = node.is_claim and node_id not in premises
        result[node_id] = Decoration(
            mark=MARKS[label] + (FIXED_MARK if node.fixed else ""),
            node_attrs=_attrs(label, main, theme),
            tooltip_extra=f"{WORDS[node.is_claim][label]}: {ev.reason(node_id).text}",
        )
    return result


def _attrs(label: Label, main: bool, theme: str) -> dict[str, str]:
    """Claim boxes and argument captions are both rounded, filled boxes."""
    return {
        "color": PRINT_COLOUR if theme == "print" else COLOURS[label],
        "style": f"rounded,filled,{STYLES[label]}",
        "penwidth": MAIN_PENWIDTH if main else PENWIDTH,
    }


def legend_rows(ev: Evaluation) -> tuple[tuple[str, str], ...]:
    """Short rows: the renderer lays the legend out in a grid of narrow columns."""
    rows = [
        ("✓", "accepted / applies: solid border"),
        ("✗", "rejected / does not apply: dashed"),
        ("?", "undecided: dotted border"),
    ]
    if any(node.fixed for node in ev.framework.nodes.values()):
        rows.append((FIXED_MARK, "fixed by --assume / --reject"))
    rows.append(("", f"{ev.semantics} semantics: an attack that applies defeats its target"))
    return tuple(rows)
