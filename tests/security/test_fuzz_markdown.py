"""Property tests for the Markdown writers (issue 20): whatever the map's texts, the Markdown
export, ``outline --format markdown`` and the worksheet's cards, read back by real renderers
(markdown-it, and Python-Markdown with the extensions of an MkDocs site), hold no live markup,
and every text comes through as itself, on one line.

Examples per property: ``ARGMAP_FUZZ_EXAMPLES`` (see support/fuzz.py)."""

from __future__ import annotations

import re

import yaml
from hypothesis import given
from hypothesis import strategies as st
from lxml import html

from argmap.drawing.outline import outline
from argmap.exporters import exporter
from argmap.loading.loader import load_text
from argmap.mdtext import markdown_text, one_line
from argmap.teaching.worksheet_cards import make_cards
from support.fuzz import FUZZ, NASTY
from support.markdown_render import live_markup, markdown_it, python_markdown

MARKUP = NASTY + [
    '{: onclick="x" }',
    "{#id .c}",
    "[x](javascript:y)",
    "![i](x.png)",
    "<img onerror=x>",
    "<https://a.b>",
    "$x$",
    "^s^",
    "~~d~~",
    "[^1]",
    "*[A]: b",
    "\\",
    "\\\\",
    "&#60;",
    "1. ",
    "# ",
    "> ",
    "| a |",
    "```",
    "~~~",
    ":::",
    "---\n",
    "<!--",
    "www.x.org",
    "a@b.org",
]
_SURROGATE = re.compile("[\ud800-\udfff]")  # never in a map read from a file (UTF-8)
TEXT = st.one_of(
    st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=6)), min_size=1, max_size=8).map("".join),
    st.text(min_size=1, max_size=30),
).map(lambda t: _SURROGATE.sub("", t) or "x")


@st.composite
def maps(draw):
    texts = draw(st.lists(TEXT, min_size=2, max_size=5))
    claims = {f"c{i}": {"text": text} for i, text in enumerate(texts)}
    for i in range(1, len(texts)):
        claims[f"c{i}"]["supports" if draw(st.booleans()) else "attacks"] = "c0"
    doc = {
        "title": draw(TEXT),
        "claims": claims,
        "source": {
            "title": draw(TEXT),
            "author": draw(TEXT),
            "url": draw(st.one_of(TEXT, st.just("https://x.org/a b"))),
        },
        "speakers": {"s": {"name": draw(TEXT)}},
    }
    claims["c0"]["speaker"] = "s"
    result = load_text(yaml.safe_dump(doc, allow_unicode=True), "fuzz.yaml")
    return result.map


def deck(amap) -> tuple[str, str]:
    """The worksheet's cards and answers with every claim blanked."""
    made = make_cards(amap, list(amap.claims), False, 1)
    return made.cards, made.answers


def visible(text: str) -> str:
    """What a reader should see of a text: on one line, surrounding spaces gone."""
    return " ".join(one_line(text).split())


def rendered_text(page: str) -> str:
    return " ".join(html.fragment_fromstring(page, create_parent="div").text_content().split())


@FUZZ
@given(maps())
def test_markdown_outputs_hold_no_live_markup(amap):
    if amap is None:  # a text YAML could not carry (a lone surrogate)
        return
    outputs = [exporter("markdown").export(amap, {"image": "d.svg"}), outline(amap, "markdown"), *deck(amap)]
    for output in outputs:
        for render in (markdown_it, python_markdown):
            assert live_markup(render(output), allowed_images=("d.svg",)) == [], output


@FUZZ
@given(maps())
def test_every_text_is_read_back_as_written(amap):
    if amap is None:
        return
    shown = rendered_text(markdown_it(outline(amap, "markdown")))
    for claim in amap.claims.values():
        assert visible(claim.text) in shown, (claim.text, shown)
    shown = rendered_text(python_markdown(deck(amap)[0]))
    for claim in amap.claims.values():
        assert visible(claim.text) in shown, (claim.text, shown)


@FUZZ
@given(TEXT)
def test_one_text_renders_as_itself(text):
    for render in (markdown_it, python_markdown):
        page = render(f"- {markdown_text(text)}\n")
        assert live_markup(page) == []
        assert rendered_text(page) == visible(text), (text, page)
