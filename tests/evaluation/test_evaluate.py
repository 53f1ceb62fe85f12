"""The evaluation semantics on small maps whose labels are worked out by hand (the examples of docs/evaluation.md)."""

from __future__ import annotations

import pytest

from argmap.evaluation import OverrideError, evaluate
from argmap.evaluation.framework import IN, OUT, UNDEC
from support.maps import load

TWO_CYCLE = """
    title: Two-cycle
    claims:
      rain: {text: It will rain., attacks: sun}
      sun: {text: It will be sunny., attacks: rain}
"""
REINSTATEMENT = """
    title: Reinstatement
    claims:
      guilty: The suspect is guilty.
      seen: {text: A witness saw the suspect at the scene., supports: guilty}
      alibi: {text: The suspect was abroad that day., attacks: guilty}
      forged: {text: The plane ticket for the alibi was forged., attacks: alibi}
"""
UNDERCUT = """
    title: Undercut
    claims:
      red: The object is red.
      looks-red: The object looks red.
      red-light: {text: The object is lit by a red light., attacks: looks}
    arguments:
      looks: {premises: [looks-red], supports: red}
"""
NEEDS_SUPPORT = """
    title: Assumed false
    claims:
      cure: {text: The remedy cures colds., assumed: false}
      claim-b: The remedy is cheap.
"""


def labels(text: str, **kw) -> dict:
    ev = evaluate(load(text).map, **kw)
    assert len(ev.labellings) == 1 or kw.get("semantics") == "preferred"
    return dict(ev.labellings[0])


def test_two_cycle_grounded_leaves_both_undecided():
    got = labels(TWO_CYCLE)
    assert (got["rain"], got["sun"]) == (UNDEC, UNDEC)


def test_two_cycle_preferred_has_two_labellings_and_nothing_accepted_in_all():
    ev = evaluate(load(TWO_CYCLE).map, "preferred")
    claims = [{n: lab[n] for n in ("rain", "sun")} for lab in ev.labellings]
    assert claims == [{"rain": IN, "sun": OUT}, {"rain": OUT, "sun": IN}]
    assert not ev.accepted_in_all & {"rain", "sun"}
    assert ev.summary("rain") is UNDEC and ev.is_split("rain")


def test_reinstatement():
    got = labels(REINSTATEMENT)
    assert (got["forged"], got["alibi"], got["guilty"]) == (IN, OUT, IN)
    assert got["alibi.attacks.guilty"] is OUT and got["seen.supports.guilty"] is IN


def test_undercut_rejects_the_argument_and_so_its_conclusion():
    """`red` is supported, so it is no assumption: with its only support undercut, it is rejected."""
    ev = evaluate(load(UNDERCUT).map)
    got = ev.labellings[0]
    assert (got["red-light"], got["looks-red"], got["looks"], got["red"]) == (IN, IN, OUT, OUT)
    assert ev.reason("looks").because == ("red-light.attacks.looks",)
    assert ev.reason("red").because == ("looks",)


def test_assumed_false_claim_without_support_is_rejected():
    got = labels(NEEDS_SUPPORT)
    assert got["cure"] is OUT and got["claim-b"] is IN


def test_assumed_true_claim_stands_even_when_its_support_fails():
    got = labels("""
        title: t
        claims:
          c: {text: C, assumed: true}
          p: {text: P, assumed: false, supports: c}
    """)
    assert got["p"] is OUT and got["c"] is IN


def test_backing_an_argument_changes_nothing():
    plain = labels(UNDERCUT)
    backed = labels(
        UNDERCUT.replace(
            "    arguments:", "      law: {text: Colours look true in daylight., supports: looks}\n    arguments:"
        )
    )
    assert all(backed[n] is plain[n] for n in plain)


def test_odd_cycle_grounded_and_preferred_are_all_undecided():
    text = """
        title: t
        claims:
          a: {text: A, attacks: b}
          b: {text: B, attacks: c}
          c: {text: C, attacks: a}
    """
    assert set(labels(text).values()) == {UNDEC}
    ev = evaluate(load(text).map, "preferred")
    assert len(ev.labellings) == 1 and set(ev.labellings[0].values()) == {UNDEC}


def test_assume_and_reject_override_for_one_run():
    assert labels(REINSTATEMENT, reject=["forged"])["guilty"] is OUT
    assert labels(TWO_CYCLE, assume=["rain"])["sun"] is OUT
    ev = evaluate(load(REINSTATEMENT).map, reject=["forged"])
    assert ev.reason("forged").text == "it is fixed for this run by --reject"


def test_overrides_reject_unknown_ids_and_contradictions():
    amap = load(TWO_CYCLE).map
    with pytest.raises(OverrideError, match="`nope` is neither"):
        evaluate(amap, assume=["nope"])
    with pytest.raises(OverrideError, match="both assumed and rejected"):
        evaluate(amap, assume=["rain"], reject=["rain"])


def test_preferred_respects_overrides():
    ev = evaluate(load(TWO_CYCLE).map, "preferred", reject=["sun"])
    assert [lab["rain"] for lab in ev.labellings] == [IN]


def test_explain_walks_down_to_the_assumptions():
    ev = evaluate(load(REINSTATEMENT).map)
    assert ev.explain("guilty") == [
        "guilty: accepted, because `seen.supports.guilty` supports it and applies; "
        "every attack on it fails (`alibi.attacks.guilty`)",
        "  seen.supports.guilty: applies, because its premises are accepted (`seen`)",
        "    seen: accepted, because it is an assumption (nothing supports it), and nothing attacks it",
        "  alibi.attacks.guilty: does not apply, because its premise `alibi` is rejected",
        "    alibi: rejected, because `forged.attacks.alibi` attacks it and applies",
        "      forged.attacks.alibi: applies, because its premises are accepted (`forged`)",
        "        forged: accepted, because it is an assumption (nothing supports it), and nothing attacks it",
    ]


def test_explain_of_a_cycle_stops_at_a_node_already_shown():
    ev = evaluate(load(TWO_CYCLE).map)
    lines = ev.explain("rain")
    assert lines[0].startswith("rain: undecided, because whether the attack on it applies is undecided")
    assert lines[-1].strip() == "rain: undecided (see above)"


def test_grounded_is_linear_in_a_long_chain():
    """A 3,000-claim attack chain (deep reinstatement) is decided without recursion."""
    n = 3000
    claims = "\n".join(f"  c{i}: {{text: C{i}, attacks: c{i - 1}}}" if i else "  c0: C0" for i in range(n))
    ev = evaluate(load(f"title: chain\nclaims:\n{claims}\n").map)
    first, last = ev.labellings[0]["c0"], ev.labellings[0][f"c{n - 1}"]
    assert last is IN and first is (IN if (n - 1) % 2 == 0 else OUT)
