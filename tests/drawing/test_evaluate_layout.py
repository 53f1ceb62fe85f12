"""render --evaluate keeps every box where the plain render puts it (grounded and gradual), and
its legend shows sample boxes; the print theme stays in greys."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.markers import needs_dot

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
SVG = "{http://www.w3.org/2000/svg}"
SMALL = """title: Is the bridge safe?
speakers:
  eng: {name: Engineer}
claims:
  a: {text: The bridge is safe., weight: 0.4, speaker: eng}
  b: {text: The inspector passed it., supports: a}
  c: {text: A crack was found., weight: 0.5, attacks: a, speaker: eng}
  d: {text: The crack is cosmetic., weight: 0.8}
  e: {text: The load test went fine., speaker: eng}
  f: {text: Loads were at design level., speaker: eng}
arguments:
  cosmetic: {premises: [d], attacks: c.attacks.a, label: Only cosmetic}
  load: {premises: [e, f], supports: a, label: Load test, scheme: cause-to-effect, weight: 0.9}
"""
pytestmark = needs_dot


def render(path: Path, out: Path, *args: str) -> ET.Element:
    result = CliRunner().invoke(app, ["render", str(path), "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return ET.fromstring(out.read_bytes())


def layout(root: ET.Element) -> tuple[dict[str, object], dict[str, tuple[float, ...]]]:
    """The page transform with each box's outline (its first shape), and where each line starts
    and ends."""
    boxes: dict[str, object] = {"transform": next(root.iter(f"{SVG}g")).get("transform")}
    lines = {}
    for group in root.iter(f"{SVG}g"):
        kind, gid = group.get("class"), group.get("id")
        shapes = [e.get("d") or e.get("points") for e in group.iter() if e.tag.endswith(("path", "polygon"))]
        if kind == "node" and gid != "legend":
            boxes[gid] = shapes[:1]
        elif kind == "edge":
            numbers = [float(n) for n in re.findall(r"-?[\d.]+", shapes[0])]
            lines[gid] = (*numbers[:2], *numbers[-2:])
    return boxes, lines


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "bridge.yaml"
    path.write_text(SMALL)
    return path


@pytest.mark.parametrize("semantics", ["grounded", "df-quad", "energy"])
@pytest.mark.parametrize("which", ["seed", "small"])
def test_evaluated_boxes_and_lines_stay_where_the_plain_render_puts_them(tmp_path, small, semantics, which):
    path = SEED if which == "seed" else small
    plain_boxes, plain_lines = layout(render(path, tmp_path / "plain.svg"))
    boxes, lines = layout(render(path, tmp_path / "evaluated.svg", "--evaluate", "--semantics", semantics))
    assert len(plain_boxes) + len(plain_lines) > 15
    assert boxes == plain_boxes  # to the hundredth of a point
    # the legend grows to the right for its samples; Graphviz may then route a line passing near it
    # a little differently, but every line still joins the same places
    assert lines.keys() == plain_lines.keys()
    for gid, ends in lines.items():
        assert all(abs(a - b) <= 4 for a, b in zip(ends, plain_lines[gid])), gid


def test_one_premise_arguments_get_no_junction_box(tmp_path, small):
    root = render(small, tmp_path / "e.svg", "--evaluate")
    ids = {g.get("id") for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    assert "arg-b.supports.a" not in ids  # still a plain arrow, coloured by its label
    edge = next(g for g in root.iter(f"{SVG}g") if g.get("id") == "arg-b.supports.a")
    assert next(edge.iter(f"{SVG}path")).get("stroke") == "#1b7837"


def test_df_quad_boxes_carry_a_bar_and_the_number_and_the_legend_explains(tmp_path, small):
    root = render(small, tmp_path / "s.svg", "--semantics", "df-quad")
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    texts = [t.text for t in groups["claim-a"].iter(f"{SVG}text")]
    # a: weight 0.4, support 0.5 + 0.45 (load test: min 0.5 × 0.9) combined 0.725, attack 0.5 × (1 − 0.8) = 0.1
    assert texts[-1] == f"{0.4 + 0.6 * (0.725 - 0.1):.2f}"
    bar = [p for p in groups["claim-a"].iter(f"{SVG}polygon") if p.get("fill") == "#2b5c8a"]
    assert bar, "a filled bar in the box"
    legend_text = " ".join(t.text or "" for t in groups["legend"].iter(f"{SVG}text"))
    assert "strength from 0 to 1 (DF-QuAD):" in legend_text and "filled" in legend_text


def test_print_theme_draws_strengths_in_greys(tmp_path, small):
    out = tmp_path / "p.svg"
    render(small, out, "--semantics", "df-quad", "--theme", "print")
    colours = set(re.findall(r'(?:fill|stroke|stop-color)="(#[0-9a-fA-F]{6})"', out.read_text()))
    assert colours, "some colours"
    for colour in colours:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert r == g == b, colour


def test_df_quad_render_of_a_cycle_is_refused_clearly(tmp_path):
    path = tmp_path / "cycle.yaml"
    path.write_text("title: t\nclaims:\n  rain: {text: Rain., attacks: sun}\n  sun: {text: Sun., attacks: rain}\n")
    result = CliRunner().invoke(app, ["render", str(path), "--semantics", "df-quad", "-o", str(tmp_path / "c.svg")])
    assert result.exit_code == 1 and "--semantics energy" in result.output
    assert not (tmp_path / "c.svg").exists()


@pytest.mark.needs_wasm
def test_the_webassembly_engine_draws_the_bars_to_scale(tmp_path, small):
    """argmap draws the labels itself for the WebAssembly Graphviz: the bar's cells keep their widths."""
    out = tmp_path / "w.svg"
    result = CliRunner().invoke(
        app, ["render", str(small), "--semantics", "df-quad", "--engine", "wasm", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    claim = next(g for g in ET.parse(out).getroot().iter(f"{SVG}g") if g.get("id") == "claim-a")
    filled = [float(r.get("width")) for r in claim.iter(f"{SVG}rect") if r.get("fill", "").lower() == "#2b5c8a"]
    assert filled == [round(0.775 * 28)]  # a: 0.4 + 0.6·(0.725 − 0.1) = 0.775 of the 28-point bar
