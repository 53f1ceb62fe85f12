from support.rulecheck import found, messages

RULE = "repeated-premise"


def test_distinct_premises_pass():
    text = "title: t\nclaims:\n  a: x\n  b: y\n  c: z\narguments:\n  r:\n    premises: [a, b]\n    supports: c\n"
    assert found(text, RULE) == []


def test_second_mention_at_its_item():
    text = "title: t\nclaims:\n  a: x\n  b: y\n  c: z\narguments:\n  r:\n    premises: [a, b, a]\n    supports: c\n"
    assert found(text, RULE) == [(RULE, 8, 22)]
    assert messages(text, RULE) == ["premise `a` is listed twice in argument `r` (first at line 8, column 16)"]


def test_repeated_unknown_premise_is_unknown_reference_only():
    text = "title: t\nclaims:\n  a: x\n  c: z\narguments:\n  r:\n    premises: [a, q, q]\n    supports: c\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["unknown-reference", "unknown-reference"]
