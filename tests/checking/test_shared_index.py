"""What the rules share is worked out once per map (``graph``'s resolved arguments, the map's
``order``): each map checked gets its own answers, however maps follow one another, and the
rules that were rewritten around it report what they reported, in the same order."""

from __future__ import annotations

import dataclasses
import gc
import textwrap

from argmap.checking.checker import check_map
from argmap.checking.rules import contradictory_relations, duplicate_relation
from argmap.loading.loader import LoadResult, load_text
from argmap.model import ArgumentMap

TWO_CYCLES = """
title: T
claims:
  a: {text: A, supports: b}
  b: {text: B, supports: a}
  c: {text: C, attacks: d, supports: d}
  d: {text: D, supports: e}
  e: E
"""


def _load(text: str) -> ArgumentMap:
    amap = load_text(textwrap.dedent(text).lstrip("\n"), "m.yaml").map
    assert amap is not None
    return amap


def _problems(amap: ArgumentMap) -> list[tuple[str, int, int]]:
    return [(p.rule, p.location.line, p.location.column) for p in check_map(LoadResult(amap))]


def test_each_map_gets_its_own_answers_whatever_was_checked_before():
    first = _load(TWO_CYCLES)
    alone = _problems(first)
    assert alone == [("circular-support", 4, 26), ("contradictory-relations", 5, 38)]
    # The same map without its contradictory and circular relations: a new map object, new answers.
    calm = dataclasses.replace(
        first, arguments={aid: arg for aid, arg in first.arguments.items() if arg.premises[0] in ("d",)}
    )
    assert not {rule for rule, *_ in _problems(calm)} & {"circular-support", "contradictory-relations"}
    assert _problems(first) == alone  # and the first map again: its own answers, not the last map's
    del first, calm
    gc.collect()  # a new map may now be made where the old one was in memory
    assert _problems(_load(TWO_CYCLES.replace("supports: a", "supports: e"))) == [("contradictory-relations", 5, 38)]


def test_the_order_is_worked_out_once_and_is_the_models():
    amap = _load(TWO_CYCLES)
    assert amap.order is amap.order
    assert amap.order == (
        "a",
        "a.supports.b",
        "b",
        "b.supports.a",
        "c",
        "c.supports.d",
        "c.attacks.d",
        "d",
        "d.supports.e",
        "e",
    )


def test_contradictions_come_in_the_order_their_pairs_first_appear_in_the_model():
    amap = _load(
        """
        title: T
        claims:
          a: {text: A, attacks: x, supports: y}
          b: {text: B, supports: x}
          x: {text: X, supports: y}
          y: Y
        arguments:
          late-support:
            premises: [a]
            supports: x
          late-attack:
            premises: [b]
            attacks: x
          twice-attack:
            premises: [a]
            attacks: y
        """
    )
    found = [(f.location.line, f.message) for f in contradictory_relations.check(amap)]
    assert found == [  # as before the rule was rewritten: by the first appearance of each pair
        (16, "`a` both supports and attacks `y` (the other relation is at line 3, column 38)"),
        (10, "`a` both supports and attacks `x` (the other relation is at line 3, column 25)"),
        (13, "`b` both supports and attacks `x` (the other relation is at line 4, column 26)"),
    ]


def test_duplicates_are_reported_after_their_first_statement_in_file_order():
    amap = _load(
        """
        title: T
        claims:
          a: {text: A, supports: [x, y]}
          x: {text: X, supports: y}
          y: Y
        arguments:
          again-y:
            premises: [a]
            supports: y
          again-x:
            premises: [a]
            supports: x
          third-x:
            premises: [a]
            supports: x
        """
    )
    found = [(f.location.line, f.message) for f in duplicate_relation.check(amap)]
    assert found == [
        (7, "`a` supports `y` is stated twice; first at line 3, column 30"),
        (10, "`a` supports `x` is stated twice; first at line 3, column 27"),
        (13, "`a` supports `x` is stated twice; first at line 3, column 27"),
    ]
