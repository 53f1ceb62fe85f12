"""Keep the picture's proportions within what a slide or a page can hold.

A map with many reasons for one conclusion puts them all on one rank, and ``dot`` draws
one very long row. Before layout we estimate each node's size and the picture ``dot``
will draw — ranks by longest path from the conclusions, sibling subtrees packed side by
side along their contours as a tidy-tree layout does — and then, greedily, move whole
subtrees one rank further from their conclusion (a longer ``minlen`` on their outgoing
edges) while that lets the picture be drawn larger on a page of the target proportions.
Rows are wrapped, not squeezed, and the result depends only on the map: deterministic.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Sequence

from argmap.drawing.measure import width as measured
from argmap.drawing.search import MAX_NODES, Layout, estimate_for, minimum_lengths
from argmap.model import ArgumentMap

POINT = (8.0, 8.0)
CHAR = 0.52  # average DejaVu Sans character width, in ems (measured on the example maps)


def text_width(chars: int, size: float) -> float:
    return chars * size * CHAR


def box_size(widths: Sequence[float], byline: bool, byline_text: str = "") -> tuple[float, float]:
    """Points wide and high of a claim's box at 12 pt (the byline at 10 pt), from how wide
    each line of its text is at 12 pt (``labels.wrap_widths``)."""
    text = max(max(widths), _byline_width(byline_text))
    width = max(text, 30) + 2 * 0.11 * 72 + 6
    height = len(widths) * 14.5 + (13.5 if byline else 0) + 2 * 0.07 * 72 + 6
    return width, height


@lru_cache(maxsize=1024)
def _byline_width(text: str) -> float:
    """Points wide a byline is at 10 pt: a map has few speakers, and many claims by each."""
    return measured(text, 10)


def caption_size(label: str | None, scheme: str | None) -> tuple[float, float]:
    from argmap.drawing.labels import wrap

    lines = [line for t in (label, scheme) if t for line in wrap(t.replace("-", " ") if t is scheme else t, 24, 11)]
    widest = max((measured(line, 11) for line in lines), default=text_width(4, 11))
    return widest + 15, (len(lines) or 1) * 13.5 + 10


def title_size(amap: ArgumentMap) -> tuple[float, float]:
    """Rough points wide and high of the title and source line above the drawing."""
    from argmap.drawing.graph_title import title_lines

    title, source = title_lines(amap)
    width = max([measured(line, 18, bold=True) for line in title] + [measured(line, 10) for line in source])
    return width, 24.0 * len(title) + 13.0 * len(source) + 8


DEFAULT_RATIO = 1.5  # width/height when no page is given: between a 16:9 slide and landscape A4
PAGE_SIZES = {"slide": (13.333, 7.5), "a4": (8.27, 11.69), "letter": (8.5, 11.0)}  # inches
PAGE_MARGIN = 0.3


__all__ = ["Layout", "fit_page", "minimum_lengths"]  # the search's own names, used from here


def fit_page(
    sizes: dict[str, tuple[float, float]],
    edges: list[tuple[str, str]],
    movable: frozenset[str],
    boxes: frozenset[str],
    page: str | None,
    direction: str,
    header: tuple[float, float],
) -> tuple[Layout, str | None]:
    """Edge lengths and stacked nodes that keep the picture's proportions, and the Graphviz
    ``size`` for a page. A4 and letter are tried upright and sideways; the one that holds
    the map larger wins. Remembered: the steps of a reveal draw the same boxes and lines
    (some invisible), so only the first step searches (in whichever thread gets there first)."""
    key = (tuple(sizes.items()), tuple(edges), movable, boxes, page, direction, header)
    with _CHOSEN_LOCK:
        found = _CHOSEN.get(key)
        if found is None:
            if len(_CHOSEN) >= 32:
                _CHOSEN.clear()
            found = _CHOSEN[key] = _fit_page(sizes, edges, movable, boxes, page, direction, header)
    return found


_CHOSEN: dict[tuple, tuple[Layout, str | None]] = {}
_CHOSEN_LOCK = threading.Lock()


def _fit_page(sizes, edges, movable, boxes, page, direction, header) -> tuple[Layout, str | None]:
    if page is None:
        return minimum_lengths(sizes, edges, DEFAULT_RATIO, direction, header, movable, boxes)[0], None
    width, height = (x - 2 * PAGE_MARGIN for x in PAGE_SIZES[page])
    best: tuple[float, Layout, str] | None = None
    # both orientations measure the same pictures at first: one estimate remembers them for both
    shared = estimate_for(sizes, edges, direction, header) if edges and len(sizes) <= MAX_NODES else None
    for page_w, page_h in [(width, height)] if page == "slide" else [(width, height), (height, width)]:
        layout, needed = minimum_lengths(sizes, edges, page_w / page_h, direction, header, movable, boxes, shared)
        if best is None or needed / page_w < best[0]:
            best = (needed / page_w, layout, f"{page_w:g},{page_h:g}!")
    assert best is not None  # at least one orientation was tried
    return best[1], best[2]
