"""The hostile corpus (tests/cases/hostile/, outcomes in expected.toml) through the real CLI:
the exit status, every problem of the loader's rules with its line and column (the
validator's rules may add warnings of their own), no traceback, nothing a terminal would act
on, and no file created or changed anywhere."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.checking.rules import LOADER_RULES
from argmap.cli import app
from support.hostile import HOSTILE, assert_clean_output, snapshot
from support.processes import run_argmap

EXPECTED = tomllib.loads((HOSTILE / "expected.toml").read_text(encoding="utf-8"))
CASES = sorted(p.name for p in HOSTILE.glob("*.yaml"))
runner = CliRunner()


def test_every_case_has_an_expected_outcome():
    assert CASES == sorted(EXPECTED)
    assert len(CASES) >= 40


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty current folder: the place a careless command would write to."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", CASES)
def test_validate(name, workdir):
    before = snapshot(HOSTILE)
    result = runner.invoke(app, ["validate", "--format", "json", str(HOSTILE / name)])
    expected = EXPECTED[name]
    assert result.exit_code == expected["exit"], result.output
    problems = json.loads(result.stdout)
    assert _loader_problems(problems) == expected["problems"]
    text = runner.invoke(app, ["validate", str(HOSTILE / name)])
    assert text.exit_code == expected["exit"]
    assert_clean_output(text.stdout, text.stderr)
    assert len(text.stdout.splitlines()) == len(problems) + 1  # one line a problem, and the summary
    assert snapshot(HOSTILE) == before and snapshot(workdir) == {}


@pytest.mark.parametrize("name", CASES)
def test_export_writes_only_a_valid_map_and_only_where_told(name, workdir):
    before = snapshot(HOSTILE)
    out = workdir / "out.json"
    result = runner.invoke(app, ["export", str(HOSTILE / name), "--to", "json", "-o", str(out)])
    assert result.exit_code == EXPECTED[name]["exit"]
    assert_clean_output(result.stdout, result.stderr)
    assert snapshot(HOSTILE) == before
    assert snapshot(workdir) == ({"out.json": snapshot(workdir)["out.json"]} if result.exit_code == 0 else {})


def test_the_whole_corpus_in_one_real_process(tmp_path):
    """Partial failure: every file is checked and reported, and the exit status is the worst."""
    copy = tmp_path / "maps"
    shutil.copytree(HOSTILE, copy)
    before = snapshot(copy)
    done = run_argmap("validate", "--format", "json", "maps", cwd=tmp_path)
    stderr = done.stderr.decode()
    assert done.returncode == 1, stderr
    assert_clean_output(done.stdout.decode(), stderr)
    by_file: dict[str, list] = {name: [] for name in CASES}
    for problem in json.loads(done.stdout):
        by_file[Path(problem["path"]).name].append(problem)
    assert {name: _loader_problems(found) for name, found in by_file.items()} == {
        name: EXPECTED[name]["problems"] for name in CASES
    }
    assert snapshot(copy) == before and sorted(p.name for p in tmp_path.iterdir()) == ["maps"]


def _loader_problems(problems: list[dict]) -> list[list]:
    return [[p["rule"], p["line"], p["column"]] for p in problems if p["rule"] in LOADER_RULES]


def test_no_tag_ran_code(tmp_path):
    runner.invoke(app, ["validate", str(HOSTILE)])
    assert not list(HOSTILE.parent.parent.parent.rglob("pwned-by-argmap"))
    assert not (Path.cwd() / "pwned-by-argmap").exists()
