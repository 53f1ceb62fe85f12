"""README's rule table is `argmap rules --markdown`, so it cannot go stale."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from argmap.cli import app

from support.paths import ROOT


def test_readme_rule_table_matches_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- rules: generated[^\n]*-->\n(.*?)<!-- end of rules -->", readme, re.DOTALL)
    assert match, "README lost its rules table markers"
    generated = CliRunner().invoke(app, ["rules", "--markdown"]).output
    assert match.group(1) == generated, "update README: argmap rules --markdown"


def test_rules_lists_every_rule_and_explains_one():
    from argmap.checking.rules import LOADER_RULES, REGISTRY

    listed = CliRunner().invoke(app, ["rules"]).output.splitlines()
    assert [line.split()[0] for line in listed] == [*LOADER_RULES, *(rule.ID for rule in REGISTRY)]
    explained = CliRunner().invoke(app, ["rules", "--explain", "multiple-conclusions"])
    assert explained.exit_code == 0
    assert explained.output.startswith("multiple-conclusions (info, off by default: --enable multiple-conclusions)")
    assert "Passing example::" in explained.output and "Failing example" in explained.output
    assert CliRunner().invoke(app, ["rules", "--explain", "schema"]).exit_code == 0
    assert CliRunner().invoke(app, ["rules", "--explain", "nope"]).exit_code == 2
