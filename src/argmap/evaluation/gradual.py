"""How strong is each claim: the map as a weighted bipolar graph, and the gradual semantics
(DF-QuAD, quadratic energy) that give every claim and argument a strength in [0, 1].

One node per claim and argument. A claim starts from its ``weight`` (default 0.5) and is
moved by the arguments supporting and attacking it. An argument passes on the strength
of its premises: the weakest of them (linked premises work only together), times its own
``weight`` (default 1) moved by the undercutters attacking it and the backing supporting
it. A claim's ``supports:``/``attacks:`` shorthand is such an argument with one premise
and weight 1. ``assumed`` plays no part here: a weight says how credible a claim is.

Pure: no printing. The same computation runs in the HTML page (exporters/page/strength.js);
keep the order of every sum and product the same in both, so they agree to the last bit.
"""

from __future__ import annotations

import graphlib
from dataclasses import dataclass
from typing import Callable, Mapping

from argmap.evaluation.energy import NoFixedPoint  # noqa: F401  (raised by gradual())
from argmap.model import ARGUMENT_WEIGHT, CLAIM_WEIGHT, ArgumentMap

GRADUAL = ("df-quad", "energy")


@dataclass(frozen=True)
class GNode:
    id: str
    is_claim: bool
    weight: float
    weight_given: bool  # False: the default weight
    premises: tuple[str, ...] = ()  # arguments: the claims that must all hold
    supporters: tuple[str, ...] = ()  # arguments supporting this claim (or backing this argument)
    attackers: tuple[str, ...] = ()  # arguments attacking it (rebuttals, undercutters)


@dataclass(frozen=True)
class Graph:
    nodes: Mapping[str, GNode]  # in model order


@dataclass(frozen=True)
class Strengths:
    semantics: str
    graph: Graph
    strength: Mapping[str, float]
    iterations: int  # energy on a cyclic map: the integration steps taken; 0 when exact

    def weight(self, node_id: str) -> float:
        return self.graph.nodes[node_id].weight


class CyclicMap(ValueError):
    """DF-QuAD is defined on acyclic graphs only; ``cycle`` lists the ids round one cycle."""

    def __init__(self, cycle: tuple[str, ...]):
        self.cycle = cycle
        path = " → ".join(f"`{i}`" for i in cycle + cycle[:1])
        super().__init__(
            f"DF-QuAD needs a map without cycles, and this one goes round: {path}; "
            "use --semantics energy, which is defined on cycles too"
        )


def build_graph(amap: ArgumentMap, weights: Mapping[str, float] | None = None) -> Graph:
    """The weighted bipolar graph of a map; ``weights`` overrides the map's (what-if)."""
    weights = weights or {}
    supporters: dict[str, list[str]] = {}
    attackers: dict[str, list[str]] = {}
    for arg in amap.arguments.values():
        if arg.target is not None and amap.node(arg.target) is not None:
            (attackers if arg.is_attack else supporters).setdefault(arg.target, []).append(arg.id)
    nodes: dict[str, GNode] = {}
    for node_id in amap.order:
        claim = amap.claims.get(node_id)
        premises: tuple[str, ...] = ()
        if claim is not None:
            given, default = claim.weight, CLAIM_WEIGHT
        else:
            arg = amap.arguments[node_id]  # the order lists claims and arguments only
            given, default = arg.weight, ARGUMENT_WEIGHT
            premises = tuple(dict.fromkeys(p for p in arg.premises if p in amap.claims))
        weight = weights.get(node_id, given if given is not None else default)
        nodes[node_id] = GNode(
            node_id,
            claim is not None,
            float(weight),
            given is not None or node_id in weights,
            premises,
            tuple(supporters.get(node_id, ())),
            tuple(attackers.get(node_id, ())),
        )
    return Graph(nodes)


def parents(node: GNode) -> tuple[str, ...]:
    return node.premises + node.supporters + node.attackers


def topological_order(graph: Graph) -> list[str] | None:
    """Every node after the nodes its strength depends on; None on a cycle."""
    try:
        return list(_sorter(graph).static_order())
    except graphlib.CycleError:
        return None


def find_cycle(graph: Graph) -> tuple[str, ...]:
    """One cycle of a graph that has one, each id a parent of the next (graphlib finds it)."""
    try:
        _sorter(graph).prepare()
    except graphlib.CycleError as exc:
        return tuple(exc.args[1][:-1])  # the first id is repeated at the end
    return ()


def _sorter(graph: Graph) -> graphlib.TopologicalSorter[str]:
    return graphlib.TopologicalSorter({n: parents(node) for n, node in graph.nodes.items()})


def node_strength(node: GNode, strength: Mapping[str, float], influence: Callable) -> float:
    """A claim: ``influence(weight, attackers, supporters)``; an argument: the weakest premise
    times that (1 when it has no premises)."""
    moved = influence(node.weight, [strength[a] for a in node.attackers], [strength[s] for s in node.supporters])
    if node.is_claim:
        return moved
    weakest = min((strength[p] for p in node.premises), default=1.0)
    return weakest * moved


def in_order(graph: Graph, order: list[str], influence: Callable) -> dict[str, float]:
    """Exact strengths of an acyclic graph, each node computed once after its parents."""
    strength: dict[str, float] = {}
    for node_id in order:
        strength[node_id] = node_strength(graph.nodes[node_id], strength, influence)
    return {n: strength[n] for n in graph.nodes}


def gradual(amap: ArgumentMap, semantics: str, weights: Mapping[str, float] | None = None) -> Strengths:
    """Strengths of every claim and argument under ``df-quad`` or ``energy``.
    Raises CyclicMap (df-quad on a cycle), NoFixedPoint, ValueError (unknown semantics)."""
    from argmap.evaluation import dfquad, energy

    graph = build_graph(amap, weights)
    order = topological_order(graph)
    if semantics == "df-quad":
        if order is None:
            raise CyclicMap(find_cycle(graph))
        return Strengths(semantics, graph, in_order(graph, order, dfquad.influence), 0)
    if semantics == "energy":
        if order is not None:
            return Strengths(semantics, graph, in_order(graph, order, energy.influence), 0)
        strength, steps = energy.settle(graph, node_strength)
        return Strengths(semantics, graph, strength, steps)
    raise ValueError(f"unknown gradual semantics {semantics!r} (use {' or '.join(GRADUAL)})")
