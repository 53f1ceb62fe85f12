"""rabbit-rule: every content word of a conclusion appears in a premise (teaching rule)."""

from __future__ import annotations

from support.rulecheck import check, found, messages

RULE = "rabbit-rule"

MAP = """
    title: t
    claims:
      c: NATO will not enforce a no-fly zone over Ukraine.
      p1: Enforcement of the zone means war with Russia.
      p2: NATO does not want war.
    arguments:
      a:
        premises: [p1, p2]
        supports: c
"""


def test_off_by_default():
    assert check(MAP) == []


def test_names_the_conclusion_words_no_premise_mentions():
    assert found(MAP, RULE) == [(RULE, 9, 15)]
    assert messages(MAP, RULE) == [
        "`fly` and `Ukraine` in the conclusion `c` appear in no premise of argument `a`; "
        "a co-premise that links them in is probably missing"
    ]


def test_stems_and_stop_words_let_words_match():
    text = """
        title: t
        claims:
          c: They were enforcing the rules.
          p: Rule enforcement is what they do.
        arguments:
          a:
            premises: [p]
            supports: c
    """
    assert found(text, RULE) == []


def test_an_attacked_claim_is_named_as_such_and_one_word_is_singular():
    text = """
        title: t
        claims:
          c: Buses are cheap.
          p:
            text: Buses cost a lot.
            attacks: c
    """
    assert messages(text, RULE) == [
        "`cheap` in the attacked claim `c` appears in no premise of the objection `p` → `c`; "
        "a co-premise that links it in is probably missing"
    ]


def test_undercutters_have_no_conclusion_text_to_check():
    text = """
        title: t
        claims:
          c: Buses are cheap.
          p: Buses are cheap to run.
          u:
            text: Something unrelated entirely.
            attacks: a
        arguments:
          a:
            premises: [p]
            supports: c
    """
    assert found(text, RULE) == []
