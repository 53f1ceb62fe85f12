"""An estimate of the picture ``dot`` will draw, fast enough to try hundreds of variants.

Ranks are longest paths from the nodes that lead nowhere (as ``dot`` ranks a tree); each
node hangs under the first node it leads to, and sibling subtrees are packed side by side
along their contours, as a tidy-tree layout does, with a thin virtual node wherever a
longer edge passes a rank. The structure (order, tree, cut cycle edges) is worked out once;
``measure`` then only takes the edges' ``minlen``.
"""

from __future__ import annotations

from .themes import NODESEP as NODESEP_INCHES, RANKSEP as RANKSEP_INCHES

NODESEP, RANKSEP = NODESEP_INCHES * 72, RANKSEP_INCHES * 72  # points
VIRTUAL = 4.0  # breadth of an edge passing through a rank


class Estimate:
    def __init__(self, sizes: dict[str, tuple[float, float]], edges: list[tuple[str, str]], header: float):
        self.names = list(sizes)
        index = {name: i for i, name in enumerate(self.names)}
        self.width = [sizes[n][0] for n in self.names]
        self.height = [sizes[n][1] for n in self.names]
        self.header = header
        self.out: list[list[tuple[int, int]]] = [[] for _ in self.names]
        for e, (tail, head) in enumerate(edges):
            self.out[index[tail]].append((index[head], e))
        self.topo = self._order()
        self.parent = [next((h for h, _ in self.out[i]), None) for i in range(len(self.names))]
        self.children: list[list[int]] = [[] for _ in self.names]
        for i, p in enumerate(self.parent):
            if p is not None:
                self.children[p].append(i)
        self.roots = [i for i, p in enumerate(self.parent) if p is None]

    def _order(self) -> list[int]:
        """Nodes with every node they lead to before them; edges closing a cycle are dropped."""
        state = [0] * len(self.names)  # 0 new, 1 on the path, 2 done
        order: list[int] = []
        for start in range(len(self.names)):
            stack = [(start, iter(list(self.out[start])))] if state[start] == 0 else []
            if stack:
                state[start] = 1
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

    def measure(self, minlen: list[int]) -> tuple[float, float, set[int]]:
        """Breadth, length, and the nodes whose move could narrow the widest rank (those on
        it and the nodes they lead to, up to their conclusion)."""
        rank = [0] * len(self.names)
        for node in self.topo:
            rank[node] = max((rank[h] + minlen[e] for h, e in self.out[node]), default=0)
        left, right = self._pack(self.roots, rank, 0)
        spans = [r - l for l, r in zip(left, right)]
        widest = max(range(len(spans)), key=lambda d: (spans[d], -d), default=0)
        thickness: dict[int, float] = {}
        for node, r in enumerate(rank):
            thickness[r] = max(thickness.get(r, 0.0), self.height[node])
        length = sum(thickness.values()) + RANKSEP * max(rank, default=0) + self.header
        return (spans[widest] if spans else 0.0), length, self._above([n for n, r in enumerate(rank) if r == widest])

    def _above(self, nodes: list[int]) -> set[int]:
        found: set[int] = set()
        for node in nodes:
            while node is not None and node not in found:
                found.add(node)
                node = self.parent[node]
        return found

    def _contour(self, node: int, rank: list[int]) -> tuple[list[float], list[float]]:
        """Per rank from ``node``'s own downwards, (left, right) with ``node`` centred at 0."""
        half = self.width[node] / 2
        if not self.children[node]:
            return [-half], [half]
        left, right = self._pack(self.children[node], rank, rank[node] + 1)
        return [-half] + left, [half] + right

    def _pack(self, nodes: list[int], rank: list[int], top: int) -> tuple[list[float], list[float]]:
        """Subtrees side by side from rank ``top`` down, centred between the outer ones."""
        left: list[float] = []
        right: list[float] = []
        centres = []
        for node in nodes:
            gap = rank[node] - top  # ranks the edge up passes before the node
            kid_left, kid_right = self._contour(node, rank)
            kid_left = [-VIRTUAL / 2] * gap + kid_left
            kid_right = [VIRTUAL / 2] * gap + kid_right
            shift = max((right[d] + NODESEP - kid_left[d] for d in range(min(len(right), len(kid_left)))),
                        default=0.0)
            centres.append(shift)
            for d, (l, r) in enumerate(zip(kid_left, kid_right)):
                if d < len(left):
                    left[d], right[d] = min(left[d], l + shift), max(right[d], r + shift)
                else:
                    left.append(l + shift)
                    right.append(r + shift)
        middle = (centres[0] + centres[-1]) / 2 if centres else 0.0
        return [x - middle for x in left], [x - middle for x in right]
