"""argmap render --evaluate: each box and argument carries its label as a mark, a border style
and a colour (black in the print theme), the tooltip gives the reason, the legend explains."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing.evaluated import decorations, evaluation_decorations, legend_samples
from argmap.evaluation import evaluate
from argmap.loading.loader import load_path
from support.markers import needs_dot
from support.paths import ROOT

SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def test_decorations_carry_mark_style_colour_and_reason():
    amap = load_path(SEED).map
    decos, legend = evaluation_decorations(amap)
    conclusion, plea = decos["no-nfz-or-troops"], decos["zelenskyy-plea"]
    assert conclusion.badge == "✗" and "dashed" in conclusion.node_attrs["style"]
    assert conclusion.node_attrs["penwidth"] == "3.6"  # still the main conclusion's weight
    assert plea.badge == "✓" and "solid" in plea.node_attrs["style"]
    assert conclusion.tooltip_extra == "rejected: `zelenskyy-plea` attacks it and applies"
    assert any(s.badge == "?" and s.border == "dotted" and s.meaning == "undecided" for s in legend)


def test_print_theme_keeps_marks_and_styles_but_no_colour():
    amap = load_path(SEED).map
    ev = evaluate(amap, reject=["less-blood"])
    decos = decorations(ev, amap, theme="print")
    assert {d.node_attrs["color"] for d in decos.values()} == {"#000000"}
    assert decos["less-blood"].badge == "✗*" and decos["no-nfz-or-troops"].badge == "✓"
    assert any("fixed by --assume / --reject" in s.meaning for s in legend_samples(ev, "print"))
    assert {s.colour for s in legend_samples(ev, "print")} == {"#000000"}


def _node(svg_text: str, node_id: str):
    root = ET.fromstring(svg_text)
    return next(g for g in root.iter(f"{SVG}g") if g.get("id") == node_id)


@needs_dot
def test_render_evaluate_svg(tmp_path):
    out = tmp_path / "nato.svg"
    result = CliRunner().invoke(app, ["render", str(SEED), "--evaluate", "-o", str(out)])
    assert result.exit_code == 0, result.output
    svg = out.read_text()
    conclusion = _node(svg, "claim-no-nfz-or-troops")
    border = next(conclusion.iter(f"{SVG}path"))
    assert (border.get("stroke"), border.get("stroke-dasharray")) == ("#b2182b", "5,2")
    assert [t.text for t in conclusion.iter(f"{SVG}text")][-1] == "✗"
    tip = next(conclusion.iter(f"{SVG}a")).get(f"{XLINK}title")
    assert "rejected: `zelenskyy-plea` attacks it and applies" in tip
    plea_border = next(_node(svg, "arg-zelenskyy-plea").iter(f"{SVG}path"))  # a caption: its border says it
    assert (plea_border.get("stroke"), plea_border.get("stroke-dasharray")) == ("#1b7837", None)
    legend = _node(svg, "legend")
    assert "rejected / does not apply" in [t.text for t in legend.iter(f"{SVG}text")]
    # the sample box of "rejected" has the rejected boxes' dashed red border
    assert any(p.get("stroke") == "#b2182b" and p.get("stroke-dasharray") for p in legend.iter(f"{SVG}polygon"))


@needs_dot
def test_render_what_if_and_bad_ids(tmp_path):
    out = tmp_path / "nato.svg"
    result = CliRunner().invoke(app, ["render", str(SEED), "--reject", "less-blood", "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [t.text for t in _node(out.read_text(), "claim-less-blood").iter(f"{SVG}text")]
    assert texts[-1] == "✗*"
    bad = CliRunner().invoke(app, ["render", str(SEED), "--assume", "nope", "-o", str(out)])
    assert bad.exit_code == 2 and "`nope` is neither a claim nor an argument" in bad.output


@needs_dot
def test_render_without_evaluate_has_no_marks(tmp_path):
    out = tmp_path / "nato.svg"
    assert CliRunner().invoke(app, ["render", str(SEED), "-o", str(out)]).exit_code == 0
    texts = [t.text for t in _node(out.read_text(), "claim-no-nfz-or-troops").iter(f"{SVG}text")]
    assert "✗" not in texts and "accepted / applies" not in out.read_text()


def test_committed_evaluated_diagram_shows_the_current_labels():
    """diagrams/evaluated/ is drawn by hand (`argmap render … --evaluate`), outside the build
    manifest: this catches it going stale when the map or the semantics change."""
    svg = (ROOT / "diagrams" / "evaluated" / "nato-no-fly-zone.svg").read_text()
    amap = load_path(SEED).map
    decos, _ = evaluation_decorations(amap)
    root = ET.fromstring(svg)
    drawn = {g.get("id"): [t.text for t in g.iter(f"{SVG}text")] for g in root.iter(f"{SVG}g")}
    for claim_id in amap.claims:
        assert drawn[f"claim-{claim_id}"][-1] == decos[claim_id].badge, claim_id
    assert (ROOT / "diagrams" / "evaluated" / "nato-no-fly-zone.png").stat().st_size > 10_000


def test_committed_df_quad_diagram_shows_the_current_strengths():
    """diagrams/evaluated/nato-no-fly-zone-df-quad.* is drawn with
    `argmap render … --evaluate --semantics df-quad`: each claim's box ends with its strength."""
    from argmap.evaluation.gradual import gradual

    svg = (ROOT / "diagrams" / "evaluated" / "nato-no-fly-zone-df-quad.svg").read_text()
    amap = load_path(SEED).map
    strengths = gradual(amap, "df-quad").strength
    root = ET.fromstring(svg)
    drawn = {g.get("id"): [t.text for t in g.iter(f"{SVG}text")] for g in root.iter(f"{SVG}g")}
    for claim_id in amap.claims:
        assert drawn[f"claim-{claim_id}"][-1] == f"{strengths[claim_id]:.2f}", claim_id
    assert (ROOT / "diagrams" / "evaluated" / "nato-no-fly-zone-df-quad.png").stat().st_size > 10_000
