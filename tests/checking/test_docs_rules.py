"""The documentation's rule table is `argmap rules --markdown`, made when the site is built
(tools/docs_hooks.py), so it cannot go stale; the checking page sends readers to it."""

from __future__ import annotations

import importlib.util

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.paths import ROOT


def _docs_hooks():
    pytest.importorskip("mkdocs", reason="the mkdocs extra is not installed")
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "tools" / "docs_hooks.py")
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    return hooks


def test_the_rules_page_holds_the_registrys_rule_table():
    from argmap.checking.rules import REGISTRY

    page = _docs_hooks().rules_page()
    generated = CliRunner().invoke(app, ["rules", "--markdown"]).output
    assert generated in page
    assert all(f"## `{rule.ID}`" in page for rule in REGISTRY)
    checking = (ROOT / "docs" / "checking.md").read_text(encoding="utf-8")
    assert "](rules.md)" in checking and "| `orphan-claim` |" not in checking  # said once, on the rules page


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
