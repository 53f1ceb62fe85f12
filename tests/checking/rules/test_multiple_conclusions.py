from support.rulecheck import check, found, messages

RULE = "multiple-conclusions"

TWO = "title: t\nclaims:\n  a:\n    text: x\n    supports: [b, c]\n  b: y\n  c: z\n"


def test_one_conclusion_passes():
    assert found("title: t\nclaims:\n  a:\n    text: x\n    supports: b\n  b: y\n", RULE) == []


def test_further_conclusions_at_their_keys_as_info():
    assert found(TWO, RULE) == [(RULE, 7, 3)]
    assert messages(TWO, RULE) == [
        "claim `c` is a further conclusion (it supports or attacks nothing); the first is `b` (line 6)"
    ]
    assert [str(p.severity) for p in check(TWO, enable=[RULE])] == ["info"]


def test_off_by_default():
    assert check(TWO) == []


def test_orphans_are_not_conclusions():
    text = "title: t\nclaims:\n  a:\n    text: x\n    supports: b\n  b: y\n  c: z\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["orphan-claim"]
