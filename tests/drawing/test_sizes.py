"""Honest sizes: the PNG resolution stays within what Graphviz and image viewers handle, a
picture too large even at 72 dpi is refused with advice, text too small for a page is
noted, and tools/measure_fit.py counts the SVG's scale."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from argmap.drawing import RenderOptions, render_bytes
from argmap.drawing.sizes import (
    MAX_PIXELS,
    MAX_SIDE,
    MIN_DPI,
    PNG_DPI,
    Measure,
    PictureTooLarge,
    page_note,
    parse_plain,
    png_dpi,
)
from argmap.loading.loader import load_path
from support.markers import needs_dot

ROOT = Path(__file__).resolve().parents[2]


def test_the_plain_header_gives_the_picture_as_drawn():
    measure = parse_plain(b"graph 0.5 20 10\nnode ...\n", pad=0.2)
    assert measure == Measure(pytest.approx(10.2), pytest.approx(5.2), 0.5)


def test_a_picture_that_fits_is_drawn_at_the_documented_dpi():
    assert png_dpi(Measure(40, 40, 1.0)) == (PNG_DPI, None)


def test_a_larger_picture_gets_a_lower_dpi_within_the_limits_and_a_note():
    for width, height in [(200, 20), (60, 60)]:
        dpi, note = png_dpi(Measure(width, height, 1.0))
        assert MIN_DPI <= dpi < PNG_DPI and note and f"{dpi} dpi" in note and "SVG" in note
        assert width * dpi <= MAX_SIDE and height * dpi <= MAX_SIDE
        assert width * dpi * height * dpi <= MAX_PIXELS


def test_a_picture_too_large_even_at_72_dpi_is_refused_with_advice():
    with pytest.raises(PictureTooLarge, match="--split-parts") as caught:
        png_dpi(Measure(400, 30, 1.0))
    assert "--focus" in str(caught.value) and "SVG" in str(caught.value)


def test_text_under_6_pt_on_the_page_is_noted():
    assert page_note(Measure(12, 7, 0.6), "slide") is None  # 7.2 pt
    note = page_note(Measure(12, 7, 0.3), "slide")
    assert "3.6 pt" in note and "--split-parts" in note and "--page" in note


@needs_dot
def test_render_bytes_notes_what_the_user_should_know():
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    notes: list[str] = []
    render_bytes(amap, RenderOptions(page="slide"), "svg", notes=notes)
    assert notes == []  # about 6.3 pt on a slide: small but legible
    png = render_bytes(amap, RenderOptions(), "png", notes=notes)
    assert notes == [] and png.startswith(b"\x89PNG")


@needs_dot
def test_measure_fit_counts_the_svgs_scale(tmp_path):
    spec = importlib.util.spec_from_file_location("measure_fit", ROOT / "tools" / "measure_fit.py")
    measure_fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(measure_fit)
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    full, slide = tmp_path / "full.svg", tmp_path / "slide.svg"
    full.write_bytes(render_bytes(amap, RenderOptions(), "svg"))
    slide.write_bytes(render_bytes(amap, RenderOptions(page="slide"), "svg"))
    on_slide = measure_fit.body_text(slide)["16:9 slide"]
    assert measure_fit.drawing_scale(full) == pytest.approx(1.0, abs=0.01)
    assert measure_fit.drawing_scale(slide) < 0.6
    assert 5 < on_slide < 8  # not 12 pt: the slide SVG fits because its drawing is scaled down
