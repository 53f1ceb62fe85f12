from support.rulecheck import found, messages

RULE = "self-reference"


def test_ordinary_relations_pass():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: b
      b: y
      c: z
    arguments:
      r:
        premises: [c]
        attacks: b
    """
    assert found(text, RULE) == []


def test_claim_supporting_itself_by_shorthand():
    text = "title: t\nclaims:\n  a:\n    text: x\n    supports: [b, a]\n  b: y\n"
    assert found(text, RULE) == [(RULE, 5, 19)]
    assert messages(text, RULE) == ["claim `a` supports itself"]


def test_argument_whose_premises_include_its_target():
    text = """
    title: t
    claims:
      a: x
      b: y
    arguments:
      r:
        premises: [a, b]
        attacks: b
    """
    assert found(text, RULE) == [(RULE, 8, 14)]
    assert messages(text, RULE) == ["argument `r` attacks its own premise `b`"]


def test_argument_targeting_itself():
    text = """
    title: t
    claims:
      a: x
      b: y
    arguments:
      r:
        premises: [a]
        supports: r
      s:
        premises: [b]
        supports: a
    """
    assert found(text, RULE) == [(RULE, 8, 15)]
    assert messages(text, RULE) == ["argument `r` supports itself"]


def test_a_dangling_reference_is_only_unknown_reference():
    text = """
    title: t
    claims:
      a:
        text: x
        supports: a-typo
    arguments:
      r:
        premises: [r]
        supports: a
    """
    assert [rule for rule, _, _ in found(text, RULE)] == ["unknown-reference", "unknown-reference"]


def test_a_claim_that_restates_itself():
    text = "title: t\nclaims:\n  a:\n    text: x\n    restates: a\n  b: {text: y, restates: a}\n"
    assert found(text, RULE) == [(RULE, 5, 15)]
    assert messages(text, RULE) == ["claim `a` restates itself"]
