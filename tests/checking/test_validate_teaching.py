"""`argmap validate --teaching` and `teaching = true` in [tool.argmap] turn on the teaching rules."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from argmap.checking.rules import REGISTRY, TEACHING_RULES
from argmap.cli import app

runner = CliRunner()
# each teaching rule fires once: a one-premise reason (single-premise), a linked reason whose
# conclusion words come from nowhere (rabbit-rule), one with a premise off the point (holding-hands)
MAP = """title: t
claims:
  c: Take an umbrella.
  p:
    text: The clouds are grey.
    supports: c
  rain: It will rain today.
  cloudy: Dark clouds mean rain today.
  kites: Kites fly well in wind.
arguments:
  rabbit:
    premises: [rain, cloudy]
    supports: c
  hands:
    premises: [cloudy, kites]
    supports: rain
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "m.yaml").write_text(MAP)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'course'\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rules_of(result) -> list[str]:
    return sorted(line.rsplit("[", 1)[1].rstrip("]") for line in result.output.splitlines()[:-1])


def test_teaching_rules_are_the_three_and_off_by_default(project):
    assert set(TEACHING_RULES) == {"single-premise", "rabbit-rule", "holding-hands"}
    assert not any(rule.ENABLED_BY_DEFAULT for rule in REGISTRY if rule.ID in TEACHING_RULES)
    result = runner.invoke(app, ["validate", "m.yaml"])
    assert result.exit_code == 0 and result.output == "no problems in 1 file checked\n"


def test_the_flag_turns_them_on_as_information(project):
    result = runner.invoke(app, ["validate", "--teaching", "m.yaml"])
    assert result.exit_code == 0  # information never fails a build
    assert rules_of(result) == ["holding-hands", "rabbit-rule", "single-premise"]
    assert "`kites` brings in `Kites`, `fly`, `well` and `wind`" in result.output


def test_the_config_turns_them_on_and_disable_still_wins(project):
    (project / "pyproject.toml").write_text('[tool.argmap]\nteaching = true\ndisable = ["rabbit-rule"]\n')
    # without rabbit-rule, holding-hands speaks for the argument rabbit-rule would have named
    assert rules_of(runner.invoke(app, ["validate", "m.yaml"])) == ["holding-hands", "holding-hands", "single-premise"]
    result = runner.invoke(app, ["validate", "--teaching", "--disable", "single-premise", "m.yaml"])
    assert rules_of(result) == ["holding-hands"] * 3  # rabbit-rule stays off (config): holding-hands speaks


def test_a_teaching_rule_can_be_enabled_alone(project):
    assert rules_of(runner.invoke(app, ["validate", "--enable", "rabbit-rule", "m.yaml"])) == ["rabbit-rule"] * 2


def test_a_non_boolean_teaching_setting_is_a_usage_error(project):
    (project / "pyproject.toml").write_text('[tool.argmap]\nteaching = "yes"\n')
    result = runner.invoke(app, ["validate", "m.yaml"])
    assert result.exit_code == 2 and "`teaching` must be true or false" in result.output
