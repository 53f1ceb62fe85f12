"""The command line: version, validate's output and exit codes, new."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from argmap.cli import app
from argmap.version import __version__
from support.paths import ROOT

runner = CliRunner()
GOOD = "title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: a\n"
BAD = "title: t\nclaims:\n  a: x\n  a: y\n"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"argmap {__version__}"


def test_validate_clean_file(tmp_path):
    (tmp_path / "good.yaml").write_text(GOOD)
    result = runner.invoke(app, ["validate", str(tmp_path / "good.yaml")])
    assert result.exit_code == 0
    assert result.output == "no problems in 1 file checked\n"


def test_validate_reports_problems_sorted_with_exit_1(tmp_path):
    (tmp_path / "bad.yaml").write_text("titel: t\nclaims:\n  a: x\n  a: y\n")
    result = runner.invoke(app, ["validate", str(tmp_path / "bad.yaml")])
    path = tmp_path / "bad.yaml"
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{path}:1:1: error: the map needs `title` (missing) [schema]",
        f"{path}:1:1: error: unknown field `titel` in the map; did you mean `title`? [schema]",
        f"{path}:4:3: error: duplicate key `a` in `claims` (first defined at line 3) [duplicate-key]",
        "3 errors in 1 file checked",
    ]


def test_validate_searches_folders_for_yaml_and_yml(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "sub" / "b.yml").write_text(BAD)
    (tmp_path / "notes.txt").write_text("not a map")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "sub/b.yml:4:3" in result.output and result.output.endswith("1 error in 2 files checked\n")


def test_validate_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["validate", str(tmp_path / "missing.yaml")]).exit_code == 2
    assert runner.invoke(app, ["validate", str(tmp_path)]).exit_code == 2  # a folder with no maps
    assert runner.invoke(app, ["validate"]).exit_code == 2
    (tmp_path / "m.yaml").write_text(GOOD)
    assert runner.invoke(app, ["validate", "--disable", "no-such-rule", str(tmp_path)]).exit_code == 2
    assert runner.invoke(app, ["validate", "--disable", "schema", str(tmp_path)]).exit_code == 2


def test_validate_binary_garbage_is_a_problem_not_a_traceback(tmp_path):
    (tmp_path / "junk.yaml").write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["validate", str(tmp_path / "junk.yaml")])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "byte offset 128" in result.output


def test_new_writes_a_template_that_validates_clean(tmp_path):
    target = tmp_path / "mine.yaml"
    result = runner.invoke(app, ["new", str(target), "--title", 'Quotes: "and" colons'])
    assert result.exit_code == 0
    text = target.read_text()
    assert text.count("#") > 20  # commented
    check = runner.invoke(app, ["validate", str(target)])
    assert check.output == "no problems in 1 file checked\n"
    from argmap.loading.loader import load_path

    assert load_path(target).map.title == 'Quotes: "and" colons'


def test_new_refuses_to_overwrite(tmp_path):
    target = tmp_path / "mine.yaml"
    target.write_text("keep me")
    result = runner.invoke(app, ["new", str(target)])
    assert result.exit_code == 2 and target.read_text() == "keep me"


def test_installed_command_runs():
    exe = ROOT / ".venv/bin/argmap"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "argmap"]
    out = subprocess.run([*command, "validate", str(ROOT / "arguments")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stderr == ""
