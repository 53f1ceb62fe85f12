from support.rulecheck import found, messages

RULE = "contradictory-relations"


def test_attack_by_one_premise_and_linked_support_pass():
    text = """
    title: t
    claims:
      a:
        text: x
        attacks: t
      b: y
      t: z
    arguments:
      r:
        premises: [a, b]
        supports: t
    """
    assert found(text, RULE) == []


def test_shorthand_supports_and_attacks_the_same_target():
    text = "title: t\nclaims:\n  a:\n    text: x\n    attacks: t\n    supports: t\n  t: z\n"
    assert found(text, RULE) == [(RULE, 6, 15)]
    assert messages(text, RULE) == ["`a` both supports and attacks `t` (the other relation is at line 5, column 14)"]


def test_linked_premises_in_any_order():
    text = """
    title: t
    claims:
      a: x
      b: y
      t: z
    arguments:
      pro:
        premises: [a, b]
        supports: t
      con:
        premises: [b, a]
        attacks: t
    """
    assert found(text, RULE) == [(RULE, 12, 14)]
    assert messages(text, RULE) == ["`b`, `a` both support and attack `t` (the other relation is at line 9, column 15)"]


def test_dangling_target_is_not_also_contradictory():
    text = "title: t\nclaims:\n  a:\n    text: x\n    attacks: tt\n    supports: tt\n  t: z\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["unknown-reference", "unknown-reference"]
