"""An estimate of the picture ``dot`` will draw, fast enough to try hundreds of variants.

Ranks are longest paths from the nodes that lead nowhere (as ``dot`` ranks a tree); each
node hangs under the first node it leads to, and sibling subtrees are packed side by side
along their contours, as a tidy-tree layout does, with a thin virtual node wherever a
longer edge passes a rank. A node may also be *stacked* under a sibling (an invisible edge
in the DOT): it then hangs under that sibling, and its own edge passes beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.drawing.themes import NODESEP as NODESEP_INCHES, RANKSEP as RANKSEP_INCHES

NODESEP, RANKSEP = NODESEP_INCHES * 72, RANKSEP_INCHES * 72  # points
VIRTUAL = 4.0  # breadth of an edge passing through a rank
BESIDE = 2 * NODESEP + VIRTUAL  # what an edge passing beside a box adds to its rank
STACKED = -1  # edge index of a stacking edge (minlen 1)


@dataclass(frozen=True)
class Shape:
    breadth: float
    length: float
    movers: frozenset[int]  # nodes whose move could narrow the widest rank
    rank: list[int]
    parent: list[int | None]
    children: list[list[int]]


class _Tree:
    """Order, parents and children for one set of stacked nodes; cycles cut once."""

    def __init__(self, out: list[list[tuple[int, int]]]):
        self.out = out
        self.topo = self._order()
        self.parent = [next((h for h, _ in heads), None) for heads in out]
        self.children: list[list[int]] = [[] for _ in out]
        for i, p in enumerate(self.parent):
            if p is not None:
                self.children[p].append(i)
        self.roots = [i for i, p in enumerate(self.parent) if p is None]

    def _order(self) -> list[int]:
        """Nodes with every node they lead to before them; edges closing a cycle are dropped."""
        state = [0] * len(self.out)  # 0 new, 1 on the path, 2 done
        order: list[int] = []
        for start in range(len(self.out)):
            if state[start]:
                continue
            state[start], stack = 1, [(start, iter(list(self.out[start])))]
            while stack:
                node, heads = stack[-1]
                step = next(heads, None)
                if step is None:
                    stack.pop()
                    state[node] = 2
                    order.append(node)
                elif state[step[0]] == 1:
                    self.out[node].remove(step)  # a cycle: leave this edge out of the estimate
                elif state[step[0]] == 0:
                    state[step[0]] = 1
                    stack.append((step[0], iter(list(self.out[step[0]]))))
        return order


class Estimate:
    def __init__(self, sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]], header: float):
        self.names = list(sizes)
        index = {name: i for i, name in enumerate(self.names)}
        self.width = [sizes[n][0] for n in self.names]
        self.height = [sizes[n][1] for n in self.names]
        self.header = header
        self.out: list[list[tuple[int, int]]] = [[] for _ in self.names]
        for e, (tail, head) in enumerate(edges):
            if tail in index and head in index:  # a half-read map (--force) may point at an undrawn node
                self.out[index[tail]].append((index[head], e))
        self._trees: dict[tuple, _Tree] = {}

    def tree(self, stacked: dict[int, int]) -> _Tree:
        key = tuple(sorted(stacked.items()))
        if key not in self._trees:
            out = [list(heads) for heads in self.out]
            for node, under in stacked.items():
                out[node].insert(0, (under, STACKED))
            self._trees[key] = _Tree(out)
        return self._trees[key]

    def measure(self, minlen: list[int], stacked: dict[int, int] | None = None) -> Shape:
        tree = self.tree(stacked or {})
        rank = [0] * len(self.names)
        for node in tree.topo:
            rank[node] = max((rank[h] + (minlen[e] if e >= 0 else 1) for h, e in tree.out[node]), default=0)
        left, right = self._pack(tree, tree.roots, rank, 0, stacked or {})
        spans = [r - l for l, r in zip(left, right)]
        widest = max(range(len(spans)), key=lambda d: (spans[d], -d), default=0)
        thickness: dict[int, float] = {}
        for node, r in enumerate(rank):
            thickness[r] = max(thickness.get(r, 0.0), self.height[node])
        length = sum(thickness.values()) + RANKSEP * max(rank, default=0) + self.header
        movers = self._above(tree, [n for n, r in enumerate(rank) if r == widest])
        return Shape(spans[widest] if spans else 0.0, length, movers, rank, tree.parent, tree.children)

    @staticmethod
    def _above(tree: _Tree, nodes: list[int]) -> frozenset[int]:
        found: set[int] = set()
        for node in nodes:
            while node is not None and node not in found:
                found.add(node)
                node = tree.parent[node]
        return frozenset(found)

    def _contour(self, tree: _Tree, node: int, rank: list[int], stacked) -> tuple[list[float], list[float]]:
        """Per rank from ``node``'s own downwards, (left, right) with ``node`` centred at 0."""
        half = self.width[node] / 2
        beside = BESIDE * self._stacked_below(tree, node, stacked)
        if not tree.children[node]:
            return [-half], [half + beside]
        left, right = self._pack(tree, tree.children[node], rank, rank[node] + 1, stacked)
        return [-half] + left, [half + beside] + right

    def _stacked_below(self, tree: _Tree, node: int, stacked) -> int:
        """How many stacked boxes hang below ``node``: each one's edge passes beside it."""
        return sum(1 + self._stacked_below(tree, kid, stacked) for kid in tree.children[node]
                   if stacked.get(kid) == node)

    def _pack(self, tree: _Tree, nodes: list[int], rank: list[int], top: int,
              stacked) -> tuple[list[float], list[float]]:
        """Subtrees side by side from rank ``top`` down, centred between the outer ones."""
        left: list[float] = []
        right: list[float] = []
        centres = []
        for node in nodes:
            gap = rank[node] - top  # ranks the edge up passes before the node
            kid_left, kid_right = self._contour(tree, node, rank, stacked)
            kid_left = [-VIRTUAL / 2] * gap + kid_left
            kid_right = [VIRTUAL / 2] * gap + kid_right
            shift = max((right[d] + NODESEP - kid_left[d] for d in range(min(len(right), len(kid_left)))),
                        default=0.0)
            centres.append(shift)
            for d, (lo, hi) in enumerate(zip(kid_left, kid_right)):
                if d < len(left):
                    left[d], right[d] = min(left[d], lo + shift), max(right[d], hi + shift)
                else:
                    left.append(lo + shift)
                    right.append(hi + shift)
        middle = (centres[0] + centres[-1]) / 2 if centres else 0.0
        return [x - middle for x in left], [x - middle for x in right]
