"""A map read as a structured argumentation framework: one node per claim and argument.

Each node's label depends on its neighbours only:

* an argument is **accepted** (it *applies*) when all its premises are accepted and every
  argument attacking it (an undercutter) is rejected; **rejected** when a premise is
  rejected or an undercutter applies;
* a claim is **accepted** when every argument attacking it is rejected and it is an
  assumption or some supporting argument applies; **rejected** when an attacking argument
  applies, or it needs support and every supporting argument is rejected;
* anything else is **undecided**.

A claim is an assumption when no argument supports it, unless ``assumed: false`` says it
needs support; ``assumed: true`` makes it an assumption even when arguments support it.
An argument that *supports another argument* (backing) does not change any label: the
semantics has no notion of an inference needing backing, so backing is drawn but inert.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Iterable, Mapping

from argmap.model import ArgumentMap


class Label(str, Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    UNDECIDED = "undecided"

    def __str__(self) -> str:
        return self.value


IN, OUT, UNDEC = Label.ACCEPTED, Label.REJECTED, Label.UNDECIDED


@dataclass(frozen=True)
class Node:
    """One claim or argument and the nodes its label depends on (ids, in model order)."""

    id: str
    is_claim: bool
    premises: tuple[str, ...] = ()  # arguments: the claims that must all be accepted
    supporters: tuple[str, ...] = ()  # claims: the arguments that support it
    attackers: tuple[str, ...] = ()  # arguments attacking this claim or argument
    needs_support: bool = False  # claims that are not assumptions
    fixed: Label | None = None  # a what-if override (--assume / --reject)

    @property
    def depends_on(self) -> tuple[str, ...]:
        return self.premises + self.supporters + self.attackers


@dataclass(frozen=True)
class Framework:
    nodes: Mapping[str, Node]  # in model order
    # for each node, the (dependent id, edge kind) pairs of the nodes whose label depends on it;
    # kind is "premise", "supporter" or "attacker": what this node is to the dependent
    dependents: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @property
    def order(self) -> tuple[str, ...]:
        return tuple(self.nodes)


class OverrideError(ValueError):
    """A what-if override names neither a claim nor an argument, or a node twice."""


def build_framework(amap: ArgumentMap, assume: Iterable[str] = (), reject: Iterable[str] = ()) -> Framework:
    """The framework of a map; references to unknown ids are ignored (the validator reports them).

    ``assume``/``reject`` fix those nodes' labels for this run; a bad id raises OverrideError.
    """
    fixed = _overrides(amap, assume, reject)
    supporters: dict[str, list[str]] = {}
    attackers: dict[str, list[str]] = {}
    for arg in amap.arguments.values():
        if arg.target is not None and amap.node(arg.target) is not None:
            bucket = attackers if arg.is_attack else supporters
            bucket.setdefault(arg.target, []).append(arg.id)
    nodes: dict[str, Node] = {}
    for node_id in amap.order:
        claim = amap.claims.get(node_id)
        attacked_by = tuple(attackers.get(node_id, ()))
        if claim is not None:
            supported_by = tuple(supporters.get(node_id, ()))
            needs = not claim.assumed if claim.assumed is not None else bool(supported_by)
            nodes[node_id] = Node(
                node_id,
                True,
                supporters=supported_by,
                attackers=attacked_by,
                needs_support=needs,
                fixed=fixed.get(node_id),
            )
        else:
            premises = tuple(dict.fromkeys(p for p in amap.arguments[node_id].premises if p in amap.claims))
            nodes[node_id] = Node(node_id, False, premises=premises, attackers=attacked_by, fixed=fixed.get(node_id))
    return Framework(nodes, _dependents(nodes))


def _overrides(amap: ArgumentMap, assume: Iterable[str], reject: Iterable[str]) -> dict[str, Label]:
    fixed: dict[str, Label] = {}
    for label, ids in ((IN, assume), (OUT, reject)):
        for node_id in ids:
            if amap.node(node_id) is None:
                raise OverrideError(f"`{node_id}` is neither a claim nor an argument of this map")
            if fixed.get(node_id, label) is not label:
                raise OverrideError(f"`{node_id}` is both assumed and rejected")
            fixed[node_id] = label
    return fixed


def _dependents(nodes: Mapping[str, Node]) -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {node_id: [] for node_id in nodes}
    for node in nodes.values():
        for kind, ids in (("premise", node.premises), ("supporter", node.supporters), ("attacker", node.attackers)):
            for dep in ids:
                out[dep].append((node.id, kind))
    return {node_id: tuple(edges) for node_id, edges in out.items()}


def derive(node: Node, label_of: Mapping[str, Label | None]) -> Label | None:
    """The label a node's rule gives from its neighbours' labels (Kleene three-valued logic).

    A neighbour missing from ``label_of`` (or mapped to None) is *unassigned*: it could still
    be anything, so the result is None unless the assigned neighbours already decide it.
    Overrides are not applied here.
    """
    attackers = [label_of.get(a) for a in node.attackers]
    if IN in attackers:
        return OUT
    if node.is_claim:
        support = _claim_support(node, label_of)
    else:
        premises = [label_of.get(p) for p in node.premises]
        support = OUT if OUT in premises else IN if all(p is IN for p in premises) else _unknown(premises)
    if support is OUT:
        return OUT
    guard = IN if all(a is OUT for a in attackers) else _unknown(attackers)
    if support is IN and guard is IN:
        return IN
    if support is None or guard is None:
        return None
    return UNDEC


def _claim_support(node: Node, label_of: Mapping[str, Label | None]) -> Label | None:
    if not node.needs_support:
        return IN
    supporters = [label_of.get(s) for s in node.supporters]
    if IN in supporters:
        return IN
    if all(s is OUT for s in supporters):
        return OUT
    return _unknown(supporters)


def _unknown(labels: list[Label | None]) -> Label | None:
    """UNDEC when every neighbour is assigned (and they don't decide), None when some are not."""
    return None if None in labels else UNDEC
