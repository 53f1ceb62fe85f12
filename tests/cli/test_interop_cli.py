"""argmap export / argmap import on the command line: outputs, refusals, exit codes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from argmap.cli import app
from support.paths import ROOT

runner = CliRunner()
BUSES = ROOT / "arguments" / "fare-free-buses.yaml"
BROKEN = "title: t\nclaims:\n  a:\n    text: x\n    supports: nowhere\n"


def test_export_to_stdout_and_to_a_file(tmp_path):
    result = runner.invoke(app, ["export", str(BUSES), "--to", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Should the city make its buses fare-free?"
    out = tmp_path / "buses.json"
    result = runner.invoke(app, ["export", str(BUSES), "--to", "json", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text()) == json.loads(runner.invoke(app, ["export", str(BUSES), "--to", "json"]).stdout)
    assert [p.name for p in tmp_path.iterdir()] == ["buses.json"]  # no temporary file left behind


def test_export_refuses_a_map_with_errors_unless_forced(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(BROKEN)
    out = tmp_path / "bad.json"
    result = runner.invoke(app, ["export", str(bad), "--to", "json", "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert f"{bad}:5:15: error:" in result.stderr and "not exported" in result.stderr
    result = runner.invoke(app, ["export", str(bad), "--to", "json", "-o", str(out), "--force"])
    assert result.exit_code == 0 and json.loads(out.read_text())["claims"]["a"]["text"] == "x"


def test_export_usage_errors(tmp_path):
    assert runner.invoke(app, ["export", str(BUSES), "--to", "docx"]).exit_code == 2
    assert runner.invoke(app, ["export", str(tmp_path / "missing.yaml"), "--to", "json"]).exit_code == 2
    assert runner.invoke(app, ["export", str(BUSES), "--to", "json", "-O", "novalue"]).exit_code == 2
    assert (
        runner.invoke(app, ["export", str(BUSES), "--to", "json", "-o", str(tmp_path / "no/dir.json")]).exit_code == 2
    )


def test_export_of_unparseable_yaml_is_refused_even_with_force(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed\n")
    result = runner.invoke(app, ["export", str(bad), "--to", "json", "--force"])
    assert result.exit_code == 1 and "yaml-syntax" in result.stderr and result.stdout == ""


def test_import_guesses_the_format_and_writes_yaml(tmp_path):
    exported = tmp_path / "buses.json"
    exported.write_text(runner.invoke(app, ["export", str(BUSES), "--to", "json"]).stdout)
    out = tmp_path / "buses.yaml"
    result = runner.invoke(app, ["import", str(exported), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    # never overwrites without --force, never the input
    assert runner.invoke(app, ["import", str(exported), "-o", str(out)]).exit_code == 2
    assert runner.invoke(app, ["import", str(exported), "-o", str(out), "--force"]).exit_code == 0
    assert runner.invoke(app, ["import", str(exported), "-o", str(exported), "--force"]).exit_code == 2
    assert json.loads(exported.read_text())["argmap"] == 1


def test_import_of_a_broken_file_reports_where_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"argmap": 1,\n "claims": }')
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["import", str(bad), "--from", "json", "-o", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert f"{bad}:2:12: error: not valid JSON" in result.stderr


def test_import_usage_errors(tmp_path):
    unknown = tmp_path / "notes.txt"
    unknown.write_bytes(b"\x00\x01 nothing we know")
    assert runner.invoke(app, ["import", str(unknown)]).exit_code == 2
    assert runner.invoke(app, ["import", str(unknown), "--from", "docx"]).exit_code == 2
    assert runner.invoke(app, ["import", str(tmp_path / "missing.json")]).exit_code == 2


def test_validate_does_not_load_the_exporters():
    import subprocess
    import sys

    code = (
        "import sys; from argmap.cli import app; import argmap.cli.cmd_export, argmap.cli.cmd_import; "
        "print(sorted(m for m in sys.modules if m.startswith(('argmap.exporters', 'argmap.importers', 'lark'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
