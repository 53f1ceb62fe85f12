"""SVG diagrams carry the outline of what they show in <desc>, for screen readers."""

from __future__ import annotations

import textwrap
import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing import Decoration, RenderOptions, render_bytes
from argmap.drawing.describe import description
from argmap.drawing.outline import outline
from argmap.loading.loader import load_path
from support.drawing import SVG
from support.maps import load
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"

MAP = """
    title: "Tags <b> & \\"quotes\\""
    claims:
      c: "Conclusion with <script>alert(1)</script> & more."
      p:
        text: Premise.
        supports: c
      q:
        text: Objection.
        attacks: c
"""


def title_and_desc(svg: bytes) -> tuple[str, str]:
    """The graph's <title> and <desc> (what screen readers read for the picture)."""
    graph = next(g for g in ET.fromstring(svg).iter(f"{SVG}g") if g.get("class") == "graph")
    children = list(graph)
    assert children[0].tag == f"{SVG}title" and children[1].tag == f"{SVG}desc"
    return children[0].text, children[1].text


@needs_dot
def test_the_desc_is_the_outline_and_texts_stay_literal():
    amap = load(MAP).map
    title, desc = title_and_desc(render_bytes(amap, RenderOptions(), "svg"))
    assert title == 'Tags <b> & "quotes"'
    assert desc == outline(amap, title=False)
    assert desc.startswith("Conclusion with <script>alert(1)</script> & more.\n  Because: Premise.")


@needs_dot
def test_the_seed_diagram_describes_every_claim():
    amap = load_path(SEED).map
    _, desc = title_and_desc(render_bytes(amap, RenderOptions(), "svg"))
    assert all(" ".join(c.text.split()) in desc for c in amap.claims.values())


def test_a_focused_diagram_describes_only_its_part():
    amap = load_path(SEED).map
    desc = description(amap, RenderOptions(focus="nfz-step-to-troops"))
    assert desc.startswith("Imposing a no-fly zone would be a step toward")
    assert "Ukraine does not belong to NATO" not in desc and desc.count("\n") == 5


def test_hidden_steps_are_not_described_and_blanks_replace_texts():
    amap = load(MAP).map
    options = RenderOptions(
        hidden=frozenset({"q", "q.attacks.c"}),
        decorations={"p": Decoration(label="(1) ______"), "p.supports.c": Decoration(label="(2)")},
    )
    assert description(amap, options) == "Conclusion with <script>alert(1)</script> & more.\n  (2): (1) ______\n"


@needs_dot
def test_build_writes_the_description_too(tmp_path):
    src, out = tmp_path / "arguments", tmp_path / "diagrams"
    src.mkdir()
    (src / "m.yaml").write_text(textwrap.dedent(MAP))
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "-f", "svg"])
    assert result.exit_code == 0, result.output
    _, desc = title_and_desc((out / "m.svg").read_bytes())
    assert desc.startswith("Conclusion with <script>")
