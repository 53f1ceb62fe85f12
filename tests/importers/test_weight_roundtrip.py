"""`weight` survives export and import through JSON, AIF (a node property) and Argdown (data), and is
written to GraphML; the round-tripped map gives the same DF-QuAD strengths."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.evaluation.gradual import gradual
from argmap.loading.loader import load_path

MAP = """title: Weighted
claims:
  a: {text: The bridge is safe., weight: 0.4}
  b: {text: The inspector passed it., supports: a, weight: 0}
  c: {text: A crack was found., weight: 1, attacks: a}
  d: {text: The crack is cosmetic., weight: 0.8}
arguments:
  cosmetic: {premises: [d], attacks: c.attacks.a, label: Only cosmetic, weight: 0.25}
  plain: {premises: [d], supports: a, weight: 0.6}
"""


def weights(amap) -> tuple[dict[str, float | None], list[float]]:
    """Claim weights by text (ids may change on the way), and the arguments' given weights."""
    return (
        {c.text: c.weight for c in amap.claims.values()},
        sorted(a.weight for a in amap.arguments.values() if a.weight is not None),
    )


@pytest.mark.parametrize("fmt", ["json", "aif", "argdown"])
def test_weights_round_trip(tmp_path, fmt):
    source = tmp_path / "m.yaml"
    source.write_text(MAP)
    exported, back = tmp_path / f"m.{fmt}.out", tmp_path / "back.yaml"
    runner = CliRunner()
    assert runner.invoke(app, ["export", str(source), "--to", fmt, "-o", str(exported)]).exit_code == 0
    result = runner.invoke(app, ["import", str(exported), "--from", fmt, "-o", str(back)])
    assert result.exit_code == 0, result.output
    original, again = load_path(source).map, load_path(back).map
    assert weights(again) == weights(original)
    assert sorted(gradual(again, "df-quad").strength.values()) == pytest.approx(
        sorted(gradual(original, "df-quad").strength.values()), abs=1e-12
    )


def test_graphml_writes_given_weights_as_doubles(tmp_path):
    source, out = tmp_path / "m.yaml", tmp_path / "m.graphml"
    source.write_text(MAP)
    assert CliRunner().invoke(app, ["export", str(source), "--to", "graphml", "-o", str(out)]).exit_code == 0
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()
    assert root.find("g:key[@id='weight']", ns).get("attr.type") == "double"
    found = {
        n.get("id"): n.find("g:data[@key='weight']", ns)
        for n in root.iter("{http://graphml.graphdrawing.org/xmlns}node")
    }
    assert found["b"].text == "0.0" and found["cosmetic"].text == "0.25" and found["b.supports.a"] is None
