"""Themes: WCAG contrast computed from the attribute tables, and a print theme in greys."""

from __future__ import annotations

import re

import pytest

from argmap.drawing import RenderOptions, to_dot
from argmap.drawing.themes import PAGE, THEMES
from support.drawing import fixture_map


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of #RRGGBB."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the classic AA grey
    assert contrast("#E69F00", "#FFFFFF") < 3  # Okabe–Ito orange fails as a thin line on white


def _lines(theme):
    """Every colour that draws a line or border carrying meaning."""
    tables = [theme.claim, theme.implicit, theme.junction, theme.caption, theme.support, theme.attack, theme.edge]
    yield from (
        (name, t["color"])
        for name, t in zip(("claim", "implicit", "junction", "caption", "support", "attack", "edge"), tables)
    )
    yield from ((f"speaker {i}", border) for i, (_, border) in enumerate(theme.speakers))


def _backgrounds(theme):
    """Every colour text is drawn on."""
    yield "page", PAGE
    yield "claim", theme.claim["fillcolor"]
    yield "implicit", theme.implicit["fillcolor"]
    yield "caption", theme.caption["fillcolor"]
    yield from ((f"speaker {i}", fill) for i, (fill, _) in enumerate(theme.speakers))


@pytest.mark.parametrize("name", sorted(THEMES))
def test_lines_and_borders_have_3_to_1_against_the_page(name):
    theme = THEMES[name]
    for what, colour in _lines(theme):
        assert contrast(colour, PAGE) >= 3, f"{name}: {what} {colour}"
        assert contrast(colour, theme.graph["bgcolor"]) >= 3


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_has_4_5_to_1_against_what_is_behind_it(name):
    theme = THEMES[name]
    inks = [theme.text["ink"], theme.text["muted"], theme.node["fontcolor"], theme.graph["fontcolor"]]
    for what, background in _backgrounds(theme):
        for ink in inks:
            assert contrast(ink, background) >= 4.5, f"{name}: {ink} on {what} {background}"


def test_speaker_colours_are_okabe_ito_hues_and_all_different():
    fills = [fill for fill, _ in THEMES["default"].speakers]
    borders = [border for _, border in THEMES["default"].speakers]
    assert len(set(fills)) == len(fills) == 7 and len(set(borders)) == 7


@pytest.mark.parametrize("name", ["objections", "linked", "captions"])
def test_print_theme_uses_only_greys(name):
    dot = to_dot(fixture_map(name), RenderOptions(theme="print"))
    colours = set(re.findall(r"#[0-9A-Fa-f]{6}", dot))
    assert colours and all(c[1:3] == c[3:5] == c[5:7] for c in colours), colours


def test_print_theme_keeps_every_distinction_by_style():
    """Attack vs support, implicit, main conclusion: told apart without colour."""
    dot = to_dot(fixture_map("objections"), RenderOptions(theme="print"))
    assert "style=dashed" in dot and "arrowhead=tee" in dot and "arrowhead=normal" in dot
    assert "penwidth=3.6" in dot
    linked = to_dot(fixture_map("linked"), RenderOptions(theme="print"))
    assert 'style="rounded,dashed,filled"' in linked and "<I>The timetable" in linked
