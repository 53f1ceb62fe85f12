"""The greedy search behind ``fit``: which edges to lengthen and which rows of sibling boxes to
wrap so that the estimated picture fits a page of the target proportions.

Each round tries every move (a node, and so its subtree, one rank further from its
conclusion; a row of sibling boxes wrapped into columns), measured from the current picture by
``estimate.Estimate``, and keeps the best; at most MAX_TRIALS measurements in all, so the
search is bounded and deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.drawing.estimate import Estimate, Shape

MAX_ROUNDS = 24
MAX_TRIALS = 400  # estimates per map at most (each measured from the current picture): bounded, deterministic
GAIN = 0.0  # how much of the page a move must gain (0: any gain)
MAX_NODES = 64  # ~40 claims: beyond, no slide or page holds the map legibly anyway; skip the search


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
    search = _Search(estimate or estimate_for(sizes, edges, direction, header), edges, target, direction, header)
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


def estimate_for(sizes, edges, direction: str, header: tuple[float, float]) -> Estimate:
    """The estimate the search measures with: ranks run down the page (BT, TB) or across it."""
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
