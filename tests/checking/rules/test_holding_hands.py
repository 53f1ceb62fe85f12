"""holding-hands: every content word of a premise has a partner (teaching rule)."""

from __future__ import annotations

from support.rulecheck import check, found, messages

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


def test_one_message_for_the_argument_naming_each_premises_lonely_words():
    # `avoids` is one word of five in p1: a synonym the stems miss, not worth a line
    problems = [p for p in check(MAP, enable=[RULE]) if p.rule == RULE]
    assert [(p.location.line, p.location.column) for p in problems] == [(9, 20)]
    assert messages(MAP, RULE) == [
        "in argument `a`, `p2` brings in `army` and `large`, which neither the conclusion (`c`) nor another "
        "premise mentions; say how that bears on the conclusion, or leave it out"
    ]


def test_two_lonely_premises_are_still_one_message():
    text = """
        title: t
        claims:
          c: NATO will not fight Russia.
          p1: Generals prefer quiet borders today.
          p2: Diplomats dislike loud summits anyway.
        arguments:
          a:
            premises: [p1, p2]
            supports: c
    """
    (message,) = messages(text, RULE, disable=frozenset({"rabbit-rule"}))
    assert "`p1` brings in `Generals`, `prefer`, `quiet`, `borders` and `today`; `p2` brings in" in message


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
        "in the reason `p` → `c`, `p` brings in `clouds` and `grey`, which the conclusion (`c`) does not "
        "mention; say how that bears on the conclusion, or leave it out"
    ]
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
    assert [m.split(", which")[0].split("brings in ")[1] for m in messages(text, RULE)] == [
        "`going`, `Russia's` and `war`",
        "`Russia`, `wants` and `war`",
    ]
