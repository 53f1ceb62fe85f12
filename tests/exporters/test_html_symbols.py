"""The web page's Symbols panel explains the symbols the diagram draws, and no others."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from argmap.cli import app
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()


def symbols(path, tmp_path) -> list[str]:
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["export", str(path), "--to", "html", "-o", str(out), "-O", "semantics=none"])
    assert result.exit_code == 0, result.output
    panel = re.search(r'<ul class="symbols">(.*?)</ul>', out.read_text(), re.S).group(1)
    return [re.sub(r"\s+", " ", item).strip() for item in re.findall(r"</span>([^<]*)</li>", panel)]


@needs_dot
def test_the_seed_map_has_named_arguments_and_no_bare_dots(tmp_path):
    assert symbols(ROOT / "arguments/nato-no-fly-zone.yaml", tmp_path) == [
        "supports",
        "attacks",
        "a named argument, its scheme in italics",
        "unstated premise",
        "main conclusion",
    ]


@needs_dot
def test_a_map_with_a_bare_junction_and_an_unstated_objection(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(
        "title: t\nclaims:\n  c: C.\n  a: A.\n  b: B.\n  u: {text: U., implicit: true}\n"
        "arguments:\n  r: {premises: [a, b], supports: c}\n  o: {premises: [u], attacks: c}\n"
    )
    assert symbols(path, tmp_path) == [
        "supports",
        "attacks",
        "premises that hold only together",
        "unstated objection",
        "main conclusion",
    ]


@needs_dot
def test_a_map_of_supports_only_explains_only_that(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("title: t\nclaims:\n  c: C.\n  a: {text: A., supports: c}\n")
    assert symbols(path, tmp_path) == ["supports", "main conclusion"]
