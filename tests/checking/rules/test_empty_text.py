from support.rulecheck import found, messages

RULE = "empty-text"


def test_texts_pass():
    assert found("title: t\nclaims:\n  a:\n    text: x\n    quote: y\n", RULE) == []


def test_blank_title_text_and_quote_at_their_values():
    text = "title: ''\nclaims:\n  a:\n    text: \"  \"\n    quote: ''\n"
    assert found(text, RULE) == [(RULE, 1, 8), (RULE, 4, 11), (RULE, 5, 12)]
    assert messages(text, RULE) == [
        "the map's `title` is empty",
        "claim `a` has an empty text",
        "claim `a` has an empty `quote`; remove it or quote the source",
    ]


def test_plain_string_claim_that_is_blank():
    assert found("title: t\nclaims:\n  a: ''\n", RULE) == [(RULE, 3, 6)]


def test_missing_or_null_text_is_the_loaders_only():
    assert found("title: t\nclaims:\n  a:\n    text:\n", RULE) == [("schema", 4, 5)]
    assert found("title: t\nclaims:\n  a:\n    note: n\n", RULE) == [("schema", 3, 3)]
