"""Properties of both gradual semantics on random maps (Hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.evaluation.gradual import gradual
from argmap.model import CLAIM_WEIGHT
from support.gradual_maps import acyclic_maps, any_maps, reordered, weights, with_new_premise

BOTH = ["df-quad", "energy"]
SLACK = 1e-12


@pytest.mark.parametrize("semantics", BOTH)
@given(amap=acyclic_maps())
@settings(deadline=None)
def test_strengths_stay_between_zero_and_one(semantics, amap):
    assert all(0.0 <= s <= 1.0 for s in gradual(amap, semantics).strength.values())


@given(amap=any_maps())
@settings(deadline=None)
def test_energy_strengths_stay_between_zero_and_one_on_cycles(amap):
    assert all(0.0 <= s <= 1.0 for s in gradual(amap, "energy").strength.values())


@pytest.mark.parametrize("semantics", BOTH)
@given(amap=acyclic_maps(), data=st.data(), weight=weights)
@settings(deadline=None)
def test_adding_a_supporter_never_lowers_and_an_attacker_never_raises(semantics, amap, data, weight):
    target = data.draw(st.sampled_from(sorted(amap.claims)))
    before = gradual(amap, semantics).strength[target]
    supported = gradual(with_new_premise(amap, target, "supports", weight), semantics).strength[target]
    attacked = gradual(with_new_premise(amap, target, "attacks", weight), semantics).strength[target]
    assert supported >= before - SLACK
    assert attacked <= before + SLACK


@pytest.mark.parametrize("semantics", BOTH)
@given(amap=acyclic_maps())
@settings(deadline=None)
def test_a_claim_with_no_relations_keeps_its_weight(semantics, amap):
    result = gradual(amap, semantics)
    involved = {p for a in amap.arguments.values() for p in a.premises} | {a.target for a in amap.arguments.values()}
    for cid, claim in amap.claims.items():
        if cid not in involved:
            assert result.strength[cid] == (claim.weight if claim.weight is not None else CLAIM_WEIGHT)


@given(amap=any_maps(), data=st.data())
@settings(max_examples=60, deadline=None)
def test_energy_does_not_depend_on_the_order_claims_are_listed(amap, data):
    claim_order = data.draw(st.permutations(sorted(amap.claims)))
    argument_order = data.draw(st.permutations(sorted(amap.arguments)))
    first = gradual(amap, "energy").strength
    second = gradual(reordered(amap, claim_order, argument_order), "energy").strength
    assert first.keys() == second.keys()
    for node_id, s in first.items():
        assert second[node_id] == pytest.approx(s, abs=1e-8)
