"""Restatements (a claim's ``restates:``) drawn as what they are: the same claim said again,
not a reason. The restating claim hangs under the claim it restates, joined by two dashed
lines without arrowheads through a small "restates" label (a node of its own: Graphviz 2.43
drops edge labels when it packs a forest's parts). Lines and label are invisible while either
claim is hidden (a reveal step). They are added before the fit, which then sizes them too.
"""

from __future__ import annotations

from argmap.drawing import fit
from argmap.drawing.domids import dom_id
from argmap.drawing.labels import tooltip
from argmap.drawing.nodes import Drawing

LABEL = "restates"


def add_restatements(drawing: Drawing) -> None:
    amap = drawing.amap
    for number, claim_id in enumerate(drawing.scope.claims, 1):
        other = amap.claims[claim_id].restates
        if other is None or other == claim_id or other not in drawing.scope.drawn_claims:
            continue
        hidden = claim_id in drawing.options.hidden or other in drawing.options.hidden
        name = f"rs{number}"
        label = {
            "label": LABEL,
            "shape": "plaintext",
            "fontsize": "10",
            "height": "0",
            "margin": "0.02",
            "id": dom_id("restates", claim_id),
            "tooltip": tooltip(f"restates: {amap.claims[other].text or other}"),
        }
        drawing.nodes.append((name, {**label, **({"style": "invis"} if hidden else {})}, fit.caption_size(LABEL, None)))
        line = {"style": "invis" if hidden else "dashed", "dir": "none"}
        drawing.lines.append((drawing.names[claim_id], name, {**line, "id": dom_id("restates", claim_id, "from")}))
        drawing.lines.append((name, drawing.names[other], {**line, "id": dom_id("restates", claim_id, "to")}))
