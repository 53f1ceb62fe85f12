"""The steps of a reveal draw the same boxes and lines (some invisible): the proportions
search runs for the first step only, and every step's DOT is what a search of its own gives."""

from __future__ import annotations

from argmap.drawing import fit, to_dot
from argmap.drawing.options import RenderOptions
from argmap.loading.loader import load_path
from argmap.teaching.reveal import step_options
from support.paths import ROOT


def test_a_reveal_searches_once_and_draws_what_separate_searches_draw(monkeypatch):
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    steps = step_options(amap, RenderOptions())
    assert len(steps) > 3
    fit._CHOSEN.clear()
    searches = []
    original = fit.minimum_lengths
    monkeypatch.setattr(fit, "minimum_lengths", lambda *a, **k: searches.append(1) or original(*a, **k))
    remembered = [to_dot(amap, options) for options in steps]
    assert len(searches) == 1
    separate = []
    for options in steps:
        fit._CHOSEN.clear()
        separate.append(to_dot(amap, options))
    assert len(searches) == 1 + len(steps)
    assert remembered == separate


def test_other_sizes_or_another_page_search_again(monkeypatch):
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    fit._CHOSEN.clear()
    searches = []
    original = fit.minimum_lengths
    monkeypatch.setattr(fit, "minimum_lengths", lambda *a, **k: searches.append(1) or original(*a, **k))
    to_dot(amap, RenderOptions())
    to_dot(amap, RenderOptions(page="slide"))
    to_dot(amap, RenderOptions(speakers=False))  # smaller boxes
    assert len(searches) == 3
