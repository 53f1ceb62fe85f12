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

POINT = (8.0, 8.0)
NODESEP, RANKSEP = 0.22 * 72, 0.32 * 72
CHAR = 0.52  # average DejaVu Sans character width, in ems (measured on the example maps)
VIRTUAL = 4.0  # breadth of an edge passing through a rank
MAX_ROUNDS = 24
GAIN = 0.0  # how much of the page a move must gain (0: any gain)
MAX_NODES = 160  # beyond this no page holds the map legibly anyway; skip the search


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


class _Estimate:
    """The picture's breadth (across ranks) and length (along them) for given minlens."""

    def __init__(self, sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]], header: float):
        self.sizes, self.edges, self.header = sizes, edges, header
        self.order = {name: i for i, name in enumerate(sizes)}

    def measure(self, minlen: list[int]) -> tuple[float, float]:
        rank = self._ranks(minlen)
        parent = self._parents(rank)
        children: dict[str | None, list[str]] = {}
        for node in self.sizes:
            children.setdefault(parent.get(node), []).append(node)
        roots = self._row(children.get(None, []), children, rank)
        breadth = max(right - left for left, right in roots.values()) if roots else 0.0
        thickness: dict[int, float] = {}
        for node, (_, h) in self.sizes.items():
            thickness[rank[node]] = max(thickness.get(rank[node], 0.0), h)
        length = sum(thickness.values()) + RANKSEP * (max(rank.values(), default=0)) + self.header
        return breadth, length

    def _ranks(self, minlen: list[int]) -> dict[str, int]:
        """Longest path from the nodes that lead nowhere (rank 0); cycles cut where found."""
        out: dict[str, list[tuple[str, int]]] = {}
        for i, (tail, head) in enumerate(self.edges):
            out.setdefault(tail, []).append((head, i))
        rank: dict[str, int] = {}
        visiting: set[str] = set()

        def visit(node: str) -> int:
            if node not in rank:
                visiting.add(node)
                rank[node] = max((visit(h) + minlen[i] for h, i in out.get(node, ()) if h not in visiting),
                                 default=0)
                visiting.discard(node)
            return rank[node]

        for node in self.sizes:
            visit(node)
        return rank

    def _parents(self, rank: dict[str, int]) -> dict[str, str]:
        parent: dict[str, str] = {}
        for tail, head in self.edges:
            if tail not in parent and rank[head] < rank[tail]:
                parent[tail] = head
        return parent

    def _subtree(self, node: str, children, rank) -> dict[int, tuple[float, float]]:
        """Contour of ``node``'s subtree: per rank (left, right), ``node`` centred at 0."""
        width = self.sizes[node][0]
        kids = children.get(node, [])
        if not kids:
            return {rank[node]: (-width / 2, width / 2)}
        row = self._row(kids, children, rank, lead=(node, rank[node]))
        row[rank[node]] = (-width / 2, width / 2)
        return row

    def _row(self, nodes: list[str], children, rank, lead=None) -> dict[int, tuple[float, float]]:
        """Subtrees packed left to right along their contours, centred under ``lead``."""
        merged: dict[int, tuple[float, float]] = {}
        centres = []
        for node in nodes:
            contour = self._subtree(node, children, rank)
            if lead is not None:  # the edge up to the lead passes the ranks in between
                for r in range(lead[1] + 1, rank[node]):
                    contour[r] = (-VIRTUAL / 2, VIRTUAL / 2)
            shift = max((merged[r][1] + NODESEP - left for r, (left, _) in contour.items() if r in merged),
                        default=0.0)
            centres.append(shift)
            for r, (left, right) in contour.items():
                old = merged.get(r, (left + shift, right + shift))
                merged[r] = (min(old[0], left + shift), max(old[1], right + shift))
        middle = (centres[0] + centres[-1]) / 2 if centres else 0.0
        return {r: (left - middle, right - middle) for r, (left, right) in merged.items()}


def minimum_lengths(sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]],
                    target: float, direction: str, header: tuple[float, float],
                    movable: frozenset[str] | None = None) -> tuple[list[int], float]:
    """``minlen`` per edge (tail = premise side, head = conclusion side), and the page width
    the picture then needs at full size (for a page of proportions ``target``). Only
    ``movable`` nodes (default: all) are moved; a move must gain more than ``GAIN``."""
    minlen = [1] * len(edges)
    if len(sizes) > MAX_NODES or not edges:
        return minlen, 0.0
    vertical = direction in ("BT", "TB")
    if not vertical:  # ranks are columns: across them is the picture's height
        sizes = {name: (h, w) for name, (w, h) in sizes.items()}
    header_width, header_height = header
    estimate = _Estimate(sizes, edges, header_height if vertical else 0.0)

    def badness(lengths: list[int]) -> float:
        breadth, length = estimate.measure(lengths)
        width, height = (breadth, length) if vertical else (length, breadth + header_height)
        return max(width, header_width, target * height)  # the page width needed at full size

    current = badness(minlen)
    candidates = sorted({t for t, _ in edges if movable is None or t in movable}, key=estimate.order.__getitem__)
    for _ in range(MAX_ROUNDS):
        best, best_lengths = current * (1 - GAIN), None
        for node in candidates:
            trial = [m + 1 if tail == node else m for m, (tail, _) in zip(minlen, edges)]
            score = badness(trial)
            if score < best:
                best, best_lengths = score, trial
        if best_lengths is None:
            break
        current, minlen = best, best_lengths
    return minlen, current
