"""Keep the picture's proportions within what a slide or a page can hold.

A map with many reasons for one conclusion puts them all on one rank, and ``dot`` draws
one very long row. Before layout we estimate each node's size, rank the nodes as ``dot``
will (longest path from the conclusions), and while the widest rank makes the picture
wider than ``target`` (width/height), push every other group of nodes on that rank one
rank further from the conclusion by lengthening their outgoing edges (``minlen``). Rows
are wrapped, the lines between them stay short, and the result is deterministic.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..model import ArgumentMap

POINT = (8.0, 8.0)
NODESEP, RANKSEP = 0.22 * 72, 0.32 * 72
CHAR = 0.58  # average DejaVu Sans character width, in ems
MAX_ROUNDS = 12


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


def label_height(amap: ArgumentMap, legend: bool) -> float:
    """Rough height of the title, source line and legend above the drawing."""
    height = 30.0 + (16 if amap.source else 0)
    return height + (90 if legend else 0)


def target_ratio(page: str | None, direction: str) -> float:
    """Width/height the picture should not exceed (vertical layouts) or fall below."""
    return {"slide": 16 / 9, "a4": 1 / 1.414, "letter": 8.5 / 11}.get(page or "", 1.5)


def minimum_lengths(sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]],
                    target: float, direction: str, header: float) -> dict[int, int]:
    """``minlen`` per edge index (tail = premise side, head = conclusion side)."""
    vertical = direction in ("BT", "TB")
    if not vertical:  # ranks are columns: breadth is height, the limit is inverted
        sizes = {name: (h, w) for name, (w, h) in sizes.items()}
        target, header = 1 / target, 0.0
    minlen = {i: 1 for i in range(len(edges))}
    order = list(sizes)
    for _ in range(MAX_ROUNDS):
        rank = _ranks(order, edges, minlen)
        rows = _rows(rank, edges, sizes)
        breadth = {r: _breadth(row) for r, row in rows.items()}
        length = sum(max(h for _, h in row) for row in rows.values()) + RANKSEP * (len(rows) - 1) + header
        widest = max(breadth, key=lambda r: (breadth[r], -r), default=None)
        if widest is None or breadth[widest] <= target * length:
            break
        pushed = _to_push([n for n in order if rank.get(n) == widest], edges)
        if not pushed:
            break
        for i, (tail, _) in enumerate(edges):
            if tail in pushed:
                minlen[i] += 1
    return minlen


def _ranks(order: list[str], edges: list[tuple[str, str]], minlen: dict[int, int]) -> dict[str, int]:
    """Longest path from the nodes that lead nowhere (rank 0); cycles are cut where found."""
    out = defaultdict(list)
    for i, (tail, head) in enumerate(edges):
        out[tail].append((head, i))
    rank: dict[str, int] = {}
    visiting: set[str] = set()

    def visit(node: str) -> int:
        if node in rank:
            return rank[node]
        visiting.add(node)
        heads = [visit(h) + minlen[i] for h, i in out[node] if h not in visiting]
        visiting.discard(node)
        rank[node] = max(heads, default=0)
        return rank[node]

    for node in order:
        visit(node)
    return rank


def _rows(rank: dict[str, int], edges: list[tuple[str, str]], sizes) -> dict[int, list[tuple[float, float]]]:
    """Per rank the sizes of its nodes, plus a thin virtual node per edge passing through."""
    rows: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for node, r in rank.items():
        rows[r].append(sizes[node])
    for tail, head in edges:
        for r in range(rank[head] + 1, rank[tail]):
            rows[r].append((2.0, 0.0))
    return dict(sorted(rows.items()))


def _breadth(row: list[tuple[float, float]]) -> float:
    return sum(w for w, _ in row) + NODESEP * (len(row) - 1)


def _to_push(row: list[str], edges: list[tuple[str, str]]) -> set[str]:
    """Every other group of siblings (nodes leading to the same node); within a single
    group, every other node."""
    first_head = {}
    for tail, head in edges:
        first_head.setdefault(tail, head)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in row:
        groups[first_head.get(node, node)].append(node)
    ordered = list(groups.values())
    if len(ordered) >= 2:
        return {n for group in ordered[1::2] for n in group if n in first_head}
    return {n for n in ordered[0][1::2] if n in first_head} if ordered else set()
