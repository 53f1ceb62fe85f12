from support.rulecheck import found, messages

RULE = "duplicate-text"


def test_different_texts_pass():
    text = "title: t\nclaims:\n  a:\n    text: It rains.\n    supports: b\n  b: It pours.\n"
    assert found(text, RULE) == []


def test_same_text_ignoring_case_and_white_space_at_the_later_text():
    text = "title: t\nclaims:\n  a:\n    text: It  rains.\n    supports: b\n  b: it RAINS.\n"
    assert found(text, RULE) == [(RULE, 6, 6)]
    assert messages(text, RULE) == ["claim `b` has the same text as claim `a` (line 3)"]


def test_blank_texts_are_empty_text_only():
    text = "title: t\nclaims:\n  a:\n    text: ' '\n    supports: b\n  b: ''\n"
    assert [rule for rule, _, _ in found(text, RULE)] == ["empty-text", "empty-text"]
