"""The SVG's title and description are escaped as html.escape(quote=False) would."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from argmap.drawing.svg import _escape, accessible


@given(st.text(alphabet=st.sampled_from("&<>\"' a;#x\u00e9\U0001f600")))
def test_escape_is_html_escape_without_quotes(text):
    assert _escape(text) == html.escape(text, quote=False)


def test_the_title_and_description_are_escaped():
    svg = b'<svg><g id="graph0"><title>argmap</title></g></svg>'
    out = accessible(svg, "A & B <i>", 'x > y "quoted"').decode()
    assert "<title>A &amp; B &lt;i&gt;</title>" in out
    assert '<desc>x &gt; y "quoted"</desc>' in out
