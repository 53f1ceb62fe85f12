from support.rulecheck import found, messages

RULE = "duplicate-relation"


def test_linked_and_single_premise_arguments_differ():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: t
      b: y
      t: z
    arguments:
      r:
        premises: [a, b]
        supports: t
    """
    assert found(text, RULE) == []


def test_shorthand_and_argument_stating_the_same_relation():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: t
      t: z
    arguments:
      r:
        premises: [a]
        supports: t
    """
    assert found(text, RULE) == [(RULE, 8, 3)]
    assert messages(text, RULE) == ["`a` supports `t` is stated twice; first at line 5, column 15"]


def test_same_target_twice_in_a_shorthand_list():
    text = "title: t\nclaims:\n  a:\n    text: x\n    attacks: [t, t]\n  t: z\n"
    assert found(text, RULE) == [(RULE, 5, 18)]


def test_two_arguments_with_the_same_premises_in_another_order():
    text = """
    title: t
    claims:
      a: x
      b: y
      t: z
    arguments:
      r1:
        premises: [a, b]
        supports: t
      r2:
        premises: [b, a]
        supports: t
    """
    assert found(text, RULE) == [(RULE, 10, 3)]
    assert messages(text, RULE) == ["`b`, `a` supports `t` is stated twice; first at line 7, column 3 (argument `r1`)"]


def test_supports_and_attacks_are_not_duplicates():
    text = "title: t\nclaims:\n  a:\n    text: x\n    attacks: t\n    supports: t\n  t: z\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["contradictory-relations"]
