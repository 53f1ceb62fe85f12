"""argmap render: formats, output paths, refusing maps with errors, a missing Graphviz."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.drawing import FIXTURES

runner = CliRunner()
GOOD = (FIXTURES / "linked.yaml").read_text()
BROKEN = "title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: nowhere\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A course folder with arguments/ (one map in a subfolder) and no pyproject.toml."""
    (tmp_path / "arguments" / "week1").mkdir(parents=True)
    (tmp_path / "arguments" / "week1" / "school.yaml").write_text(GOOD)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'course'\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_default_output_beside_arguments_mirrors_subfolders(project):
    result = runner.invoke(app, ["render", "arguments/week1/school.yaml"])
    assert result.exit_code == 0, result.output
    assert (project / "diagrams" / "week1" / "school.svg").read_bytes().startswith(b"<?xml")


def test_default_output_elsewhere_is_the_working_directory(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("loose")
    (elsewhere / "m.yaml").write_text(GOOD)
    result = runner.invoke(app, ["render", str(elsewhere / "m.yaml"), "-f", "png"])
    assert result.exit_code == 0, result.output
    assert (project / "m.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "out,fmt,magic",
    [
        ("d.pdf", None, b"%PDF"),
        ("d.png", None, b"\x89PNG"),
        ("d.dot", None, b"digraph"),
        ("d", None, b"<?xml"),
        ("d.png", "png", b"\x89PNG"),
    ],
)
def test_format_from_the_suffix(project, out, fmt, magic):
    args = ["render", "arguments/week1/school.yaml", "-o", out] + (["-f", fmt] if fmt else [])
    assert runner.invoke(app, args).exit_code == 0
    assert (project / out).read_bytes().startswith(magic)


def test_format_contradicting_the_suffix_is_a_usage_error(project):
    result = runner.invoke(app, ["render", "arguments/week1/school.yaml", "-o", "x.svg", "-f", "png"])
    assert result.exit_code == 2 and "contradicts" in result.output
    assert not (project / "x.svg").exists()
    assert runner.invoke(app, ["render", "arguments/week1/school.yaml", "-o", "x.txt"]).exit_code == 2
    assert runner.invoke(app, ["render", "arguments/week1/school.yaml", "-f", "gif"]).exit_code == 2
    assert runner.invoke(app, ["render", "arguments/week1/school.yaml", "--theme", "neon"]).exit_code == 2
    assert runner.invoke(app, ["render", "nope.yaml"]).exit_code == 2


def test_dash_writes_to_standard_output(project):
    result = runner.invoke(app, ["render", "arguments/week1/school.yaml", "-o", "-", "-f", "dot"])
    assert result.exit_code == 0 and result.stdout.startswith("digraph argmap {")
    assert not (project / "diagrams").exists()


def test_a_map_with_errors_is_refused_unless_forced(project):
    (project / "broken.yaml").write_text(BROKEN)
    result = runner.invoke(app, ["render", "broken.yaml"])
    assert result.exit_code == 1
    assert "broken.yaml:6:15: error:" in result.output and "not drawn" in result.output
    assert not (project / "broken.svg").exists()
    forced = runner.invoke(app, ["render", "broken.yaml", "--force"])
    assert forced.exit_code == 0 and (project / "broken.svg").exists()


def test_options_reach_the_drawing(project):
    args = ["render", "arguments/week1/school.yaml", "-o", "-", "-f", "dot"]
    plain = runner.invoke(app, args).stdout
    assert "rankdir=BT" in plain and ">Ana Diaz</FONT>" in plain and "conclusion</FONT>" in plain
    varied = runner.invoke(app, args + ["--direction", "lr", "--no-legend", "--no-speakers", "--theme", "print"]).stdout
    assert "rankdir=LR" in varied and ">Ana Diaz</FONT>" not in varied and "conclusion</FONT>" not in varied
    assert "#F2CB75" in plain and "#F2CB75" not in varied  # speaker colour only in default


def test_config_gives_theme_and_direction(project):
    (project / "pyproject.toml").write_text("[tool.argmap]\ntheme = 'print'\ndirection = 'TB'\n")
    dot = runner.invoke(app, ["render", "arguments/week1/school.yaml", "-o", "-", "-f", "dot"]).stdout
    assert "rankdir=TB" in dot and "#F2CB75" not in dot


def test_focus_and_depth(project):
    args = ["render", "arguments/week1/school.yaml", "-o", "-", "-f", "dot"]
    focused = runner.invoke(app, args + ["--focus", "start-later-costs"]).stdout
    assert 'id="claim-buses-cost"' in focused and 'id="claim-start-later"' not in focused
    assert runner.invoke(app, args + ["--focus", "ghost"]).exit_code == 2


def test_missing_graphviz_is_one_line_with_install_hint(project, monkeypatch):
    empty = project / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert shutil.which("dot") is None
    from argmap.drawing import wasm_engine

    monkeypatch.setattr(wasm_engine, "available", lambda fmt="svg": False)  # nor the WebAssembly fallback
    result = runner.invoke(app, ["render", "arguments/week1/school.yaml", "-o", "x.svg"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "apt-get install graphviz" in lines[0] and "brew" in lines[0]
    assert "pip install 'argmap[wasm]'" in lines[0]
    assert not (project / "x.svg").exists()
    dot = runner.invoke(app, ["render", "arguments/week1/school.yaml", "-o", "x.dot"])
    assert dot.exit_code == 0 and (project / "x.dot").read_text().startswith("digraph")
