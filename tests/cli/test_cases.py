"""Example maps run through the real command line: each invalid map in tests/cases/invalid
gives exactly the output stored next to it (``name.expected``); each valid one gives none.

An invalid case's first line may be ``# argmap-options: ...`` with extra options.
"""

from __future__ import annotations

import shlex

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.paths import ROOT

CASES = ROOT / "tests/cases"
INVALID = sorted((CASES / "invalid").glob("*.yaml"))
VALID = sorted((CASES / "valid").glob("*.yaml"))
OPTIONS = "# argmap-options:"


def run(path, *extra):
    """`argmap validate` on a path relative to the repository root, so outputs are stable."""
    first = path.read_text(encoding="utf-8").partition("\n")[0]
    options = shlex.split(first[len(OPTIONS) :]) if first.startswith(OPTIONS) else []
    return CliRunner().invoke(app, ["validate", *options, *extra, str(path.relative_to(ROOT))])


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_case_gives_exactly_the_expected_output(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run(path)
    expected = path.with_suffix(".expected").read_text(encoding="utf-8")
    assert result.output == expected
    assert result.exit_code == (1 if "error" in expected else 0)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_case_has_no_problems_even_strictly(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = run(path, "--strict")
    assert (result.exit_code, result.output) == (0, "no problems in 1 file checked\n")


def test_there_are_cases():
    assert len(INVALID) >= 10 and len(VALID) >= 3
