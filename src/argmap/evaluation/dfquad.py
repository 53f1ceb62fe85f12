"""DF-QuAD (Rago, Toni, Aurisicchio, Baroni, KR 2016): how supports and attacks move a weight.

The strengths of a node's attackers and of its supporters are each combined by the
probabilistic sum ``1 − ∏(1 − s)`` (0 when there are none); the weight then moves toward 0
by the attack's lead over the support, or toward 1 by the support's lead over the attack.
"""

from __future__ import annotations

from typing import Sequence


def aggregate(strengths: Sequence[float]) -> float:
    """The probabilistic sum ``1 − ∏(1 − s)``, multiplied in the order given."""
    rest = 1.0
    for s in strengths:
        rest *= 1.0 - s
    return 1.0 - rest


def combine(weight: float, attack: float, support: float) -> float:
    """``c(w, va, vs)``: w − w·(va − vs) when va ≥ vs, else w + (1 − w)·(vs − va)."""
    if attack >= support:
        return weight - weight * (attack - support)
    return weight + (1.0 - weight) * (support - attack)


def influence(weight: float, attackers: Sequence[float], supporters: Sequence[float]) -> float:
    return combine(weight, aggregate(attackers), aggregate(supporters))
