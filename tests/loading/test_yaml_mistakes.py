"""The usual mistakes of hand-written maps, each through `argmap validate`: one problem, on
the line of the mistake (not where the YAML reader gave up), with a hint how to fix it.

Each case in tests/cases/yaml-mistakes starts with ``# expect: RULE line N; hint: WORDS``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "tests/cases/yaml-mistakes").glob("*.yaml"))
EXPECT = re.compile(r"# expect: (?P<rule>[\w-]+) line (?P<line>\d+); hint: (?P<hint>.+)")


def expectation(path: Path) -> dict:
    match = EXPECT.match(path.read_text(encoding="utf-8").partition("\n")[0])
    assert match, f"{path.name} has no `# expect:` first line"
    return match.groupdict()


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_a_mistake_is_one_problem_at_its_line_with_a_hint(path):
    expected = expectation(path)
    result = CliRunner().invoke(app, ["validate", "--format", "json", str(path)])
    assert result.exit_code == 1, result.output
    problems = json.loads(result.output)
    assert len(problems) == 1, problems
    (problem,) = problems
    assert (problem["rule"], problem["line"]) == (expected["rule"], int(expected["line"]))
    assert expected["hint"] in problem["message"]
    assert "not allowed in this context" not in problem["message"]  # the parser's words are replaced


def test_the_text_output_names_the_line_and_the_rule():
    path = ROOT / "tests/cases/yaml-mistakes/missing-text-field.yaml"
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert f"{path}:9:5: error: YAML syntax: " in result.output
    assert 'did you forget "text:"?' in result.output and "[yaml-syntax]" in result.output


def test_there_are_at_least_25_cases():
    assert len(CASES) >= 25


def test_an_unrecognised_syntax_error_keeps_the_parsers_words(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("title: t\nclaims: {a: x}\n---\nmore: 1\n")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and ":3:1: error: YAML syntax:" in result.output


def test_a_comment_with_a_space_after_a_text_is_still_allowed(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("title: t\nclaims:\n  a:\n    text: Phones distract.  # a paraphrase\n")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def test_a_comma_inside_a_text_is_not_a_list(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("title: t\nclaims:\n  a: Phones, tablets and watches distract.\n")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output


def test_a_claim_indented_under_the_one_before_is_named_not_its_repeated_fields(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(
        "title: t\nclaims:\n  ban:\n    text: Ban phones.\n    speaker: head\n    distract:\n"
        "    text: Phones distract.\n    speaker: head\nspeakers:\n  head: Ann\n"
    )
    result = CliRunner().invoke(app, ["validate", "--format", "json", str(path)])
    problems = json.loads(result.output)
    assert [(p["rule"], p["line"]) for p in problems] == [("schema", 6)]
    assert "indent it like `ban:`" in problems[0]["message"]
