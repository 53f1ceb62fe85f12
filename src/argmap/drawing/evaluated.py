"""Evaluation results as diagram decorations for ``argmap render --evaluate``.

Grounded labels: a mark at the end of each box's last row (✓ ✗ ?), a border style (solid
bold, dashed, dotted) and a border colour, so the label reads in colour, in black-and-white
print and without colour vision; an argument drawn as a plain arrow gets the colour, and a
dotted line when it does not apply. Gradual strengths (df-quad, energy): a small bar and the
number in each box. Either way the legend shows sample boxes, and ``keep_layout`` holds every
box to the size the plain drawing gives it, so nothing moves. Imported only by the drawing
commands.
"""

from __future__ import annotations

from typing import Iterable

from argmap.drawing.options import Decoration, KeySample
from argmap.evaluation import Evaluation, evaluate
from argmap.evaluation.explain import WORDS
from argmap.evaluation.framework import IN, OUT, UNDEC, Label
from argmap.model import ArgumentMap

MARKS = {IN: "✓", OUT: "✗", UNDEC: "?"}
FIXED_MARK = "*"
STYLES = {IN: "solid", OUT: "dashed", UNDEC: "dotted"}
COLOURS = {IN: "#1B7837", OUT: "#B2182B", UNDEC: "#7A5C00"}  # ≥ 4.5:1 on white
PRINT_COLOUR = "#000000"
PENWIDTH, MAIN_PENWIDTH = "2.2", "3.6"

Decorated = tuple[dict[str, Decoration], tuple[KeySample, ...]]


def evaluation_decorations(
    amap: ArgumentMap,
    assume: Iterable[str] = (),
    reject: Iterable[str] = (),
    theme: str = "default",
    semantics: str = "grounded",
) -> Decorated:
    """Decorations and legend samples for ``semantics``. Raises OverrideError, and for the
    gradual semantics CyclicMap / NoFixedPoint (see evaluation.gradual)."""
    if semantics in ("df-quad", "energy"):
        from argmap.evaluation.gradual import gradual

        result = gradual(amap, semantics)
        return strength_decorations(result), strength_samples(semantics)
    ev = evaluate(amap, semantics, assume, reject)
    return decorations(ev, amap, theme), legend_samples(ev, theme)


def decorations(ev: Evaluation, amap: ArgumentMap, theme: str = "default") -> dict[str, Decoration]:
    premises = {p for arg in amap.arguments.values() for p in arg.premises}
    result = {}
    for node_id, node in ev.framework.nodes.items():
        label = ev.summary(node_id)
        main = node.is_claim and node_id not in premises
        colour = PRINT_COLOUR if theme == "print" else COLOURS[label]
        result[node_id] = Decoration(
            badge=MARKS[label] + (FIXED_MARK if node.fixed else ""),
            node_attrs=_attrs(label, main, colour),
            edge_attrs={"color": colour, "penwidth": PENWIDTH, **({"style": "dotted"} if label is OUT else {})},
            tooltip_extra=f"{WORDS[node.is_claim][label]}: {ev.reason(node_id).text}",
        )
    return result


def _attrs(label: Label, main: bool, colour: str) -> dict[str, str]:
    """Claim boxes and argument captions are both rounded, filled boxes."""
    return {
        "color": colour,
        "style": f"rounded,filled,{STYLES[label]}",
        "penwidth": MAIN_PENWIDTH if main else PENWIDTH,
    }


def legend_samples(ev: Evaluation, theme: str = "default") -> tuple[KeySample, ...]:
    """Sample boxes: each label's border and mark, and what it means."""

    def colour(label: Label) -> str:
        return PRINT_COLOUR if theme == "print" else COLOURS[label]

    rows = [
        KeySample("accepted / applies", MARKS[IN], STYLES[IN], colour(IN)),
        KeySample("rejected / does not apply\n(an argument's line dotted)", MARKS[OUT], STYLES[OUT], colour(OUT)),
        KeySample("undecided", MARKS[UNDEC], STYLES[UNDEC], colour(UNDEC)),
    ]
    if any(node.fixed for node in ev.framework.nodes.values()):
        rows.append(KeySample("fixed by --assume / --reject", FIXED_MARK))
    rows.append(KeySample(f"{ev.semantics} semantics: an attack that applies defeats its target"))
    return tuple(rows)


def strength_decorations(result) -> dict[str, Decoration]:
    """A bar and the number in every box; the tooltip says the weight it started from."""
    return {
        node_id: Decoration(
            strength=s, tooltip_extra=f"strength {s:.2f} ({result.semantics}), from weight {result.weight(node_id):.2f}"
        )
        for node_id, s in result.strength.items()
    }


def strength_samples(semantics: str) -> tuple[KeySample, ...]:
    name = {"df-quad": "DF-QuAD", "energy": "quadratic energy"}[semantics]
    return (
        KeySample(
            f"strength from 0 to 1 ({name}):\neach claim starts from its weight\n(0.50 unless the map "
            "gives one), raised by\nwhat supports it, lowered by\nwhat attacks it",
            strength=0.6,
        ),
        KeySample("an argument's box is filled\nto its strength (0.60 here)", argument_fill=0.6),
    )
