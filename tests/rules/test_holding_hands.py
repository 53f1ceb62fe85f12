"""holding-hands: every content word of a premise has a partner (teaching rule)."""

from __future__ import annotations

from rulecheck import check, found, messages

RULE = "holding-hands"

MAP = """
    title: t
    claims:
      c: NATO will not fight Russia.
      p1: NATO avoids wars with nuclear powers.
      p2: Russia is a nuclear power, and Russia's army is large.
      p3: Fighting Russia would be a war with it.
    arguments:
      a:
        premises: [p1, p2, p3]
        supports: c
"""


def test_off_by_default():
    assert check(MAP) == []


def test_names_the_partnerless_words_at_their_premise():
    problems = [p for p in check(MAP, enable=[RULE]) if p.rule == RULE]
    assert [(p.location.line, p.location.column) for p in problems] == [(9, 16), (9, 20)]
    assert messages(MAP, RULE) == [
        "`avoids` in premise `p1` of argument `a` has no partner in the conclusion or another premise (`c`); "
        "say how it bears on the conclusion, or leave it out",
        "`army` and `large` in premise `p2` of argument `a` have no partner in the conclusion or another "
        "premise (`c`); say how they bear on the conclusion, or leave it out",
    ]


def test_a_single_premise_must_share_its_words_with_the_conclusion():
    text = """
        title: t
        claims:
          c: Take an umbrella.
          p:
            text: The clouds are grey.
            supports: c
    """
    assert messages(text, RULE) == [
        "`clouds` and `grey` in premise `p` of `p` supports `c` have no partner in the conclusion (`c`); "
        "say how they bear on the conclusion, or leave it out"]
    assert found(text, RULE) == [(RULE, 4, 3)]  # the claim whose shorthand it is


def test_contractions_abbreviations_and_possessives():
    text = """
        title: t
        claims:
          c: The U.S. won't send troops.
          p:
            text: U.S. troops aren't going to Russia's war.
            supports: c
          q:
            text: Russia wants war.
            supports: c
    """
    assert [m.split(" in premise")[0] for m in messages(text, RULE)] == ["`going`, `Russia's` and `war`",
                                                                        "`Russia`, `wants` and `war`"]
