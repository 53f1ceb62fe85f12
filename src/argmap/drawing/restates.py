"""Restatements (a claim's ``restates:``) drawn as what they are: the same claim said again,
not a reason. A dashed line without arrowheads, labelled "restates", joins the two claims; it
stands outside the layout's ranks (``constraint=false``), so it never moves a claim the way a
support arrow would, and it is invisible while either claim is hidden (a reveal step).
"""

from __future__ import annotations

from argmap.drawing.labels import tooltip
from argmap.drawing.nodes import Drawing, dom_id

LABEL = "restates"


def restatement_lines(drawing: Drawing) -> list[tuple[str, str, dict[str, str]]]:
    amap, lines = drawing.amap, []
    for claim_id in drawing.scope.claims:
        other = amap.claims[claim_id].restates
        if other is None or other == claim_id or other not in drawing.scope.claims:
            continue
        hidden = claim_id in drawing.options.hidden or other in drawing.options.hidden
        attrs = {"style": "invis" if hidden else "dashed", "dir": "none", "constraint": "false",
                 "label": LABEL, "fontsize": "10", "id": dom_id("restates", claim_id),
                 "tooltip": tooltip(f"restates: {amap.claims[other].text or other}")}
        lines.append((drawing.names[claim_id], drawing.names[other], attrs))
    return lines
