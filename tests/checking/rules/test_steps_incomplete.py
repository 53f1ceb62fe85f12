"""steps-incomplete: claims the reveal order never shows; unknown ids in `steps:` are
unknown-reference problems at the id."""

from __future__ import annotations

from support.rulecheck import check, found, messages

RULE = "steps-incomplete"

MAP = """
    title: t
    claims:
      c: Conclusion.
      p1: Premise one.
      p2: Premise two.
      p3:
        text: Premise three.
        supports: c
    arguments:
      a:
        premises: [p1, p2]
        supports: c
    steps:
      - c
      - [a, p3]
"""


def test_every_claim_shown_passes():
    assert found(MAP, RULE) == []


def test_without_steps_nothing_is_checked():
    assert found("title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: a\n", RULE) == []


def test_a_claim_never_shown_is_reported_at_steps_as_a_warning():
    text = MAP.replace("- [a, p3]", "- [a]")
    assert found(text, RULE) == [(RULE, 14, 3)]
    assert messages(text, RULE) == [
        "claim `p3` is never shown by `steps:`; add it to a step (or an argument that has it as a premise)"
    ]
    assert [str(p.severity) for p in check(text) if p.rule == RULE] == ["warning"]


def test_unknown_step_ids_are_unknown_references_with_a_suggestion():
    text = MAP.replace("- [a, p3]", "- [a, p33, ghost]")
    problems = [(p.rule, p.location.line, p.location.column, p.message) for p in check(text)]
    assert problems == [
        (
            "steps-incomplete",
            14,
            3,
            "claim `p3` is never shown by `steps:`; add it to a step (or an argument that has it as a premise)",
        ),
        ("unknown-reference", 15, 9, "unknown step id `p33`; did you mean `p3`?"),
        ("unknown-reference", 15, 14, "unknown step id `ghost`"),
    ]


def test_a_shorthand_relation_can_be_named_in_steps_and_shows_its_premise():
    text = MAP.replace("- [a, p3]", "- [a, p3.supports.c]")
    assert check(text, enable=[RULE]) == []
