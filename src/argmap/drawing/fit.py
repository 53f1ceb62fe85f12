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
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from argmap.drawing.estimate import Estimate, Shape
from argmap.drawing.measure import width as measured
from argmap.model import ArgumentMap

POINT = (8.0, 8.0)
CHAR = 0.52  # average DejaVu Sans character width, in ems (measured on the example maps)
MAX_ROUNDS = 24
MAX_TRIALS = 400  # estimates per map at most (each measured from the current picture): bounded, deterministic
GAIN = 0.0  # how much of the page a move must gain (0: any gain)
MAX_NODES = 64  # ~40 claims: beyond, no slide or page holds the map legibly anyway; skip the search


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
    from argmap.drawing.legend import title_lines

    title, source = title_lines(amap)
    width = max([measured(line, 18, bold=True) for line in title] + [measured(line, 10) for line in source])
    return width, 24.0 * len(title) + 13.0 * len(source) + 8


DEFAULT_RATIO = 1.5  # width/height when no page is given: between a 16:9 slide and landscape A4
PAGE_SIZES = {"slide": (13.333, 7.5), "a4": (8.27, 11.69), "letter": (8.5, 11.0)}  # inches
PAGE_MARGIN = 0.3


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
    shared = _estimate(sizes, edges, direction, header) if edges and len(sizes) <= MAX_NODES else None
    for page_w, page_h in [(width, height)] if page == "slide" else [(width, height), (height, width)]:
        layout, needed = minimum_lengths(sizes, edges, page_w / page_h, direction, header, movable, boxes, shared)
        if best is None or needed / page_w < best[0]:
            best = (needed / page_w, layout, f"{page_w:g},{page_h:g}!")
    assert best is not None  # at least one orientation was tried
    return best[1], best[2]


@dataclass(frozen=True)
class Layout:
    """What the search chose: ``minlen`` per edge, and (node, sibling) pairs where a node is
    stacked under its sibling by an invisible edge, so long rows of siblings wrap."""

    minlen: list[int]
    stacked: tuple[tuple[str, str], ...] = ()


def minimum_lengths(
    sizes: dict[str, tuple[float, float]],
    edges: list[tuple[str, str]],
    target: float,
    direction: str,
    header: tuple[float, float],
    movable: frozenset[str] | None = None,
    boxes: frozenset[str] = frozenset(),
    estimate: Estimate | None = None,
) -> tuple[Layout, float]:
    """The layout, and the page width the picture then needs at full size (for a page of
    proportions ``target``). Only ``movable`` nodes move; only ``boxes`` are stacked.
    ``estimate``: one made by ``_estimate`` for these sizes, edges, direction and header."""
    if len(sizes) > MAX_NODES or not edges:
        return Layout([1] * len(edges)), 0.0
    search = _Search(estimate or _estimate(sizes, edges, direction, header), edges, target, direction, header)
    allowed = {search.index[t] for t, _ in edges if movable is None or t in movable}
    state = _State([1] * len(edges), {})
    current, shape = search.badness(state)
    for _ in range(MAX_ROUNDS):
        move = search.best_move(state, shape, current * (1 - GAIN), allowed, {search.index[b] for b in boxes})
        if move is None:
            break
        current, state, shape = move
        if search.budget <= 0:
            break
    names = search.estimate.names
    return Layout(state.minlen, tuple((names[v], names[u]) for v, u in sorted(state.stacked.items()))), current


def _estimate(sizes, edges, direction: str, header: tuple[float, float]) -> Estimate:
    if direction not in ("BT", "TB"):  # ranks are columns: across them is the picture's height
        return Estimate({name: (h, w) for name, (w, h) in sizes.items()}, edges, 0.0)
    return Estimate(sizes, edges, header[1])


@dataclass(frozen=True)
class _State:
    minlen: list[int]
    stacked: dict[int, int]


class _Search:
    """Tries moves: a node (and so its subtree) one rank further from its conclusion, or a
    box stacked under the sibling box before it."""

    def __init__(self, estimate: Estimate, edges, target: float, direction: str, header: tuple[float, float]):
        self.vertical = direction in ("BT", "TB")
        self.edges, self.target, self.header, self.budget = edges, target, header, MAX_TRIALS
        self.estimate = estimate
        self.index = {name: i for i, name in enumerate(self.estimate.names)}
        self.edges_from: list[list[int]] = [[] for _ in self.index]  # each node's edges, by index
        for edge, (tail, _) in enumerate(edges):
            if tail in self.index:
                self.edges_from[self.index[tail]].append(edge)

    def badness(self, state: _State, base: Shape | None = None) -> tuple[float, Shape]:
        """The page width the picture needs at full size, and its estimated shape (measured
        from ``base``, the current picture, when the state differs from it in a few nodes)."""
        shape = self.estimate.measure(state.minlen, state.stacked, base)
        width, height = (
            (shape.breadth, shape.length) if self.vertical else (shape.length, shape.breadth + self.header[1])
        )
        return max(width, self.header[0], self.target * height), shape

    def best_move(self, state: _State, shape: Shape, bar: float, allowed: set[int], boxes: set[int]):
        """(badness, state, shape) of the best move under ``bar``: wrapping a row of sibling
        boxes into columns, or moving a node a rank down (nodes on or above the widest rank
        first, all others only when none of those helps). Equal page widths: the shorter
        picture wins (even columns, not one tall one)."""
        best = None
        wraps = [trial for fan in self._fans(boxes).items() for trial in self._wraps(state, fan)]
        for group in (allowed & shape.movers, allowed - shape.movers):
            pushes = [self._push(state, node) for node in sorted(group)]
            for trial in wraps + pushes:
                if self.budget <= 0:
                    return best
                self.budget -= 1
                score, trial_shape = self.badness(trial, shape)
                if (score, trial_shape.length) < ((best[0], best[2].length) if best else (bar, 0.0)):
                    best = (score, trial, trial_shape)
            if best is not None:
                return best
            wraps = []
        return None

    def _push(self, state: _State, node: int) -> _State:
        minlen = list(state.minlen)
        for edge in self.edges_from[node]:
            minlen[edge] += 1
        return _State(minlen, state.stacked)

    def _fans(self, boxes: set[int]) -> dict[int, list[int]]:
        """Per node, its premises that are boxes with nothing leading to them, if three or more."""
        tree = self.estimate.tree({})
        fans = {}
        for parent, kids in enumerate(tree.children):
            leaves = [k for k in kids if k in boxes and not tree.children[k]]
            if len(leaves) >= 3:
                fans[parent] = leaves
        return fans

    def _wraps(self, state: _State, fan: tuple[int, list[int]]):
        """The fan's boxes in 1, 2, … columns, each box stacked under the one before it."""
        leaves = fan[1]
        rest = {node: under for node, under in state.stacked.items() if node not in leaves}
        for columns in range(1, len(leaves)):
            height = -(-len(leaves) // columns)
            stacked = dict(rest)
            for start in range(0, len(leaves), height):
                column = leaves[start : start + height]
                stacked.update(zip(column[1:], column[:-1]))
            if stacked != state.stacked:
                yield _State(state.minlen, stacked)
