"""An estimate of the picture ``dot`` will draw, fast enough to try hundreds of variants.

Ranks are longest paths from the nodes that lead nowhere (as ``dot`` ranks a tree); each
node hangs under the first node it leads to, and sibling subtrees are packed side by side
along their contours, as a tidy-tree layout does, with a thin virtual node wherever a
longer edge passes a rank. A node may also be *stacked* under a sibling (an invisible edge
in the DOT): it then hangs under that sibling, and its own edge passes beside it.

The search tries variants that differ from its current picture in one subtree, so a trial is
measured from that picture (``base``): only the ranks that change are worked out again, only
the subtrees on the way from the change to the root are packed again (contours are kept by
key in ``tidytree.Contours``), and the result is exactly what a measure from scratch gives.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, count
from operator import ne

from argmap.drawing.themes import RANKSEP as RANKSEP_INCHES
from argmap.drawing.tidytree import BESIDE, NODESEP, VIRTUAL, Contours, Tree

__all__ = ["BESIDE", "NODESEP", "RANKSEP", "STACKED", "VIRTUAL", "Estimate", "Shape"]

RANKSEP = RANKSEP_INCHES * 72  # points
STACKED = -1  # edge index of a stacking edge (minlen 1)


@dataclass(frozen=True)
class Shape:
    breadth: float
    length: float
    widest: int  # the widest rank
    rank: list[int]
    tree: Tree = field(repr=False)
    minlen: list[int] = field(repr=False)
    sign: list[int] = field(repr=False)  # each node's subtree contour number
    below: list[int] = field(repr=False)  # stacked boxes hanging below each node

    @cached_property
    def movers(self) -> frozenset[int]:
        """Nodes whose move could narrow the widest rank: those on it and above them."""
        return self.tree.above([n for n, r in enumerate(self.rank) if r == self.widest])


class Estimate:
    def __init__(self, sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]], header: float):
        self.names = list(sizes)
        index = {name: i for i, name in enumerate(self.names)}
        self.width = [sizes[n][0] for n in self.names]
        self.height = [sizes[n][1] for n in self.names]
        self.header = header
        self.out: list[list[tuple[int, int]]] = [[] for _ in self.names]
        self.tail: list[int | None] = []
        for e, (tail, head) in enumerate(edges):
            drawn = tail in index and head in index  # a half-read map (--force) may point at an undrawn node
            self.tail.append(index[tail] if drawn else None)
            if drawn:
                self.out[index[tail]].append((index[head], e))
        self._trees: dict[tuple, Tree] = {}
        self._shapes: dict[tuple, Shape] = {}  # by edge lengths and stacking: a picture measured once
        self._contours = Contours()
        # for the thickness of ranks: the nodes by height, lowest first (sorted is stable)
        self._by_height = sorted(range(len(self.names)), key=self.height.__getitem__)
        self._heights = [self.height[n] for n in self._by_height]
        self._all_high = all(h > 0.0 for h in self.height)

    def tree(self, stacked: dict[int, int], near: Tree | None = None, key: tuple | None = None) -> Tree:
        """The tree for these stacked nodes; derived from ``near`` when only a few nodes
        that nothing leads to are stacked otherwise (a trial wrap of a row)."""
        key = tuple(sorted(stacked.items())) if key is None else key
        found = self._trees.get(key)
        if found is None:
            if near is not None:
                changes = {
                    node: self._heads(node, stacked)
                    for node in near.stacked.keys() | stacked.keys()
                    if near.stacked.get(node) != stacked.get(node)
                }
                found = near.restacked(changes, stacked)
            if found is None:
                found = Tree([self._heads(node, stacked) for node in range(len(self.names))], stacked)
            self._trees[key] = found
        return found

    def _heads(self, node: int, stacked: dict[int, int]) -> list[tuple[int, int]]:
        under = stacked.get(node)
        return list(self.out[node]) if under is None else [(under, STACKED), *self.out[node]]

    def measure(self, minlen: list[int], stacked: dict[int, int] | None = None, base: Shape | None = None) -> Shape:
        """The picture with these edge lengths and stacked nodes; from ``base`` (a measured
        picture that differs in a few nodes) only what the difference touches is redone.
        Remembered: the search for a page's other orientation measures many of the same."""
        stacked = stacked or {}
        stacking = tuple(sorted(stacked.items()))
        key = (tuple(minlen), stacking)
        found = self._shapes.get(key)
        if found is None:
            found = self._shapes[key] = self._measure(minlen, stacked, stacking, base)
        return found

    def _measure(self, minlen: list[int], stacked: dict[int, int], stacking: tuple, base: Shape | None) -> Shape:
        tree = self.tree(stacked, base.tree if base else None, stacking)
        if base is None:
            rank, sign, below = self._from_scratch(tree, minlen, stacked)
        else:
            rank, sign, below = self._from_base(base, tree, minlen, stacked)
        breadth, widest = self._contours.widest(tuple((rank[r], sign[r]) for r in tree.roots))
        length = self._thickness(rank) + RANKSEP * max(rank, default=0) + self.header
        return Shape(breadth, length, widest, rank, tree, minlen, sign, below)

    def _thickness(self, rank: list[int]) -> float:
        """The tallest node's height on each rank, summed in the order the ranks first occur
        among the nodes (the order the sum has always had: the same float)."""
        if not self._all_high:  # a rank of nodes without height counts for nothing
            thickness: dict[int, float] = {}
            for r, height in zip(rank, self.height):
                if height > thickness.get(r, 0.0):
                    thickness[r] = height
            return sum(thickness.values())
        tallest = dict(zip(map(rank.__getitem__, self._by_height), self._heights))  # the last is the tallest
        return sum(map(tallest.__getitem__, dict.fromkeys(rank)))

    def _from_scratch(self, tree: Tree, minlen: list[int], stacked: dict[int, int]):
        size = len(self.names)
        rank, sign, below = [0] * size, [-1] * size, [0] * size
        for node in tree.topo:
            rank[node] = self._rank(tree, node, rank, minlen)
        for node in reversed(tree.topo):
            self._sign(tree, node, rank, sign, below, stacked)
        return rank, sign, below

    def _from_base(self, base: Shape, tree: Tree, minlen: list[int], stacked: dict[int, int]):
        """Ranks again from the nodes whose edges changed, towards the nodes leading to them;
        contours again (children before parents) where a rank gap or a child changed: a
        subtree that only moved down as a whole keeps its contour, its parent's changes."""
        rank, sign, below = list(base.rank), list(base.sign), list(base.below)
        changed = set(map(self.tail.__getitem__, compress(count(), map(ne, base.minlen, minlen))))
        if tree is not base.tree:
            changed.update(compress(count(), map(ne, base.tree.out, tree.out)))
        touched: set[int] = {n for n in changed if n is not None}
        shift = self._rerank(tree, rank, minlen, touched)
        again = set(touched)
        again.update(p for n in touched for p in (tree.parent[n], base.tree.parent[n]) if p is not None)
        for node, by in shift.items():
            parent = tree.parent[node]
            if parent is not None and shift.get(parent, 0) != by:
                again.add(parent)
            kids = tree.children[node]
            if kids and any(shift.get(kid, 0) != by for kid in kids):
                again.add(node)
        queue = [(-tree.position[n], n) for n in again]
        heapq.heapify(queue)
        while queue:  # in order: children before their parents
            _, node = heapq.heappop(queue)
            parent = tree.parent[node]
            if self._sign(tree, node, rank, sign, below, stacked) and parent is not None and parent not in again:
                again.add(parent)
                heapq.heappush(queue, (-tree.position[parent], parent))
        return rank, sign, below

    def _rerank(self, tree: Tree, rank: list[int], minlen: list[int], touched: set[int]) -> dict[int, int]:
        """Ranks again from ``touched`` on (in place), each node after all it leads to; how far
        each node whose rank changed moved."""
        shift: dict[int, int] = {}
        queued = set(touched)
        queue = [(tree.position[n], n) for n in touched]
        heapq.heapify(queue)
        while queue:
            _, node = heapq.heappop(queue)
            new = self._rank(tree, node, rank, minlen)
            if new != rank[node]:
                shift[node], rank[node] = new - rank[node], new
                for tail in tree.into[node]:
                    if tail not in queued:
                        queued.add(tail)
                        heapq.heappush(queue, (tree.position[tail], tail))
        return shift

    @staticmethod
    def _rank(tree: Tree, node: int, rank: list[int], minlen: list[int]) -> int:
        heads = tree.out[node]
        if len(heads) == 1:  # most nodes lead to one node
            head, edge = heads[0]
            return rank[head] + (minlen[edge] if edge >= 0 else 1)
        return max((rank[h] + (minlen[e] if e >= 0 else 1) for h, e in heads), default=0)

    def _sign(self, tree: Tree, node: int, rank, sign, below, stacked) -> bool:
        """Works out the number of ``node``'s subtree contour; whether it changed."""
        kids = tree.children[node]
        below[node] = sum(1 + below[k] for k in kids if stacked.get(k) == node) if stacked else 0
        if kids:
            under = rank[node] + 1
            key = (node, below[node], tuple([(rank[k] - under, sign[k]) for k in kids]))
        else:
            key = (node, below[node], ())
        number = self._contours.number(key, self.width[node])
        if number == sign[node]:
            return False
        sign[node] = number
        return True
