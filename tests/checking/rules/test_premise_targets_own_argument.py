from support.rulecheck import found, messages

RULE = "premise-targets-own-argument"


def test_backing_by_another_claim_passes():
    text = """
    title: t
    claims:
      a: x
      b: y
      c:
        text: z
        attacks: r
    arguments:
      r:
        premises: [a]
        supports: b
    """
    assert found(text, RULE) == []


def test_premise_undercutting_its_own_argument():
    text = """
    title: t
    claims:
      a:
        text: x
        attacks: r
      b: y
    arguments:
      r:
        premises: [a]
        supports: b
    """
    assert found(text, RULE) == [(RULE, 5, 14)]
    assert messages(text, RULE) == ["`a` is a premise of argument `r` and also attacks it"]


def test_linked_premises_backing_their_own_argument():
    text = """
    title: t
    claims:
      a: x
      b: y
      c: z
    arguments:
      r:
        premises: [a, b]
        supports: c
      back:
        premises: [a, b]
        supports: r
    """
    assert found(text, RULE) == [(RULE, 12, 15)]
    assert messages(text, RULE) == ["`a`, `b` are premises of argument `r` and also support it"]
