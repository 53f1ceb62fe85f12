"""The parts of the picture estimate (``estimate.py``) that stay put during the search:
one stacking's tree of nodes, and subtree contours packed once by key."""

from __future__ import annotations

from operator import sub

from argmap.drawing.themes import NODESEP as NODESEP_INCHES

NODESEP = NODESEP_INCHES * 72  # points
VIRTUAL = 4.0  # breadth of an edge passing through a rank
BESIDE = 2 * NODESEP + VIRTUAL  # what an edge passing beside a box adds to its rank


class Tree:
    """Order, parents and children for one set of stacked nodes; cycles cut once."""

    def __init__(self, out: list[list[tuple[int, int]]], stacked: dict[int, int], topo: list[int] | None = None):
        self.out, self.stacked = out, stacked
        self.cut = False  # whether an edge closing a cycle was left out
        self.topo = self._order() if topo is None else topo
        self.position = [0] * len(out)
        for place, node in enumerate(self.topo):
            self.position[node] = place
        self.parent = [heads[0][0] if heads else None for heads in out]
        self.children: list[list[int]] = [[] for _ in out]
        self.into: list[list[int]] = [[] for _ in out]  # the nodes leading to each node
        for i, p in enumerate(self.parent):
            if p is not None:
                self.children[p].append(i)
        for tail, heads in enumerate(out):
            for head, _ in heads:
                self.into[head].append(tail)
        self.roots = [i for i, p in enumerate(self.parent) if p is None]

    def restacked(self, changes: dict[int, list[tuple[int, int]]], stacked: dict[int, int]) -> Tree | None:
        """This tree with new edges out of a few nodes that nothing else leads to (a trial
        stacking of boxes), without sorting the whole graph again: they go last, heads
        first. None when that does not hold or their new edges close a cycle."""
        if self.cut or any(tail not in changes for node in changes for tail in self.into[node]):
            return None
        order, pending = [], dict(changes)
        while pending:
            ready = [node for node, heads in pending.items() if not any(h in pending for h, _ in heads)]
            if not ready:
                return None
            order += ready
            for node in ready:
                del pending[node]
        out = list(self.out)
        for node, heads in changes.items():
            out[node] = heads
        return Tree(out, stacked, [node for node in self.topo if node not in changes] + order)

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
                    self.cut = True
                elif state[step[0]] == 0:
                    state[step[0]] = 1
                    stack.append((step[0], iter(list(self.out[step[0]]))))
        return order

    def above(self, nodes: list[int]) -> frozenset[int]:
        """The nodes and every node on their way up to a root."""
        found: set[int] = set()
        for start in nodes:
            node: int | None = start
            while node is not None and node not in found:
                found.add(node)
                node = self.parent[node]
        return frozenset(found)


class Contours:
    """Subtree contours by key, each packed once for the whole search: per rank from the
    subtree's root downwards, (left, right) with that root centred at 0.

    A key is (node, stacked boxes below it, ((rank gap, contour number) per child)): all a
    contour depends on, so a subtree a trial leaves unchanged is never packed again."""

    def __init__(self):
        self.numbers: dict[tuple, int] = {}
        self.shapes: list[tuple[list[float], list[float]]] = []
        self._rows: dict[tuple, tuple[float, int]] = {}

    def number(self, key: tuple, width: float) -> int:
        found = self.numbers.get(key)
        if found is None:
            _, below, kids = key
            half, beside = width / 2, BESIDE * below
            if kids:
                left, right = self.pack(kids)
                shape = ([-half] + left, [half + beside] + right)
            else:
                shape = ([-half], [half + beside])
            found = self.numbers[key] = len(self.shapes)
            self.shapes.append(shape)
        return found

    def widest(self, roots: tuple[tuple[int, int], ...]) -> tuple[float, int]:
        """The breadth of the widest rank when the roots' subtrees stand side by side, and
        that rank (the first of equals)."""
        found = self._rows.get(roots)
        if found is None:
            left, right = self.pack(roots)
            spans = list(map(sub, right, left))
            broadest = max(spans, default=0.0)
            found = self._rows[roots] = (broadest, spans.index(broadest) if spans else 0)
        return found

    def pack(self, kids) -> tuple[list[float], list[float]]:
        """Subtrees (rank gap, contour number) side by side, centred between the outer ones;
        an edge passing ``gap`` ranks before its node is a thin virtual node on each.

        Each subtree is shifted right until it is NODESEP clear of the ones before it on every
        rank they share; so on those ranks the left contour stays the one before it, and the
        right contour becomes the subtree's (a contour's left never lies right of its right)."""
        left: list[float] = []
        right: list[float] = []
        last = 0.0  # where the last subtree's root stands (the first's: at 0)
        for gap, number in kids:
            kid_left, kid_right = self.shapes[number]
            if gap:
                kid_left = [-VIRTUAL / 2] * gap + kid_left
                kid_right = [VIRTUAL / 2] * gap + kid_right
            if not left:  # the first subtree stays where it is
                left, right = list(kid_left), list(kid_right)
                continue
            last = shift = max([r + NODESEP - lo for r, lo in zip(right, kid_left)])
            if len(kid_left) > len(left):
                left += [lo + shift for lo in kid_left[len(left) :]]
                right = [hi + shift for hi in kid_right]
            else:
                right[: len(kid_right)] = [hi + shift for hi in kid_right]
        middle = (0.0 + last) / 2
        if not middle:  # one subtree: already centred
            return left, right
        return [x - middle for x in left], [x - middle for x in right]
