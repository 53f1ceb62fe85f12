"""`weight` on claims and arguments: read as a number from 0 to 1, anything else a schema problem."""

from __future__ import annotations

from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading.loader import load_text

MAP = """title: t
claims:
  a: {text: A, weight: 0.7}
  b: {text: B, weight: 1, supports: a}
  c: {text: C, weight: .25}
  d: D
arguments:
  x: {premises: [c], attacks: a, weight: 0}
"""


def test_weights_are_read_and_left_out_ones_are_none():
    result = load_text(MAP)
    assert not result.problems
    claims, args = result.map.claims, result.map.arguments
    assert (claims["a"].weight, claims["b"].weight, claims["c"].weight, claims["d"].weight) == (0.7, 1.0, 0.25, None)
    assert args["x"].weight == 0.0 and args["b.supports.a"].weight is None


def test_a_bad_weight_is_a_schema_problem_at_its_value(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "title: t\nclaims:\n  a: {text: A, weight: 1.5}\n  b:\n    text: B\n    weight: high\n"
        "  c: {text: C, weight: '0.5'}\n  d: {text: D, weight: .nan}\n"
        "arguments:\n  x: {premises: [b], supports: a, weight: [1]}\n"
    )
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    lines = [line.replace(str(path), "bad.yaml") for line in result.output.splitlines()]
    assert "bad.yaml:3:24: error: `weight` of claim `a` must be a number from 0 to 1, not `1.5` [schema]" in lines
    assert "bad.yaml:6:13: error: `weight` of claim `b` must be a number from 0 to 1, not `high` [schema]" in lines
    assert (
        "bad.yaml:7:24: error: `weight` of claim `c` must be a number from 0 to 1, not `0.5` "
        "(write it without quotes) [schema]"
    ) in lines
    assert "bad.yaml:8:24: error: `weight` of claim `d` must be a number from 0 to 1, not `.nan` [schema]" in lines
    assert any(line.startswith("bad.yaml:10:") and "`weight` of argument `x`" in line for line in lines)
    assert "Traceback" not in result.output
