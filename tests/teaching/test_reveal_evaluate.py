"""`argmap reveal --evaluate`: every step carries the labels of the whole map."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from typer.testing import CliRunner

from argmap.cli import app

MAP = """\
title: Reveal with labels
claims:
  c: The conclusion.
  r:
    text: A reason.
    supports: c
  o:
    text: An objection.
    attacks: r
"""


def test_reveal_evaluate_marks_each_step(tmp_path):
    (tmp_path / "m.yaml").write_text(MAP)
    out = tmp_path / "steps"
    result = CliRunner().invoke(app, ["reveal", str(tmp_path / "m.yaml"), "--out", str(out), "--evaluate"])
    assert result.exit_code == 0, result.output
    steps = sorted(out.glob("m-step*.svg"))
    assert len(steps) >= 2
    # o is an unattacked assumption (accepted); it rejects r, so c has no applicable support
    assert _box_text(steps[-1], "claim-o").endswith("✓")
    assert _box_text(steps[-1], "claim-r").endswith("✗")
    assert _box_text(steps[0], "claim-c").endswith("✗")
    plain = CliRunner().invoke(app, ["reveal", str(tmp_path / "m.yaml"), "--out", str(tmp_path / "p")])
    assert plain.exit_code == 0
    assert _box_text(sorted((tmp_path / "p").glob("*.svg"))[-1], "claim-o").startswith("An objection")


def _box_text(svg, element_id: str) -> str:
    root = ET.parse(svg).getroot()
    group = next(g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("id") == element_id)
    texts = group.iter("{http://www.w3.org/2000/svg}text")
    return " ".join(t.strip() for text in texts for t in text.itertext() if t.strip())


def test_reveal_evaluate_unknown_override_is_a_usage_error(tmp_path):
    (tmp_path / "m.yaml").write_text(MAP)
    result = CliRunner().invoke(
        app, ["reveal", str(tmp_path / "m.yaml"), "--out", str(tmp_path / "s"), "--reject", "nope"]
    )
    assert result.exit_code == 2
