"""Every command that reads a map opens it the one way (``argmap.project.opening``): the same
``[tool.argmap]`` settings, the same problems, printed in ``validate``'s format, consistent exits."""

from __future__ import annotations

import textwrap

import pytest
from typer.testing import CliRunner

from argmap.cli import app

MAP = textwrap.dedent("""\
    argmap: 1
    title: Buses
    claims:
      free: {text: Buses should be free.}
      cars: {text: Fewer cars would be on the road., supports: free}
      stray: {text: A claim that nothing uses.}
""")
ORPHAN = "m.yaml:6:3"  # where `stray` is written

# command line after `argmap`, given the map's file name and the output folder
COMMANDS = {
    "render": lambda m, o: ["render", m, "-f", "dot", "-o", f"{o}/m.dot"],
    "outline": lambda m, o: ["outline", m],
    "export": lambda m, o: ["export", m, "--to", "json"],
    "evaluate": lambda m, o: ["evaluate", m],
    "reveal": lambda m, o: ["reveal", m, "--out", o, "-f", "svg"],
    "worksheet": lambda m, o: ["worksheet", m, "--out", o, "-f", "svg"],
    "diff": lambda m, o: ["diff", m, m],
    "build": lambda m, o: ["build", ".", "--out", o, "-f", "dot"],
}


def _project(tmp_path, monkeypatch, table: str):
    (tmp_path / "pyproject.toml").write_text(f"[tool.argmap]\n{table}\n", encoding="utf-8")
    (tmp_path / "m.yaml").write_text(MAP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)


def _run(args):
    return CliRunner().invoke(app, args)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_rule_made_an_error_by_the_project_stops_every_command(tmp_path, monkeypatch, command):
    _project(tmp_path, monkeypatch, 'severity = {orphan-claim = "error"}')
    assert _run(["validate", "m.yaml"]).exit_code == 1
    result = _run(COMMANDS[command]("m.yaml", "out"))
    # diff grades what it can read, errors and all; its exit status says whether the maps match
    assert result.exit_code == (0 if command == "diff" else 1), result.output
    assert f"{ORPHAN}: error:" in result.stderr and "[orphan-claim]" in result.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_prints_the_warnings_validate_prints(tmp_path, monkeypatch, command):
    _project(tmp_path, monkeypatch, "")
    validated = _run(["validate", "m.yaml"])
    assert validated.exit_code == 0
    warning = next(line for line in validated.stdout.splitlines() if "[orphan-claim]" in line)
    result = _run(COMMANDS[command]("m.yaml", "out"))
    assert result.exit_code == 0, result.output
    assert warning in result.stderr.splitlines()


@pytest.mark.parametrize("command", sorted(set(COMMANDS)))
def test_quiet_silences_warnings_but_not_the_work(tmp_path, monkeypatch, command):
    _project(tmp_path, monkeypatch, "")
    result = _run([*COMMANDS[command]("m.yaml", "out"), "--quiet"])
    assert "[orphan-claim]" not in result.stderr
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_disabled_rule_is_disabled_for_every_command(tmp_path, monkeypatch, command):
    _project(tmp_path, monkeypatch, 'disable = ["orphan-claim"]')
    result = _run(COMMANDS[command]("m.yaml", "out"))
    assert "[orphan-claim]" not in result.stderr


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_broken_project_table_is_a_usage_error_everywhere(tmp_path, monkeypatch, command):
    _project(tmp_path, monkeypatch, 'severty = {orphan-claim = "error"}')
    result = _run(COMMANDS[command]("m.yaml", "out"))
    assert result.exit_code == 2
    assert "unknown key 'severty'" in result.stderr and "did you mean 'severity'" in result.stderr
