"""Preferred labellings: the complete labellings that are maximal (nothing undecided in them
could be decided without breaking a node's rule).

A *complete* labelling gives every node exactly the label its rule derives from its
neighbours (overridden nodes keep their fixed label). Every complete labelling extends the
grounded one, so the search starts there and only assigns the nodes grounded leaves
undecided: pick one, try accepted / rejected / undecided, propagate what the rules force,
backtrack on a contradiction. The complete labellings found are then reduced to the
maximal ones in the information order (L ≤ L' when every node L decides, L' decides the
same way). These are the maximal admissible labellings; on a pure attack map they are
Dung's preferred labellings.

The search is exponential in the worst case. It gives up with PreferredTooLarge after
MAX_SEARCH_STEPS assignments, which a map with up to MAX_DOCUMENTED_UNDECIDED nodes left
undecided by grounded semantics never reaches (see bench/evaluate_bench.py).
"""

from __future__ import annotations

from typing import Iterator

from .framework import IN, OUT, UNDEC, Framework, Label, derive
from .grounded import grounded

MAX_SEARCH_STEPS = 200_000
MAX_DOCUMENTED_UNDECIDED = 24


class PreferredTooLarge(Exception):
    """The search for preferred labellings needed more than MAX_SEARCH_STEPS assignments."""


def preferred(fw: Framework, max_steps: int = MAX_SEARCH_STEPS) -> list[dict[str, Label]]:
    """Every preferred labelling, in a stable order (model order, accepted before rejected)."""
    start = grounded(fw).labels
    partial: dict[str, Label | None] = {n: (label if label is not UNDEC else None) for n, label in start.items()}
    budget = [max_steps]
    try:
        complete = list(_complete(fw, partial, budget))
    except RecursionError:  # more nested choices than Python's stack allows
        raise PreferredTooLarge() from None
    maximal = _maximal(complete)
    rank = {IN: 0, OUT: 1, UNDEC: 2}
    return sorted(maximal, key=lambda lab: [rank[lab[n]] for n in fw.order])


def _complete(fw: Framework, partial: dict[str, Label | None], budget: list[int]) -> Iterator[dict[str, Label]]:
    open_node = next((n for n in fw.order if partial[n] is None), None)
    if open_node is None:
        if all(fw.nodes[n].fixed is not None or derive(fw.nodes[n], partial) is partial[n] for n in fw.order):
            yield dict(partial)  # type: ignore[arg-type]
        return
    for label in (IN, OUT, UNDEC):
        budget[0] -= 1
        if budget[0] < 0:
            raise PreferredTooLarge()
        trial = dict(partial)
        trial[open_node] = label
        if _propagate(fw, trial, [open_node]):
            yield from _complete(fw, trial, budget)


def _propagate(fw: Framework, partial: dict[str, Label | None], changed: list[str]) -> bool:
    """Assign what the rules force after ``changed`` got labels; False on a contradiction."""
    todo = list(changed)
    while todo:
        node_id = todo.pop()
        for candidate in (node_id, *(d for d, _ in fw.dependents[node_id])):
            node = fw.nodes[candidate]
            if node.fixed is not None:
                continue
            derived = derive(node, partial)
            current = partial[candidate]
            if derived is None:
                continue
            if current is None:
                partial[candidate] = derived
                todo.append(candidate)
            elif current is not derived:
                return False
    return True


def _maximal(labellings: list[dict[str, Label]]) -> list[dict[str, Label]]:
    """The labellings not strictly below another one in the information order."""
    decided = [frozenset((n, lab) for n, lab in labelling.items() if lab is not UNDEC) for labelling in labellings]
    order = sorted(range(len(labellings)), key=lambda i: -len(decided[i]))
    kept: list[int] = []
    for i in order:
        if not any(decided[i] < decided[j] or decided[i] == decided[j] for j in kept):
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
