import sys

from argmap.checking.rules import circular_support
from argmap.model import Argument, ArgumentMap, Claim
from argmap.problems import Location
from support.rulecheck import found, messages

RULE = "circular-support"


def test_a_chain_and_mutual_attacks_pass():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: b
      b:
        text: y
        supports: c
        attacks: d
      c: z
      d:
        text: w
        attacks: b
    """
    assert found(text, RULE) == []


def test_three_claim_cycle_is_one_problem_at_the_closing_relation():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: b
      b:
        text: y
        supports: c
      c:
        text: z
        supports: a
    """
    assert found(text, RULE) == [(RULE, 11, 15)]
    assert messages(text, RULE) == ["circular support: `a` → `b` → `c` → `a`"]


def test_two_claims_supporting_each_other():
    text = "title: t\nclaims:\n  a: {text: x, supports: b}\n  b: {text: y, supports: a}\n"
    assert found(text, RULE) == [(RULE, 4, 26)]


def test_cycle_through_written_arguments_names_them_in_order():
    text = """
    title: t
    claims:
      a: x
      b: y
    arguments:
      r1:
        premises: [a]
        supports: b
      r2:
        premises: [b]
        supports: a
    """
    assert found(text, RULE) == [(RULE, 11, 15)]
    assert messages(text, RULE) == ["circular support: `a` → `r1` → `b` → `r2` → `a`"]


def test_cycle_closed_by_a_linked_premise_points_at_that_premise():
    text = """
    title: t
    claims:
      a: x
      b: y
      c: z
    arguments:
      r:
        premises: [a, c]
        supports: b
      c-from-b:
        premises: [b]
        supports: c
    """
    # a → r → b → c-from-b → c → r: closed by c, r's second premise
    assert found(text, RULE) == [(RULE, 8, 19)]
    assert messages(text, RULE) == ["circular support: `r` → `b` → `c-from-b` → `c` → `r`"]


def test_cycle_through_backing_an_argument():
    text = """
    title: t
    claims:
      a: x
      b:
        text: y
        supports: back
      back:
        text: z
        supports: r
    arguments:
      r:
        premises: [a]
        supports: b
    """
    assert messages(text, RULE) == ["circular support: `r` → `b` → `back` → `r`"]


def test_attack_breaks_a_cycle_and_dangling_references_make_none():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: b
      b:
        text: y
        attacks: a
      c:
        text: z
        supports: [a, d-missing]
    """
    assert found(text, RULE) == [("unknown-reference", 11, 19)]


def test_self_support_is_self_reference_only():
    text = "title: t\nclaims:\n  a: {text: x, supports: a}\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["self-reference"]


def test_100000_node_chain_needs_no_recursion():
    n = 100_000
    ids = [f"c{i}" for i in range(n)]
    here = Location("m.yaml", 1, 1)
    claims = {cid: Claim(location=here, id=cid, text=cid) for cid in ids}
    arguments = {}
    for i, cid in enumerate(ids):
        target = ids[(i + 1) % n]
        aid = f"{cid}.supports.{target}"
        arguments[aid] = Argument(
            location=here,
            where={"target": Location("m.yaml", i + 1, 9)},
            id=aid,
            premises=(cid,),
            target=target,
            shorthand=cid,
        )
    amap = ArgumentMap(location=here, claims=claims, arguments=arguments)
    assert n > sys.getrecursionlimit()
    findings = list(circular_support.check(amap))
    assert len(findings) == 1
    assert findings[0].location == Location("m.yaml", n, 9)
    assert findings[0].message.endswith(f"`c99999` → `c0` (a cycle of {n})")
    assert findings[0].message.startswith("circular support: `c0` → `c1` → `c2` → `c3` → `c4` → … → `c99995`")
