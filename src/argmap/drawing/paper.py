"""Pictures the size of the page asked for: ``--page a4`` gives an A4 PDF (upright or
sideways, as the layout chose), ``--page slide`` a 16:9 picture, the drawing centred with
at least the page margin around it.

Graphviz makes the picture as large as the drawing plus its ``pad``, and a ``size`` scales
both together. So once the drawing is measured at the scale that fits the page less its
margins, the pad is widened on each axis until drawing and pad have the page's proportions,
and the size set to the whole page: the scale stays the same, and the picture is the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argmap.drawing.fit import PAGE_MARGIN

_SIZE = re.compile(r'^\tsize="([\d.]+),([\d.]+)!"$', re.M)


@dataclass(frozen=True)
class Measure:
    """The laid-out picture: ``width`` × ``height`` in inches as drawn (scale and pad
    applied), and ``scale``, what a ``size`` (``--page``) shrank it by."""

    width: float
    height: float
    scale: float


def page_inches(source: str) -> tuple[float, float] | None:
    """The page (inches, in the orientation the layout chose) that ``source``'s ``size`` was
    made for: the size plus a margin on each side; None without a size."""
    found = _SIZE.search(source)
    if found is None:
        return None
    return float(found.group(1)) + 2 * PAGE_MARGIN, float(found.group(2)) + 2 * PAGE_MARGIN


def _whole_points(inches: float) -> float:
    """The side in inches Graphviz turns into the page's side in whole points (A4's 841.89 pt
    as 842): it rounds the picture's size down, so half a point more is asked for."""
    return (round(inches * 72) + 0.5) / 72


def on_page(source: str, measure: Measure, pad: float) -> str:
    """``source`` drawn to fill its whole page: pad and size set after every other graph
    attribute (later ones win). Unchanged when it has no page size or nothing was measured."""
    page = page_inches(source)
    if page is None or measure.scale <= 0:
        return source
    width, height = (_whole_points(side) for side in page)
    drawing_w = measure.width / measure.scale - 2 * pad  # unscaled inches, without the pad
    drawing_h = measure.height / measure.scale - 2 * pad
    pad_x = max((width / measure.scale - drawing_w) / 2, pad)
    pad_y = max((height / measure.scale - drawing_h) / 2, pad)
    head, _, tail = source.rstrip().rpartition("}")
    return f'{head}\tgraph [pad="{pad_x:.4f},{pad_y:.4f}" size="{width:.4f},{height:.4f}!"]\n}}{tail}\n'
