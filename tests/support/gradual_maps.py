"""Hypothesis strategies: random weighted maps, acyclic by construction or with any cycles."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from argmap.model import Argument, ArgumentMap, Claim
from argmap.problems import Location

HERE = Location("<test>")
weights = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def make_map(claim_weights, arguments) -> ArgumentMap:
    """``arguments``: (premise indices, relation, target id, weight or None) per argument."""
    claims = {f"c{i}": Claim(HERE, id=f"c{i}", text=f"C{i}", weight=w) for i, w in enumerate(claim_weights)}
    args = {
        f"a{k}": Argument(
            HERE, id=f"a{k}", premises=tuple(f"c{p}" for p in premises), relation=relation, target=target, weight=w
        )
        for k, (premises, relation, target, w) in enumerate(arguments)
    }
    return ArgumentMap(HERE, title="random", claims=claims, arguments=args)


@st.composite
def acyclic_maps(draw, max_claims: int = 6, max_arguments: int = 7) -> ArgumentMap:
    """Claims ranked by index; every premise ranks after its argument's target claim, so
    nothing can depend on itself (an undercutter's target ranks as the claim that argument targets)."""
    n = draw(st.integers(2, max_claims))
    claim_weights = draw(st.lists(st.one_of(st.none(), weights), min_size=n, max_size=n))
    arguments, rank = [], {}
    for k in range(draw(st.integers(0, max_arguments))):
        candidates = [f"c{i}" for i in range(n - 1)] + [a for a, r in rank.items() if r < n - 1]
        target = draw(st.sampled_from(candidates))
        target_rank = int(target[1:]) if target.startswith("c") else rank[target]
        premises = draw(st.lists(st.integers(target_rank + 1, n - 1), min_size=1, max_size=3, unique=True))
        relation = draw(st.sampled_from(["supports", "attacks"]))
        arguments.append((premises, relation, target, draw(st.one_of(st.none(), weights))))
        rank[f"a{k}"] = target_rank
    return make_map(claim_weights, arguments)


@st.composite
def any_maps(draw, max_claims: int = 6, max_arguments: int = 8) -> ArgumentMap:
    """Cycles of attack anywhere, as in a valid map: supports only run from later claims to an
    earlier one (argmap's circular-support rule forbids a cycle of support)."""
    n = draw(st.integers(1, max_claims))
    claim_weights = draw(st.lists(st.one_of(st.none(), weights), min_size=n, max_size=n))
    arguments = []
    for _ in range(draw(st.integers(0, max_arguments))):
        relation = draw(st.sampled_from(["supports", "attacks"]))
        if relation == "supports":
            if n < 2:
                continue
            target_index = draw(st.integers(0, n - 2))
            premises = draw(st.lists(st.integers(target_index + 1, n - 1), min_size=1, max_size=3, unique=True))
            target = f"c{target_index}"
        else:
            premises = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=3, unique=True))
            target = draw(st.sampled_from([f"c{i}" for i in range(n)] + [f"a{j}" for j in range(len(arguments))]))
        arguments.append((premises, relation, target, draw(st.one_of(st.none(), weights))))
    return make_map(claim_weights, arguments)


def with_new_premise(amap: ArgumentMap, target: str, relation: str, weight: float) -> ArgumentMap:
    """The map plus a fresh claim that supports or attacks ``target``."""
    cid, aid = "new-claim", "new-argument"
    claims = {**amap.claims, cid: Claim(HERE, id=cid, text="New", weight=weight)}
    args = {**amap.arguments, aid: Argument(HERE, id=aid, premises=(cid,), relation=relation, target=target)}
    return replace(amap, claims=claims, arguments=args)


def reordered(amap: ArgumentMap, claim_order, argument_order) -> ArgumentMap:
    claims = {k: amap.claims[k] for k in claim_order}
    args = {k: amap.arguments[k] for k in argument_order}
    return replace(amap, claims=claims, arguments=args)
