"""`argmap validate`'s options, [tool.argmap], output formats and colour (its imports are
checked in test_performance.py)."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from argmap.checking.report import format_text, use_colour
from argmap.cli import app

runner = CliRunner()
# one error (unknown-reference) and one warning (unused-speaker)
MAP = "title: t\nspeakers:\n  ann: Ann\nclaims:\n  a:\n    text: x\n    supports: bb\n  b: y\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with one map, as the current directory (so no other pyproject.toml applies)."""
    (tmp_path / "m.yaml").write_text(MAP)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'course'\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def validate(*args):
    return runner.invoke(app, ["validate", *args])


def rules_of(result) -> list[str]:
    return [line.rsplit("[", 1)[1].rstrip("]") for line in result.output.splitlines()[:-1]]


def test_text_output_ends_with_a_summary(project):
    result = validate("m.yaml")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "m.yaml:3:3: warning: speaker `ann` is not named by any claim or argument [unused-speaker]",
        "m.yaml:7:15: error: unknown target `bb`; did you mean `b`? [unknown-reference]",
        "1 error, 1 warning in 1 file checked",
    ]


def test_json_output_is_only_the_list(project):
    result = validate("--format", "json", "m.yaml")
    assert result.exit_code == 1
    assert json.loads(result.output) == [
        {
            "path": "m.yaml",
            "line": 3,
            "column": 3,
            "severity": "warning",
            "rule": "unused-speaker",
            "message": "speaker `ann` is not named by any claim or argument",
        },
        {
            "path": "m.yaml",
            "line": 7,
            "column": 15,
            "severity": "error",
            "rule": "unknown-reference",
            "message": "unknown target `bb`; did you mean `b`?",
        },
    ]
    assert (
        json.loads(validate("--format", "json", "m.yaml", "--disable", "unknown-reference,unused-speaker").output) == []
    )


def test_github_output(project):
    assert validate("--format", "github", "m.yaml").output.splitlines()[1] == (
        "::error file=m.yaml,line=7,col=15,title=unknown-reference::unknown target `bb`; did you mean `b`?"
    )


def test_strict_turns_warnings_into_errors(project):
    result = validate("--strict", "--disable", "unknown-reference", "m.yaml")
    assert result.exit_code == 1
    assert result.output.endswith(
        "error: speaker `ann` is not named by any claim or argument [unused-speaker]\n1 error in 1 file checked\n"
    )
    assert validate("--disable", "unknown-reference", "m.yaml").exit_code == 0


def test_disable_and_enable_are_repeatable_and_take_commas(project):
    result = validate("--disable", "unused-speaker", "--disable", "unknown-reference", "m.yaml")
    assert (result.exit_code, result.output) == (0, "no problems in 1 file checked\n")
    result = validate("--enable", "multiple-conclusions", "--disable", "unused-speaker,unknown-reference", "m.yaml")
    assert rules_of(result) == []  # `bb` is unknown, so no claim is a conclusion yet


@pytest.mark.parametrize(
    "args",
    [
        ["--disable", "no-such-rule"],
        ["--enable", "orphan-claims"],
        ["--disable", "schema"],
        ["--disable", "orphan-claim", "--enable", "orphan-claim"],
        ["--format", "xml"],
        ["--source-text", "missing.txt"],
    ],
)
def test_usage_errors_exit_2_with_a_message(project, args):
    result = validate(*args, "m.yaml")
    assert result.exit_code == 2
    assert result.output.startswith("argmap: ")  # CliRunner mixes standard error in


def test_an_unknown_rule_gets_a_suggestion(project):
    assert "did you mean 'orphan-claim'?" in validate("--enable", "orphan-claims", "m.yaml").output


def test_source_text_from_the_command_line_is_relative_to_the_current_folder(project):
    (project / "quoted.yaml").write_text("title: t\nclaims:\n  a:\n    text: x\n    quote: Hello there\n")
    (project / "text.txt").write_bytes(b"\xef\xbb\xbfHello  there, world.")
    assert validate("--source-text", "text.txt", "quoted.yaml").exit_code == 0
    (project / "bad.txt").write_bytes(b"\xff\xfe\x00")
    result = validate("--source-text", "bad.txt", "quoted.yaml")
    assert result.exit_code == 2 and "not UTF-8 text" in result.output


def _configure(project, table: str) -> None:
    (project / "pyproject.toml").write_text(f"[project]\nname = 'course'\n\n[tool.argmap]\n{table}\n")


def test_config_disable_enable_and_severity(project):
    _configure(project, 'disable = ["unknown-reference"]\nseverity = { unused-speaker = "error" }')
    result = validate("m.yaml")
    assert result.exit_code == 1 and rules_of(result) == ["unused-speaker"]
    assert "error: speaker `ann`" in result.output
    _configure(project, 'enable = ["multiple-conclusions"]\nseverity = { unknown-reference = "info" }')
    assert validate("m.yaml").exit_code == 0


def test_the_command_line_wins_over_the_config(project):
    _configure(project, 'disable = ["unused-speaker"]')
    assert rules_of(validate("--enable", "unused-speaker", "m.yaml")) == ["unused-speaker", "unknown-reference"]


def test_config_is_found_in_a_parent_folder(project, monkeypatch):
    _configure(project, 'disable = ["unused-speaker"]')
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    assert rules_of(validate("../m.yaml")) == ["unknown-reference"]


@pytest.mark.parametrize(
    "table, complaint",
    [
        ('disable = ["orphan-claims"]', "unknown rule 'orphan-claims' in "),
        ('enable = ["schema"]', "is the loader's and cannot be changed"),
        ('severity = { no-such-rule = "error" }', "unknown rule 'no-such-rule'"),
        ('severity = { orphan-claim = "fatal" }', "unknown severity 'fatal'"),
        ('disable = "orphan-claim"', "`disable` must be a list of rule ids"),
        ('severity = ["orphan-claim"]', "`severity` must be a table"),
        ('disabel = ["orphan-claim"]', "did you mean 'disable'?"),
    ],
)
def test_bad_config_is_a_usage_error(project, table, complaint):
    _configure(project, table)
    result = validate("m.yaml")
    assert result.exit_code == 2 and complaint in result.output
    assert "pyproject.toml" in result.output


def test_colour_only_on_a_terminal_and_never_with_no_color():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert use_colour(Terminal(), {}) is True
    assert use_colour(Terminal(), {"NO_COLOR": "1"}) is False
    assert use_colour(io.StringIO(), {}) is False


def test_coloured_text_marks_severity_and_plain_text_has_no_escapes(project):
    from argmap.checking.checker import check_file

    problems = check_file(project / "m.yaml")
    coloured = format_text(problems, 1, colour=True)
    assert "\x1b[1;31merror\x1b[0m" in coloured and "\x1b[1;33mwarning\x1b[0m" in coloured
    assert "\x1b" not in format_text(problems, 1)
    assert "\x1b" not in validate("m.yaml").output  # CliRunner is not a terminal
