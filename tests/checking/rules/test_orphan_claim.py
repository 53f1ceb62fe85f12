from support.rulecheck import found, messages

RULE = "orphan-claim"


def test_connected_claims_and_a_single_claim_pass():
    assert found("title: t\nclaims:\n  a: x\n", RULE) == []
    text = """
    title: t
    claims:
      a: x
      b: y
      back:
        text: z
        supports: r
    arguments:
      r:
        premises: [a]
        supports: b
    """
    assert found(text, RULE) == []


def test_unconnected_claim_at_its_key():
    text = "title: t\nclaims:\n  a:\n    text: x\n    supports: b\n  b: y\n  lonely: z\n"
    assert found(text, RULE) == [(RULE, 7, 3)]
    assert messages(text, RULE) == [
        "claim `lonely` is connected to nothing: it is neither a premise nor the target of an argument"
    ]


def test_claims_of_a_map_without_relations_are_all_orphans():
    assert found("title: t\nclaims:\n  a: x\n  b: y\n", RULE) == [(RULE, 3, 3), (RULE, 4, 3)]


def test_not_checked_when_the_loader_dropped_an_argument():
    text = """
    title: t
    claims:
      a: x
      b: y
    arguments:
      r: [a, b]
    """
    assert [rule for rule, _, _ in found(text, RULE)] == ["schema"]
