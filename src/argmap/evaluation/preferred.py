"""Preferred labellings: the complete labellings that are maximal (nothing undecided in them
could be decided without breaking a node's rule).

A *complete* labelling gives every node exactly the label its rule derives from its
neighbours (overridden nodes keep their fixed label). Every complete labelling extends the
grounded one, so only the nodes grounded leaves undecided are searched, and those fall into
independent groups (connected through undecided nodes only) whose labellings combine freely.
Within a group: pick a node, try accepted / rejected / undecided, propagate what the rules
force, backtrack on a contradiction; keep the complete labellings that are maximal in the
information order (L ≤ L' when every node L decides, L' decides the same way). These are the
maximal admissible labellings; on a pure attack map they are Dung's preferred labellings.

The search is exponential in the worst case: it gives up with PreferredTooLarge after
MAX_SEARCH_STEPS trial assignments or beyond MAX_LABELLINGS preferred labellings
(measured limits in bench/evaluate_bench.py and docs/evaluation.md).
"""

from __future__ import annotations

from itertools import product
from typing import Iterator

from argmap.evaluation.framework import IN, OUT, UNDEC, Framework, Label, derive
from argmap.evaluation.grounded import grounded

MAX_SEARCH_STEPS = 200_000
MAX_LABELLINGS = 1_000


class PreferredTooLarge(Exception):
    """Too many undecided nodes to list every preferred labelling."""


def preferred(fw: Framework, max_steps: int = MAX_SEARCH_STEPS) -> list[dict[str, Label]]:
    """Every preferred labelling, in a stable order (model order, accepted before rejected)."""
    base = grounded(fw).labels
    partial: dict[str, Label | None] = {n: (lab if lab is not UNDEC else None) for n, lab in base.items()}
    budget = [max_steps]
    per_group = []
    total = 1
    for group in _groups(fw, [n for n in fw.order if partial[n] is None]):
        try:
            found = _maximal(list(_complete(fw, dict(partial), group, budget)), group)
        except RecursionError:  # more nested choices than Python's stack allows
            raise PreferredTooLarge() from None
        total *= len(found)
        if total > MAX_LABELLINGS:
            raise PreferredTooLarge()
        per_group.append(found)
    labellings = []
    for choice in product(*per_group):
        labelling = dict(base)
        for part in choice:
            labelling.update(part)
        labellings.append(labelling)
    rank = {IN: 0, OUT: 1, UNDEC: 2}
    return sorted(labellings, key=lambda lab: [rank[lab[n]] for n in fw.order])


def _groups(fw: Framework, open_ids: list[str]) -> list[list[str]]:
    """The open nodes split into groups joined by dependencies among open nodes, model order."""
    parent = {n: n for n in open_ids}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for node_id in open_ids:
        for dep in fw.nodes[node_id].depends_on:
            if dep in parent:
                parent[root(dep)] = root(node_id)
    groups: dict[str, list[str]] = {}
    for node_id in open_ids:
        groups.setdefault(root(node_id), []).append(node_id)
    return list(groups.values())


def _complete(
    fw: Framework, partial: dict[str, Label | None], group: list[str], budget: list[int]
) -> Iterator[dict[str, Label]]:
    open_node = next((n for n in group if partial[n] is None), None)
    if open_node is None:
        if all(fw.nodes[n].fixed is not None or derive(fw.nodes[n], partial) is partial[n] for n in group):
            yield {n: partial[n] for n in group}  # type: ignore[misc]
        return
    for label in (IN, OUT, UNDEC):
        budget[0] -= 1
        if budget[0] < 0:
            raise PreferredTooLarge()
        trial = dict(partial)
        trial[open_node] = label
        if _propagate(fw, trial, open_node):
            yield from _complete(fw, trial, group, budget)


def _propagate(fw: Framework, partial: dict[str, Label | None], changed: str) -> bool:
    """Assign what the rules force after ``changed`` got its label; False on a contradiction."""
    todo = [changed]
    while todo:
        node_id = todo.pop()
        for candidate in (node_id, *(d for d, _ in fw.dependents[node_id])):
            node = fw.nodes[candidate]
            derived = derive(node, partial) if node.fixed is None else None
            if derived is None:
                continue
            current = partial[candidate]
            if current is None:
                partial[candidate] = derived
                todo.append(candidate)
            elif current is not derived:
                return False
    return True


def _maximal(labellings: list[dict[str, Label]], group: list[str]) -> list[dict[str, Label]]:
    """The labellings not below another one in the information order (duplicates dropped)."""
    decided = [frozenset((n, lab[n]) for n in group if lab[n] is not UNDEC) for lab in labellings]
    order = sorted(range(len(labellings)), key=lambda i: -len(decided[i]))
    kept: list[int] = []
    for i in order:
        if not any(decided[i] <= decided[j] for j in kept):
            kept.append(i)
    return [labellings[i] for i in kept]


def accepted_in_all(labellings: list[dict[str, Label]]) -> frozenset[str]:
    """Node ids accepted in every preferred labelling (sceptical acceptance)."""
    if not labellings:
        return frozenset()
    common = {n for n, lab in labellings[0].items() if lab is IN}
    for labelling in labellings[1:]:
        common &= {n for n, lab in labelling.items() if lab is IN}
    return frozenset(common)
