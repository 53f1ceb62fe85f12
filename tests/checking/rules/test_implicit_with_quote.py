from support.rulecheck import found, messages

RULE = "implicit-with-quote"


def test_implicit_without_quote_and_quote_without_implicit_pass():
    text = """
    title: t
    claims:
      a:
        text: x
        implicit: true
        supports: c
      b:
        text: y
        quote: z
        supports: c
      c: w
    """
    assert found(text, RULE) == []


def test_implicit_claim_with_a_quote_at_the_quote():
    text = "title: t\nclaims:\n  a:\n    text: x\n    implicit: true\n    quote: said so\n"
    assert found(text, RULE) == [(RULE, 6, 12)]
    assert messages(text, RULE) == ["claim `a` quotes the source but is marked `implicit: true` (line 5)"]
