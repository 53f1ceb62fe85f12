"""The quadratic energy model (Potyka, KR 2018): a node's energy is the summed strength of
its supporters minus that of its attackers; positive energy lifts the weight toward 1,
negative energy lowers it toward 0, each through ``h(e) = max(e, 0)² / (1 + max(e, 0)²)``.

On an acyclic map the strengths are computed exactly in one pass. On a map with cycles
they are the limit of Potyka's continuous model ``ds/dt = f(s) − s``, started at the
weights and integrated with the classical Runge-Kutta method (step ``STEP``) until no
node's strength is more than ``TOLERANCE`` from the value its neighbours give it (then
clamped to [0, 1], which moves nothing by more than the tolerance). A map whose strengths
approach their fixed point only slowly (it happens where a claim would support itself, which
the circular-support rule forbids) may not settle within MAX_STEPS: NoFixedPoint says so.
"""

from __future__ import annotations

from typing import Callable, Sequence

TOLERANCE = 1e-10  # stop when |f(s) − s| < TOLERANCE for every node
STEP = 0.1  # Runge-Kutta step in the continuous model's time
MAX_STEPS = 100_000


def energy(attackers: Sequence[float], supporters: Sequence[float]) -> float:
    total = 0.0
    for s in supporters:
        total += s
    for s in attackers:
        total -= s
    return total


def h(e: float) -> float:
    e = max(e, 0.0)
    return e * e / (1.0 + e * e)


def lift(weight: float, e: float) -> float:
    """The strength a weight takes under energy ``e``."""
    return weight - weight * h(-e) + (1.0 - weight) * h(e)


def influence(weight: float, attackers: Sequence[float], supporters: Sequence[float]) -> float:
    return lift(weight, energy(attackers, supporters))


class NoFixedPoint(ValueError):
    """The energy model did not settle within the step budget."""


def settle(graph, node_strength: Callable) -> tuple[dict[str, float], int]:
    """Strengths of a graph with cycles, and the number of Runge-Kutta steps taken;
    ``node_strength`` is the gradual module's (one node's strength from its parents').
    Raises NoFixedPoint when it has not settled after MAX_STEPS."""

    ids = list(graph.nodes)
    nodes = [graph.nodes[i] for i in ids]

    def drift(state: list[float]) -> list[float]:
        current = dict(zip(ids, state))
        return [node_strength(node, current, influence) - s for node, s in zip(nodes, state)]

    state = [node.weight for node in nodes]
    for step in range(MAX_STEPS):
        k1 = drift(state)
        if max((abs(d) for d in k1), default=0.0) < TOLERANCE:
            return {i: min(1.0, max(0.0, s)) for i, s in zip(ids, state)}, step
        k2 = drift([s + STEP / 2 * d for s, d in zip(state, k1)])
        k3 = drift([s + STEP / 2 * d for s, d in zip(state, k2)])
        k4 = drift([s + STEP * d for s, d in zip(state, k3)])
        state = [s + STEP / 6 * (a + 2 * b + 2 * c + d) for s, a, b, c, d in zip(state, k1, k2, k3, k4)]
    raise NoFixedPoint(f"the energy model did not settle within {MAX_STEPS:,} steps (tolerance {TOLERANCE:g})")
