"""The grounded labelling: the least fixpoint of the node rules, by unit propagation.

Every node starts undecided. A node is decided (accepted or rejected) once, when the
neighbours decided so far force it; each decision is pushed to the nodes that depend on
it through counters, so the whole run touches every node and edge a constant number of
times (linear in the size of the map). What is never forced stays undecided.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from argmap.evaluation.framework import IN, OUT, UNDEC, Framework, Label, Node


@dataclass(frozen=True)
class Grounded:
    labels: dict[str, Label]
    step: dict[str, int]  # decision order of each decided node (0 = first); explanations follow it


class _Counters:
    """What is still missing before each node is accepted."""

    def __init__(self, fw: Framework) -> None:
        self.live_attackers = {n.id: len(n.attackers) for n in fw.nodes.values()}
        self.missing_premises = {n.id: len(n.premises) for n in fw.nodes.values()}
        self.open_supporters = {n.id: len(n.supporters) for n in fw.nodes.values()}
        self.supported = {n.id: not n.needs_support for n in fw.nodes.values()}

    def accepted(self, node: Node) -> bool:
        i = node.id
        ready = self.missing_premises[i] == 0 if not node.is_claim else self.supported[i]
        return ready and self.live_attackers[i] == 0


def grounded(fw: Framework) -> Grounded:
    counters = _Counters(fw)
    labels: dict[str, Label] = {}
    step: dict[str, int] = {}
    queue: deque[tuple[str, Label]] = deque()

    def decide(node_id: str, label: Label) -> None:
        if node_id not in labels:
            labels[node_id] = label
            step[node_id] = len(step)
            queue.append((node_id, label))

    for node in fw.nodes.values():
        initial = node.fixed or _initial(node, counters)
        if initial is not None:
            decide(node.id, initial)
    while queue:
        node_id, label = queue.popleft()
        for dependent_id, kind in fw.dependents[node_id]:
            if dependent_id in labels:
                continue
            forced = _update(fw.nodes[dependent_id], kind, label, counters)
            if forced is not None:
                decide(dependent_id, forced)
    return Grounded({n: labels.get(n, UNDEC) for n in fw.nodes}, step)


def _initial(node: Node, counters: _Counters) -> Label | None:
    if node.is_claim and node.needs_support and not node.supporters:
        return OUT
    return IN if counters.accepted(node) else None


def _update(node: Node, kind: str, label: Label, c: _Counters) -> Label | None:
    """Account for a neighbour (``node``'s premise, supporter or attacker, as ``kind`` says)
    having got ``label``; return a label if ``node``'s is now forced."""
    i = node.id
    if kind == "attacker":
        if label is IN:
            return OUT
        c.live_attackers[i] -= 1
    elif kind == "premise":
        if label is OUT:
            return OUT
        c.missing_premises[i] -= 1
    else:  # a supporter
        if label is IN:
            c.supported[i] = True
        else:
            c.open_supporters[i] -= 1
            if node.needs_support and c.open_supporters[i] == 0 and not c.supported[i]:
                return OUT
    return IN if c.accepted(node) else None
