"""`--page a4|letter` gives a PDF of exactly that paper (upright or sideways), `--page slide`
a 16:9 picture; the drawing is centred and keeps the margins. Through the command line; the
page size is read from the PDF's MediaBox, the PNG's header and the SVG's width and height."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
MAPS = [ROOT / "arguments/nato-no-fly-zone.yaml", ROOT / "arguments/fare-free-buses.yaml"]
PAPER_PT = {"a4": (841.89, 595.28), "letter": (792.0, 612.0), "slide": (960.0, 540.0)}
SVG = "{http://www.w3.org/2000/svg}"


def render(tmp_path, path, page, suffix, *extra) -> bytes:
    out = tmp_path / f"{path.stem}-{page}.{suffix}"
    result = runner.invoke(app, ["render", str(path), "-o", str(out), "--page", page, "-q", *extra])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@needs_dot
@pytest.mark.parametrize("page", ["a4", "letter", "slide"])
@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_the_pdf_is_exactly_the_paper(tmp_path, path, page):
    pdf = render(tmp_path, path, page, "pdf", "--theme", "print")
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    size = sorted((float(box.group(1)), float(box.group(2))))
    long_side, short_side = max(PAPER_PT[page]), min(PAPER_PT[page])
    assert size == pytest.approx([short_side, long_side], abs=1.0)
    if page == "slide":
        assert float(box.group(1)) > float(box.group(2))  # a slide is never turned


@needs_dot
def test_a_slide_png_is_16_by_9(tmp_path):
    png = render(tmp_path, MAPS[0], "slide", "png")
    width, height = struct.unpack(">II", png[16:24])
    assert abs(width / height - 16 / 9) < 0.002 and width >= 2000


@needs_dot
@pytest.mark.parametrize("page", ["a4", "slide"])
def test_the_drawing_is_centred_within_the_margins(tmp_path, page):
    svg = render(tmp_path, MAPS[1], page, "svg")
    root = ET.fromstring(svg)
    page_w, page_h = (float(root.get(a).removesuffix("pt")) for a in ("width", "height"))
    graph = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "graph")
    scale = float(re.search(r"scale\(([\d.]+)", graph.get("transform")).group(1))
    shift_x, shift_y = (
        float(v) for v in re.search(r"translate\(([-\d.]+) ([-\d.]+)\)", graph.get("transform")).groups()
    )
    xs, ys = [], []
    for shape in graph.iter():
        if shape.tag in (f"{SVG}path", f"{SVG}polygon") and shape.get("fill") != "#ffffff":
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", shape.get("d") or shape.get("points"))]
            xs += [(x + shift_x) * scale for x in numbers[0::2]]
            ys += [(y + shift_y) * scale for y in numbers[1::2]]
    left, right, top, bottom = min(xs), page_w - max(xs), min(ys), page_h - max(ys)
    margin = 0.3 * 72
    assert min(left, right, top, bottom) >= margin - 1, (left, right, top, bottom)
    assert abs(left - right) < 0.35 * page_w  # roughly centred (the title is wider than the drawing)
    assert min(left, right) < 0.3 * 72 + 0.2 * 72 + 2 or min(top, bottom) < 0.3 * 72 + 0.2 * 72 + 2  # fills one way
