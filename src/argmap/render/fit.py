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

from typing import Sequence

from ..model import ArgumentMap
from .estimate import Estimate

POINT = (8.0, 8.0)
CHAR = 0.52  # average DejaVu Sans character width, in ems (measured on the example maps)
MAX_ROUNDS = 24
MAX_TRIALS = 400  # estimates per map at most (~0.3 ms each for 30 nodes): bounded and deterministic
GAIN = 0.0  # how much of the page a move must gain (0: any gain)
MAX_NODES = 64  # ~40 claims: beyond, no slide or page holds the map legibly anyway; skip the search


def text_width(chars: int, size: float) -> float:
    return chars * size * CHAR


def box_size(lines: Sequence[str], byline: bool) -> tuple[float, float]:
    """Points wide and high of a claim's box at 12 pt."""
    width = max(text_width(max(len(line) for line in lines), 12), 30) + 2 * 0.11 * 72 + 6
    height = len(lines) * 14.5 + (13 if byline else 0) + 2 * 0.07 * 72 + 6
    return width, height


def caption_size(label: str | None, scheme: str | None) -> tuple[float, float]:
    texts = [t for t in (label, scheme) if t]
    chars = max((min(len(t), 24) for t in texts), default=4)
    lines = sum(-(-len(t) // 24) for t in texts) or 1
    return text_width(chars, 9.5) + 12, lines * 12 + 8


def title_size(amap: ArgumentMap) -> tuple[float, float]:
    """Rough points wide and high of the title and source line above the drawing."""
    from .legend import title_lines

    title, source = title_lines(amap)
    width = max(text_width(max(map(len, title)), 18) * 1.1, text_width(max(map(len, source), default=0), 10))
    return width, 24.0 * len(title) + 13.0 * len(source) + 8


DEFAULT_RATIO = 1.5  # width/height when no page is given: between a 16:9 slide and landscape A4
PAGE_SIZES = {"slide": (13.333, 7.5), "a4": (8.27, 11.69), "letter": (8.5, 11.0)}  # inches
PAGE_MARGIN = 0.3


def fit_page(sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]], movable: frozenset[str],
             page: str | None, direction: str, header: tuple[float, float]) -> tuple[list[int], str | None]:
    """Edge lengths that keep the picture's proportions, and the Graphviz ``size`` for a page.
    A4 and letter pages are tried upright and sideways; the one that holds the map larger wins."""
    if page is None:
        return minimum_lengths(sizes, edges, DEFAULT_RATIO, direction, header, movable)[0], None
    width, height = (x - 2 * PAGE_MARGIN for x in PAGE_SIZES[page])
    best: tuple[float, list[int], str] | None = None
    for page_w, page_h in [(width, height)] if page == "slide" else [(width, height), (height, width)]:
        minlen, needed = minimum_lengths(sizes, edges, page_w / page_h, direction, header, movable)
        if best is None or needed / page_w < best[0]:
            best = (needed / page_w, minlen, f"{page_w:g},{page_h:g}!")
    return best[1], best[2]


def minimum_lengths(sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]],
                    target: float, direction: str, header: tuple[float, float],
                    movable: frozenset[str] | None = None) -> tuple[list[int], float]:
    """``minlen`` per edge (tail = premise side, head = conclusion side), and the page width
    the picture then needs at full size (for a page of proportions ``target``). Only
    ``movable`` nodes (default: all) are moved; a move must gain more than ``GAIN``."""
    minlen = [1] * len(edges)
    if len(sizes) > MAX_NODES or not edges:
        return minlen, 0.0
    search = _Search(sizes, edges, target, direction, header)
    allowed = {search.index[t] for t, _ in edges if movable is None or t in movable}
    current, movers = search.badness(minlen)
    for _ in range(MAX_ROUNDS):
        move = search.best_move(minlen, current * (1 - GAIN), allowed, movers)
        if move is None:
            break
        current, minlen, movers = move
        if search.budget <= 0:
            break
    return minlen, current


class _Search:
    """Tries moves: one node (and so its subtree) one rank further from its conclusion."""

    def __init__(self, sizes, edges, target: float, direction: str, header: tuple[float, float]):
        self.vertical = direction in ("BT", "TB")
        if not self.vertical:  # ranks are columns: across them is the picture's height
            sizes = {name: (h, w) for name, (w, h) in sizes.items()}
        self.edges, self.target, self.header, self.budget = edges, target, header, MAX_TRIALS
        self.estimate = Estimate(sizes, edges, header[1] if self.vertical else 0.0)
        self.index = {name: i for i, name in enumerate(self.estimate.names)}

    def badness(self, lengths: list[int]) -> tuple[float, set[int]]:
        """The page width the picture needs at full size, and the nodes worth moving next."""
        breadth, length, movers = self.estimate.measure(lengths)
        width, height = (breadth, length) if self.vertical else (length, breadth + self.header[1])
        return max(width, self.header[0], self.target * height), movers

    def best_move(self, minlen: list[int], bar: float, allowed: set[int], movers: set[int]):
        """(badness, minlen, movers) of the best move under ``bar``: the likely moves (nodes on
        or above the widest rank) first, all others only when none of those helps."""
        best = None
        for group in (allowed & movers, allowed - movers):
            for node in sorted(group)[:self.budget]:
                self.budget -= 1
                name = self.estimate.names[node]
                trial = [m + 1 if tail == name else m for m, (tail, _) in zip(minlen, self.edges)]
                score, trial_movers = self.badness(trial)
                if score < (best[0] if best else bar):
                    best = (score, trial, trial_movers)
            if best is not None:
                return best
        return None
