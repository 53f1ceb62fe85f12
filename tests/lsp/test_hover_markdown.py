"""Hovers are Markdown an editor renders: a map's texts in them go through argmap.mdtext, so a
claim's text, quote, note, label or speaker cannot become a link, an image or HTML (issue 20)."""

from __future__ import annotations

import pytest

pytest.importorskip("lsprotocol", reason="the lsp extra is not installed")

from argmap.lsp import navigation
from argmap.lsp.analysis import analyse
from argmap.lsp.textdoc import TextDoc
from support.markdown_render import live_markup, markdown_it, python_markdown

MAP = """title: T
speakers:
  mal: {name: 'Mal [x](command:workbench.action.quit)', role: '<img src=x onerror=alert(1)>'}
claims:
  rain:
    text: "It [rains](javascript:alert(1))\\n\\n<script>alert(2)</script>"
    speaker: mal
    quote: "![i](http://evil.example/track.png) {: onclick=alert(3) }"
    note: '<a href="javascript:alert(4)">n</a>'
  umbrella: Take an umbrella.
arguments:
  weather: {premises: [rain], supports: umbrella, label: '<svg onload=alert(5)>', scheme: '[s](javascript:x)'}
"""


def hover_at(line: int, word: str) -> str:
    column = MAP.splitlines()[line].index(word) + 1
    hover = navigation.hover(analyse(MAP, "m.yaml"), TextDoc.plain("u", MAP), (line, column))
    return hover.contents.value


@pytest.mark.parametrize("line, word", [(4, "rain"), (11, "weather"), (2, "mal"), (6, "mal")])
def test_hovers_hold_no_live_markup(line: int, word: str) -> None:
    text = hover_at(line, word)
    for render in (markdown_it, python_markdown):
        page = render(text)
        assert live_markup(page) == [] and "<a " not in page and "<img" not in page, page
