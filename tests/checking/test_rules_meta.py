"""Every rule is registered, named well, documented with examples that really pass and
fail, and has its own test file."""

from __future__ import annotations

import re

import pytest

from argmap.checking.checker import Settings, check_file
from argmap.checking.ruledocs import examples
from argmap.checking.rules import LOADER_RULES, REGISTRY
from argmap.problems import Severity
from support.paths import ROOT

RULES_DIR = ROOT / "src/argmap/checking/rules"
KEBAB = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*\Z")


def _module_names() -> set[str]:
    return {p.stem for p in RULES_DIR.glob("*.py") if not p.stem.startswith("_")}


def test_every_rule_module_is_registered_once():
    registered = [rule.__name__.rsplit(".", 1)[1] for rule in REGISTRY]
    assert sorted(registered) == sorted(_module_names())
    assert len(set(registered)) == len(registered)


def test_ids_are_unique_kebab_case_and_match_the_module_name():
    ids = [rule.ID for rule in REGISTRY]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & set(LOADER_RULES)
    for rule in REGISTRY:
        assert KEBAB.match(rule.ID), rule.ID
        assert rule.__name__.rsplit(".", 1)[1] == rule.ID.replace("-", "_")


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.ID)
def test_rule_shape(rule):
    assert isinstance(rule.DEFAULT_SEVERITY, Severity)
    assert isinstance(rule.ENABLED_BY_DEFAULT, bool)
    assert rule.SUMMARY and "\n" not in rule.SUMMARY and not rule.SUMMARY.endswith(".")
    assert callable(rule.check)
    assert (ROOT / "tests/checking/rules" / f"test_{rule.ID.replace('-', '_')}.py").is_file()


@pytest.mark.parametrize("rule", REGISTRY, ids=lambda r: r.ID)
def test_docstring_examples_pass_and_fail_through_the_checker(rule, tmp_path):
    found = examples(rule)
    assert {"passing", "failing"} <= set(found), "the docstring needs a passing and a failing example"
    if "source" in found:
        (tmp_path / "article.txt").write_text(found["source"], encoding="utf-8")
    settings = Settings(enable=frozenset({rule.ID}))
    passing, failing = tmp_path / "passing.yaml", tmp_path / "failing.yaml"
    passing.write_text(found["passing"], encoding="utf-8")
    failing.write_text(found["failing"], encoding="utf-8")
    assert check_file(passing, settings) == []
    problems = check_file(failing, settings)
    assert problems, "the failing example passes"
    assert {p.rule for p in problems} == {rule.ID}, "the failing example should show this rule's problem only"
