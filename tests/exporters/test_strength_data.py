"""The strength panel's data in the exported page: chosen semantics, option errors, no panel with none."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.exporters.strength_data import choose_semantics, strength_data
from argmap.loading.loader import load_text
from support.markers import needs_dot

CHAIN = "title: t\nclaims:\n  a: {text: A}\n  b: {text: B, weight: 0.9, supports: a}\n"
RING = "title: t\nclaims:\n  rain: {text: Rain., attacks: sun}\n  sun: {text: Sun., attacks: rain}\n"


def test_default_is_df_quad_and_energy_on_a_cycle():
    assert choose_semantics(load_text(CHAIN).map, None) == "df-quad"
    assert choose_semantics(load_text(RING).map, None) == "energy"
    assert choose_semantics(load_text(CHAIN).map, "none") is None
    with pytest.raises(ValueError, match="semantics=energy"):
        choose_semantics(load_text(RING).map, "df-quad")
    with pytest.raises(ValueError, match="unknown semantics 'stable'"):
        choose_semantics(load_text(CHAIN).map, "stable")


def test_data_holds_weights_relations_order_and_python_strengths():
    data = strength_data(load_text(CHAIN).map, "df-quad")
    nodes = {n["id"]: n for n in data["nodes"]}
    assert data["order"] == ["b", "b.supports.a", "a"]
    assert nodes["a"]["weight"] == 0.5 and nodes["a"]["given"] is False and nodes["b"]["given"] is True
    assert nodes["a"]["supporters"] == ["b.supports.a"] and nodes["b.supports.a"]["premises"] == ["b"]
    assert nodes["a"]["strength"] == pytest.approx(0.5 + 0.5 * 0.9)
    assert strength_data(load_text(RING).map, "energy")["order"] is None


@needs_dot
def test_the_page_carries_the_panel_unless_asked_not_to(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(CHAIN)
    out = tmp_path / "m.html"
    assert CliRunner().invoke(app, ["export", str(path), "--to", "html", "-o", str(out)]).exit_code == 0
    html = out.read_text()
    data = json.loads(re.search(r'id="argmap-strength">(.*?)</script>', html).group(1))
    assert data["semantics"] == "df-quad" and 'id="strength-reset"' in html
    bare = CliRunner().invoke(app, ["export", str(path), "--to", "html", "-O", "semantics=none", "-o", str(out)])
    assert bare.exit_code == 0 and "argmap-strength" not in out.read_text()
    bad = CliRunner().invoke(app, ["export", str(path), "--to", "html", "-O", "semantics=stable", "-o", str(out)])
    assert bad.exit_code == 2 and "unknown semantics 'stable'" in bad.output
