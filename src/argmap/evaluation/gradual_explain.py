"""Why a claim or argument has its strength: the weight it started from, and what each
supporter and attacker added or took away.

Each neighbour's contribution is given twice: ``alone``, how far it would move the weight
if it were the only supporter or attacker; and ``effect``, how much lower (a supporter) or
higher (an attacker) the strength would be without it, everything else unchanged. Supports
and attacks combine rather than add, so with several neighbours the effects need not add up
to the total move (five strong reasons each matter little once the other four are there).
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.evaluation import dfquad, energy
from argmap.evaluation.gradual import Strengths

INFLUENCE = {"df-quad": dfquad.influence, "energy": energy.influence}


@dataclass(frozen=True)
class Contribution:
    id: str
    role: str  # "supporter", "attacker" (claims); "backing", "undercutter" (arguments)
    strength: float  # the neighbour's own strength
    alone: float  # signed move of the weight if it were the only neighbour
    effect: float  # signed change in the node's strength this neighbour makes, given the others


@dataclass(frozen=True)
class Explanation:
    id: str
    is_claim: bool
    strength: float
    weight: float
    weight_given: bool
    moved: float  # the weight after supports and attacks
    attack: float  # df-quad: combined attack; energy: summed attack
    support: float  # df-quad: combined support; energy: summed support
    contributions: tuple[Contribution, ...]
    premises: tuple[tuple[str, float], ...] = ()  # arguments: (premise, strength)
    weakest: str | None = None  # arguments: the premise that limits it


def explain_strength(result: Strengths, node_id: str) -> Explanation:
    node = result.graph.nodes[node_id]
    s = result.strength
    influence = INFLUENCE[result.semantics]
    attack = [s[a] for a in node.attackers]
    support = [s[x] for x in node.supporters]
    moved = influence(node.weight, attack, support)
    w = node.weight
    contributions = []
    for i, sid in enumerate(node.supporters):
        without = influence(w, attack, support[:i] + support[i + 1 :])
        contributions.append(
            Contribution(
                sid,
                "supporter" if node.is_claim else "backing",
                s[sid],
                influence(w, [], [s[sid]]) - w,
                moved - without,
            )
        )
    for i, aid in enumerate(node.attackers):
        without = influence(w, attack[:i] + attack[i + 1 :], support)
        contributions.append(
            Contribution(
                aid,
                "attacker" if node.is_claim else "undercutter",
                s[aid],
                influence(w, [s[aid]], []) - w,
                moved - without,
            )
        )
    premises = tuple((p, s[p]) for p in node.premises)
    weakest = min(premises, key=lambda pair: pair[1])[0] if premises else None
    if not node.is_claim:  # a premise's weakness scales every contribution
        factor = min((v for _, v in premises), default=1.0)
        contributions = [
            Contribution(c.id, c.role, c.strength, c.alone * factor, c.effect * factor) for c in contributions
        ]
    combine = dfquad.aggregate if result.semantics == "df-quad" else sum
    return Explanation(
        node_id,
        node.is_claim,
        s[node_id],
        w,
        node.weight_given,
        moved,
        combine(attack),
        combine(support),
        tuple(contributions),
        premises,
        weakest,
    )
