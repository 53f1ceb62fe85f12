"""DF-QuAD on small maps whose strengths are worked out by hand (issue 17)."""

from __future__ import annotations

import textwrap

import pytest

from argmap.evaluation.gradual import CyclicMap, gradual
from argmap.loading.loader import load_text


def strengths(yaml_text: str, semantics: str = "df-quad") -> dict[str, float]:
    result = load_text(textwrap.dedent(yaml_text))
    assert result.map is not None and not result.problems, result.problems
    return dict(gradual(result.map, semantics).strength)


def test_a_claim_with_no_relations_keeps_its_weight():
    s = strengths("""
        title: t
        claims:
          a: {text: A, weight: 0.3}
          b: B
    """)
    assert s == {"a": 0.3, "b": 0.5}


def test_one_supporter_of_strength_half_lifts_a_half_claim_to_three_quarters():
    # the shorthand argument passes on 0.5 (premise 0.5 × weight 1); c(0.5, 0, 0.5) = 0.5 + 0.5·0.5
    s = strengths("""
        title: t
        claims:
          a: A
          b: {text: B, supports: a}
    """)
    assert s["b.supports.a"] == 0.5
    assert s["a"] == pytest.approx(0.75, abs=1e-12)


def test_a_supporter_and_an_attacker_of_equal_strength_cancel():
    s = strengths("""
        title: t
        claims:
          a: {text: A, weight: 0.4}
          b: {text: B, weight: 0.6, supports: a}
          c: {text: C, weight: 0.6, attacks: a}
    """)
    assert s["a"] == pytest.approx(0.4, abs=1e-12)


def test_linked_premises_pass_on_their_minimum():
    s = strengths("""
        title: t
        claims:
          a: A
          p: {text: P, weight: 0.9}
          q: {text: Q, weight: 0.2}
        arguments:
          pq: {premises: [p, q], supports: a}
    """)
    assert s["pq"] == pytest.approx(0.2, abs=1e-12)
    assert s["a"] == pytest.approx(0.5 + 0.5 * 0.2, abs=1e-12)


def test_an_undercutter_of_strength_half_halves_a_default_argument():
    s = strengths("""
        title: t
        claims:
          a: A
          p: {text: P, weight: 0.8}
          u: {text: U, attacks: pa}
        arguments:
          pa: {premises: [p], supports: a}
    """)
    assert s["u.attacks.pa"] == 0.5
    assert s["pa"] == pytest.approx(0.8 * 0.5, abs=1e-12)  # min premise 0.8 × c(1, 0.5, 0)


def test_two_supporters_of_half_give_seven_eighths():
    s = strengths("""
        title: t
        claims:
          a: A
          b: {text: B, supports: a}
          c: {text: C, supports: a}
    """)
    assert s["a"] == pytest.approx(0.875, abs=1e-12)  # support 1 − 0.5·0.5 = 0.75


def test_argument_weight_and_a_chain():
    # p (0.5) -> weight-0.6 argument -> a: 0.3 support; a = 0.5 + 0.5·0.3 = 0.65; a attacks b (0.8): 0.8 − 0.8·0.65
    s = strengths("""
        title: t
        claims:
          p: P
          a: {text: A, attacks: b}
          b: {text: B, weight: 0.8}
        arguments:
          pa: {premises: [p], supports: a, weight: 0.6}
    """)
    assert s["pa"] == pytest.approx(0.3, abs=1e-12)
    assert s["a"] == pytest.approx(0.65, abs=1e-12)
    assert s["b"] == pytest.approx(0.8 - 0.8 * 0.65, abs=1e-12)


def test_a_cycle_is_refused_with_a_pointer_to_energy():
    text = """
        title: t
        claims:
          rain: {text: Rain, attacks: sun}
          sun: {text: Sun, attacks: rain}
    """
    with pytest.raises(CyclicMap) as raised:
        strengths(text)
    assert "--semantics energy" in str(raised.value)
    assert set(raised.value.cycle) == {"rain", "sun", "rain.attacks.sun", "sun.attacks.rain"}
    energy = strengths(text, "energy")
    assert energy["rain"] == pytest.approx(energy["sun"], abs=1e-9)
    assert 0 < energy["rain"] < 0.5
