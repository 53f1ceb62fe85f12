"""The reveal order: breadth-first from the conclusion, or the map's `steps:`."""

from __future__ import annotations

from argmap.loading.loader import load_path
from argmap.steps import all_ids, never_revealed, reveal_steps
from support.maps import load
from support.paths import ROOT

TREE = """
    title: t
    claims:
      c: C.
      r1: R1.
      r2: R2.
      obj:
        text: Objection.
        attacks: c
      deep:
        text: Deep.
        supports: r1
      under:
        text: Undercut.
        attacks: a
    arguments:
      a:
        premises: [r1, r2]
        supports: c
"""


def added(steps):
    """What each step adds to the one before, as sorted lists."""
    before: frozenset = frozenset()
    result = []
    for step in steps:
        assert before <= step
        result.append(sorted(step - before))
        before = step
    return result


def test_breadth_first_from_the_conclusion_supports_before_objections():
    assert added(reveal_steps(load(TREE).map)) == [
        ["c"],
        ["a", "r1", "r2"],
        ["obj", "obj.attacks.c"],
        ["deep", "deep.supports.r1"],
        ["under", "under.attacks.a"],
    ]


def test_the_last_step_shows_everything_even_unconnected_claims_and_cycles():
    amap = load("""
        title: t
        claims:
          a:
            text: A.
            supports: b
          b:
            text: B.
            supports: a
          alone: Alone.
    """).map
    steps = reveal_steps(amap)
    assert steps[-1] == all_ids(amap)
    assert added(steps) == [["a"], ["b", "b.supports.a"], ["a.supports.b"], ["alone"]]


def test_the_seed_map_reveals_one_argument_a_step():
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    steps = reveal_steps(amap)
    assert added(steps)[0] == ["no-nfz-or-troops"]
    assert steps[-1] == all_ids(amap)
    assert len(steps) == 1 + len(amap.arguments)


def test_authored_steps_show_listed_claims_and_arguments_with_their_premises():
    amap = load(
        TREE
        + """
    steps:
      - c
      - a
      - [obj, deep]
      - under
    """
    ).map
    assert added(reveal_steps(amap)) == [
        ["c"],
        ["a", "r1", "r2"],
        ["deep", "deep.supports.r1", "obj", "obj.attacks.c"],
        ["under", "under.attacks.a"],
    ]
    assert never_revealed(amap) == []


def test_a_listed_argument_waits_for_its_own_step():
    amap = load(
        TREE
        + """
    steps:
      - [c, r1, r2]
      - a
      - [obj, deep, under]
    """
    ).map
    assert added(reveal_steps(amap))[:2] == [["c", "r1", "r2"], ["a"]]


def test_never_revealed_lists_claims_in_model_order():
    amap = load(
        TREE
        + """
    steps:
      - [c, nonsense]
    """
    ).map
    assert never_revealed(amap) == ["r1", "r2", "obj", "deep", "under"]
    assert reveal_steps(amap) == [frozenset({"c"})]
