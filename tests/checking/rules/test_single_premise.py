"""single-premise: a reason or objection with one premise (teaching rule)."""

from __future__ import annotations

from support.rulecheck import check, found, messages

RULE = "single-premise"

SHORTHAND = """
    title: t
    claims:
      umbrella: Take an umbrella.
      rain:
        text: It will rain.
        supports: umbrella
"""

EXPLICIT = """
    title: t
    claims:
      umbrella: Take an umbrella.
      sunny: The forecast says sunny.
      rain: It will rain.
      dry: An umbrella keeps you dry.
    arguments:
      objection:
        premises: [sunny]
        attacks: umbrella
      reason:
        premises: [rain, dry]
        supports: umbrella
"""


def test_off_by_default():
    assert check(SHORTHAND) == []


def test_shorthand_reported_at_its_target():
    assert found(SHORTHAND, RULE) == [(RULE, 6, 15)]
    assert messages(SHORTHAND, RULE) == [
        "the reason `rain` → `umbrella` stands on one premise: what else must be true for it to "
        "support `umbrella`? Add that co-premise (`implicit: true` if unsaid)"
    ]
    assert [str(p.severity) for p in check(SHORTHAND, enable=[RULE])] == ["info"]


def test_objection_with_one_premise_reported_at_its_premises_linked_reason_passes():
    assert found(EXPLICIT, RULE) == [(RULE, 9, 15)]
    message = messages(EXPLICIT, RULE)[0]
    assert message.startswith("argument `objection` stands on one premise, `sunny`")
    assert "count against `umbrella`" in message


def test_dangling_arguments_are_left_to_unknown_reference():
    text = "title: t\nclaims:\n  a:\n    text: x\n    supports: nowhere\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["unknown-reference"]


def test_skipped_when_the_loader_dropped_a_premise():
    text = "title: t\nclaims: {a: x, b: y, c: z}\narguments:\n  r: {premises: [a, [b]], supports: c}\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["schema"]


def test_one_premise_reasons_for_one_claim_share_one_message():
    text = """
        title: t
        claims:
          c: Take an umbrella.
          rain: {text: It will rain., supports: c}
          wind: {text: It will be windy., supports: c}
          sun: {text: The sun will burn., supports: c}
          dry: {text: You will stay dry without one., attacks: c}
    """
    assert messages(text, RULE) == [
        "3 reasons for `c` stand on one premise each (`rain`, `wind` and `sun`): what else must be true for "
        "each to support it? Add those co-premises (`implicit: true` if unsaid)",
        "the objection `dry` → `c` stands on one premise: what else must be true for it to count against `c`? "
        "Add that co-premise (`implicit: true` if unsaid)",
    ]
    assert found(text, RULE)[0] == (RULE, 4, 41)  # at the first of them
