"""Why each node has its label: a one-line reason naming the neighbours that decide it,
and ``explain`` walking those reasons down to the assumptions.

For the grounded labelling the deciding neighbours are chosen among those decided
earlier (``step``), so the walk always ends at assumptions, overrides or claims that
lack support. In a preferred labelling reasons can go round a cycle; the walk stops at a
node it has already shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from argmap.evaluation.framework import IN, OUT, UNDEC, Framework, Label, Node

WORDS = {  # how a label reads for a claim and for an argument
    True: {IN: "accepted", OUT: "rejected", UNDEC: "undecided"},
    False: {IN: "applies", OUT: "does not apply", UNDEC: "undecided"},
}


@dataclass(frozen=True)
class Reason:
    label: Label
    text: str  # e.g. "`psaki-no-war` supports it and applies"
    because: tuple[str, ...]  # the neighbours the text names, to explain in turn


def q(ids) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def reason(fw: Framework, node_id: str, labels: Mapping[str, Label], step: Mapping[str, int] | None = None) -> Reason:
    node = fw.nodes[node_id]
    label = labels[node_id]
    if node.fixed is not None:
        flag = "--assume" if node.fixed is IN else "--reject"
        return Reason(label, f"it is fixed for this run by {flag}", ())
    first = _earliest(step)
    if node.is_claim:
        return _claim_reason(node, label, labels, first)
    return _argument_reason(node, label, labels, first)


def _earliest(step: Mapping[str, int] | None):
    """Pick the neighbour decided first (or the first in model order without steps)."""
    return lambda ids: min(ids, key=lambda i: step.get(i, len(step))) if step else ids[0]


def _attack_clause(node: Node) -> str:
    if not node.attackers:
        return "nothing attacks it"
    return f"every attack on it fails ({q(node.attackers)})"


def _claim_reason(node: Node, label: Label, labels, first) -> Reason:
    if label is IN:
        if not node.needs_support:
            kind = "it is marked `assumed: true`" if node.supporters else "it is an assumption (nothing supports it)"
            return Reason(label, f"{kind}, and {_attack_clause(node)}", node.attackers)
        support = first([s for s in node.supporters if labels[s] is IN])
        return Reason(label, f"`{support}` supports it and applies; {_attack_clause(node)}", (support, *node.attackers))
    if label is OUT:
        winning = [a for a in node.attackers if labels[a] is IN]
        if winning:
            attacker = first(winning)
            return Reason(label, f"`{attacker}` attacks it and applies", (attacker,))
        if not node.supporters:
            return Reason(label, "it needs support (`assumed: false`) and no argument supports it", ())
        return Reason(label, f"it needs support and no argument for it applies ({q(node.supporters)})", node.supporters)
    open_attacks = [a for a in node.attackers if labels[a] is UNDEC]
    open_support = [s for s in node.supporters if labels[s] is UNDEC] if node.needs_support else []
    parts = []
    if open_support:
        parts.append(f"whether its support applies is undecided ({q(open_support)})")
    if open_attacks:
        parts.append(f"whether the attack on it applies is undecided ({q(open_attacks)})")
    return Reason(label, "; ".join(parts), tuple(open_support + open_attacks))


def _argument_reason(node: Node, label: Label, labels, first) -> Reason:
    if label is IN:
        text = f"its premises are accepted ({q(node.premises)})"
        if node.attackers:
            text += f" and every undercutter fails ({q(node.attackers)})"
        return Reason(label, text, node.premises + node.attackers)
    if label is OUT:
        undercuts = [a for a in node.attackers if labels[a] is IN]
        failed = [p for p in node.premises if labels[p] is OUT]
        if undercuts and (not failed or first(undercuts + failed) in undercuts):
            undercut = first(undercuts)
            return Reason(label, f"the undercutter `{undercut}` applies", (undercut,))
        premise = first(failed)
        return Reason(label, f"its premise `{premise}` is rejected", (premise,))
    open_premises = [p for p in node.premises if labels[p] is UNDEC]
    open_attacks = [a for a in node.attackers if labels[a] is UNDEC]
    parts = []
    if open_premises:
        noun = "premise" if len(open_premises) == 1 else "premises"
        verb = "is" if len(open_premises) == 1 else "are"
        parts.append(f"its {noun} {q(open_premises)} {verb} undecided")
    if open_attacks:
        parts.append(f"whether the undercutter applies is undecided ({q(open_attacks)})")
    return Reason(label, "; ".join(parts), tuple(open_premises + open_attacks))


@dataclass(frozen=True)
class Step:
    """One line of an explanation: a node at a depth, its label in words, and its reason
    (None when the node was already explained higher up)."""

    depth: int
    id: str
    word: str
    reason: str | None


def explain_steps(
    fw: Framework, node_id: str, labels: Mapping[str, Label], step: Mapping[str, int] | None = None
) -> list[Step]:
    """The chain of reasons from ``node_id`` down, depth first, each node explained once."""
    steps: list[Step] = []
    shown: set[str] = set()
    stack: list[tuple[str, int]] = [(node_id, 0)]
    while stack:
        current, depth = stack.pop()
        word = WORDS[fw.nodes[current].is_claim][labels[current]]
        if current in shown:
            steps.append(Step(depth, current, word, None))
            continue
        shown.add(current)
        why = reason(fw, current, labels, step)
        steps.append(Step(depth, current, word, why.text))
        stack.extend((child, depth + 1) for child in reversed(why.because))
    return steps


def explain(
    fw: Framework, node_id: str, labels: Mapping[str, Label], step: Mapping[str, int] | None = None
) -> list[str]:
    """The chain of reasons as indented lines."""
    return [
        f"{'  ' * s.depth}{s.id}: {s.word}" + (f", because {s.reason}" if s.reason else " (see above)")
        for s in explain_steps(fw, node_id, labels, step)
    ]
