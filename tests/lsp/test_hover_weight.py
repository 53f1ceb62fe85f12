"""Hover shows a claim's or argument's weight (or the default), for the gradual semantics."""

from __future__ import annotations

import textwrap

import pytest

pytest.importorskip("lsprotocol", reason="the lsp extra is not installed")

from argmap.lsp import navigation
from argmap.lsp.analysis import analyse
from argmap.lsp.textdoc import TextDoc

MAP = textwrap.dedent("""\
    title: Umbrellas
    claims:
      rain: {text: It will rain., weight: 0.7}
      umbrella: Take an umbrella.
      clouds: {text: The sky is grey., supports: rain}
    arguments:
      weather: {premises: [rain], supports: umbrella, weight: 0.25}
      other: {premises: [clouds], attacks: weather}
""")


def hover_at(line: int, word: str) -> str:
    column = MAP.splitlines()[line].rindex(word) + 1
    hover = navigation.hover(analyse(MAP, "m.yaml"), TextDoc.plain("u", MAP), (line, column))
    return hover.contents.value


def test_hover_on_a_claim_reference_shows_its_weight():
    assert "*Weight:* 0.7" in hover_at(4, "rain")
    assert "*Weight:* 0.5 (the default)" in hover_at(6, "umbrella")


def test_hover_on_an_argument_reference_shows_its_weight():
    assert "*Weight:* 0.25" in hover_at(7, "weather")
