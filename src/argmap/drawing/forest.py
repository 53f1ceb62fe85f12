"""A map of many unconnected parts (a forest: a debate's separate threads), drawn as a block.

``dot`` puts unconnected parts side by side in one row: 100 parts make a strip 25 times as
wide as high. For such a map (when one row would be wider than 2.5:1) the graph asks ``dot`` to lay out each part by itself and
pack the parts (``pack``, Graphviz's component packing) into a block of about square
proportions. Graphviz 2.43 crashes when ``pack`` meets ``newrank``, so a forest is drawn
without ``newrank`` and without the rank that joins the conclusions (it would join the
parts). The legend goes under the title, not between the parts. Each part's conclusion is
marked with the part's number (as ``render --part N`` and ``outline`` count parts), never
as the map's main conclusion.
"""

from __future__ import annotations

from argmap.drawing.parts import parts
from argmap.drawing.scope import Scope
from argmap.model import ArgumentMap

PACK_MARGIN = "12"  # points between two parts
PACK_RATIO = 2.5  # a row of parts estimated wider than this (width:height) is packed instead
PACK_ATTRS = {"pack": PACK_MARGIN, "packmode": "node"}


def part_numbers(amap: ArgumentMap, scope: Scope) -> dict[str, int]:
    """Per drawn conclusion, the number of its part (1, 2, … in the map's order), when the
    drawing shows more than one part; empty for a connected drawing."""
    drawn = set(scope.claims) | set(scope.arguments)
    shown = [part for part in parts(amap) if part & drawn]
    if len(shown) < 2:
        return {}
    numbers = {}
    for number, part in enumerate(parts(amap), 1):
        for claim_id in scope.claims:
            if claim_id in part and claim_id in scope.main:
                numbers[claim_id] = number
    return numbers


def should_pack(nodes, lines, direction: str, legend: tuple[float, float], title: tuple[float, float]) -> bool:
    """Whether the parts side by side in one row (as ``dot`` draws them; a column for LR and
    RL), with the legend and the title, would be more than PACK_RATIO times as long as the
    parts are deep: a few parts read best side by side, their conclusions on one rank."""
    from argmap.drawing.estimate import Estimate

    sizes = {name: size for name, _, size in nodes}
    across = direction in ("BT", "TB")
    if not across:
        sizes = {name: (h, w) for name, (w, h) in sizes.items()}
    shape = Estimate(sizes, [(tail, head) for tail, head, _ in lines], 0.0).measure([1] * len(lines))
    if across:  # the row runs across the page: the legend beside it, the title above
        return shape.breadth + legend[0] > PACK_RATIO * (max(shape.length, legend[1]) + title[1])
    return shape.breadth + title[1] > PACK_RATIO * (shape.length + legend[0])  # a column of parts


def part_byline(number: int, speaker: str | None) -> str:
    """What a part's conclusion shows under its text: its part's number, then the speaker."""
    return f"part {number} · {speaker}" if speaker else f"part {number}"


def graph_attrs(attrs: dict[str, str]) -> dict[str, str]:
    """The graph attributes for a forest: packed parts, no ``newrank``."""
    packed = {key: value for key, value in attrs.items() if key != "newrank"}
    return {**packed, **PACK_ATTRS}


def title_with_legend(title_label: str, legend_label: str) -> str:
    """The graph's label (an HTML-like table) with the legend's table as a further row."""
    return title_label[: -len("</TABLE>>")] + f"<TR><TD>{legend_label[1:-1]}</TD></TR></TABLE>>"
