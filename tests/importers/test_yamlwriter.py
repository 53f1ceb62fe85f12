"""The YAML that importers write: any text survives argmap's own loader unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.importers.ids import IdMaker, slug
from argmap.importers.yamlwriter import Draft, Entry, render, scalar
from support.interop import load_yaml

texts = st.text(min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(title=texts, text=texts, tag=texts, name=texts)
def test_any_text_round_trips_through_the_loader(title, text, tag, name):
    draft = Draft(
        title=title,
        speakers=[Entry("s", {"name": name})],
        claims=[Entry("a", {"text": text, "tags": [tag], "speaker": "s"})],
        header=[text],
    )
    amap = load_yaml(render(draft))
    assert amap.title == title
    assert amap.claims["a"].text == text
    assert amap.claims["a"].tags == (tag,)
    assert amap.speakers["s"].name == name


def test_scalars_that_yaml_would_reinterpret_are_quoted():
    for text in [
        "yes",
        "No",
        "null",
        "~",
        "1e3",
        "0x1F",
        "2022-03-02",
        "a: b",
        "x #y",
        "- a",
        "[a]",
        "&a",
        "*a",
        "!tag",
        "%x",
        "@x",
        "`x",
        "'x'",
        '"x"',
        "",
        " a",
        "a\nb",
        "10:30",
    ]:
        assert scalar(text).startswith('"'), text
    assert scalar("Plain prose, with commas; and (brackets).") == "Plain prose, with commas; and (brackets)."
    assert scalar("a, b", flow=True) == '"a, b"'


def test_unprintable_characters_are_escaped():
    assert scalar("a\u2028b\x85c\x7f") == '"a\\u2028b\\u0085c\\u007f"'


def test_comments_cannot_break_out_of_their_line():
    draft = Draft(title="T", header=["evil\ntitle: injected"], claims=[Entry("a", {"text": "A"}, ["x\ny: 1"])])
    text = render(draft)
    assert "\ntitle: injected" not in text and "# title: injected" in text
    assert load_yaml(text).title == "T"


def test_ids_are_valid_and_unique():
    maker = IdMaker()
    assert (
        maker.make("Energy-saving light bulbs contain toxins!", "claim") == "energy-saving-light-bulbs-contain-toxins"
    )
    assert (
        maker.make("Energy saving light bulbs contain toxins", "claim") == "energy-saving-light-bulbs-contain-toxins-2"
    )
    assert maker.make("¿¡ !!", "claim") == "claim"
    assert maker.make("?", "claim") == "claim-2"
    assert maker.keep("nice_id", "x") == "nice_id"
    assert maker.keep("nice_id", "x") == "nice-id"
    assert maker.keep("has space", "x") == "has-space"
    assert slug("Ünïcödé Straße") == "unicode-strae"
    assert len(slug("word " * 30)) <= 40
