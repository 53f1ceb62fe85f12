"""Proportions: the picture must fit a 16:9 slide and an A4 page, not one very long row."""

from __future__ import annotations

import re

from argmap.drawing import RenderOptions, render_bytes, to_dot
from argmap.loading.loader import load_path, load_text
from support.drawing import SVG, svg_groups
from support.paths import ROOT


def svg_inches(svg: bytes) -> tuple[float, float]:
    head = svg[:2000].decode()
    return tuple(float(re.search(rf'{k}="([\d.]+)pt"', head).group(1)) / 72 for k in ("width", "height"))


def many_reasons(n: int) -> str:
    lines = ["title: One conclusion, many independent reasons", "claims:", "  c: The plan is good."]
    for i in range(n):
        lines += [
            f"  r{i}:",
            f"    text: Reason number {i} says that the plan is good for this reason.",
            "    supports: c",
        ]
    return "\n".join(lines) + "\n"


def test_the_seed_map_keeps_proportions_a_slide_and_a_page_can_hold():
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    width, height = svg_inches(render_bytes(amap, RenderOptions(), "svg"))
    assert 1.2 <= width / height <= 1.8, (width, height)


def test_a_wide_map_goes_onto_more_ranks():
    amap = load_text(many_reasons(12)).map
    dot = to_dot(amap)
    assert "style=invis weight=4" in dot  # the reasons are stacked into columns
    svg = render_bytes(amap, RenderOptions(), "svg")
    width, height = svg_inches(svg)
    assert width / height <= 2.0, (width, height)
    nodes = svg_groups(svg)
    rows = {round(float(next(g.iter(f"{SVG}text")).get("y"))) for i, g in nodes.items() if i.startswith("claim-r")}
    assert len(rows) >= 3  # the twelve reasons are on three rows or more
    unfitted = "\n".join(line for line in dot.splitlines() if "style=invis" not in line)
    unfitted = re.sub(r" minlen=\d+", "", unfitted)
    from argmap.drawing.engine import layout

    flat_width, flat_height = svg_inches(layout(unfitted, "svg"))
    assert flat_width / flat_height > 3.5  # what it would have been: one very long row


def test_page_slide_fits_a_16_9_slide():
    amap = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
    width, height = svg_inches(render_bytes(amap, RenderOptions(page="slide"), "svg"))
    assert abs(width - 13.333) < 0.02 and abs(height - 7.5) < 0.02  # the picture is the slide
    # (that the drawing fills it within the margins: tests/drawing/test_paper_sizes.py)


def test_page_a4_turns_the_page_for_a_wide_map():
    amap = load_text(many_reasons(12)).map
    assert 'size="11.09,7.67!"' in to_dot(amap, RenderOptions(page="a4"))  # landscape
    tall = load_text(
        "title: t\nclaims:\n"
        + "".join(
            f"  c{i}:\n    text: Step {i} of a long chain of reasons.\n    supports: c{i + 1}\n" for i in range(8)
        )
        + "  c8: The end.\n"
    ).map
    assert 'size="7.67,11.09!"' in to_dot(tall, RenderOptions(page="a4"))  # portrait


def test_proportions_are_deterministic():
    amap = load_text(many_reasons(9)).map
    assert to_dot(amap) == to_dot(load_text(many_reasons(9)).map)
