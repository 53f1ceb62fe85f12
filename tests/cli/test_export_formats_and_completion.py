"""`argmap export --help` and `--list` name every format; shell completion (typer's, installed
with `argmap --install-completion`) completes commands, options, formats and map files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.exporters import EXPORTERS

SRC = Path(__file__).resolve().parents[2] / "src"
RUN_AS_ARGMAP = "import sys; from argmap.cli import app; app(prog_name='argmap')"


def test_export_list_gives_every_format_one_line_each():
    result = CliRunner().invoke(app, ["export", "--list"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == list(EXPORTERS)
    assert all(len(line.split()) > 3 for line in lines)  # a description, not just the name
    assert {"html", "markdown", "mermaid"} <= {line.split()[0] for line in lines}


def test_export_help_names_every_format_with_a_line():
    result = CliRunner().invoke(app, ["export", "--help"], terminal_width=80)
    for name in EXPORTERS:
        assert any(line.split()[:1] == [name] and len(line.split()) > 3 for line in result.output.splitlines()), name
    assert max(len(line) for line in result.output.splitlines()) <= 80


def test_export_without_a_format_says_how_to_list_them(tmp_path):
    result = CliRunner().invoke(app, ["export", str(tmp_path / "m.yaml")])
    assert result.exit_code == 2 and "argmap export --list" in result.output


def test_usage_lines_say_FILE_not_braces():
    for command in ("render", "export", "validate", "outline"):
        usage = CliRunner().invoke(app, [command, "--help"]).output.splitlines()[0]
        assert "{" not in usage and "<str>" not in usage, usage
    assert "[OPTIONS] FILE" in CliRunner().invoke(app, ["render", "--help"]).output


def complete(words: str, cwd: Path | None = None) -> list[str]:
    """What bash completion offers for the command line ``words`` (the last word is being typed)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "_ARGMAP_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = subprocess.run(
        [sys.executable, "-c", RUN_AS_ARGMAP], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )
    return result.stdout.split()


def test_completion_of_commands_options_and_formats():
    assert complete("argmap ex") == ["export"]
    assert "--theme" in complete("argmap render m.yaml --th")
    assert complete("argmap export m.yaml --to m") == ["markdown", "mermaid"]
    assert complete("argmap render m.yaml --page ") == ["slide", "a4", "letter"]
    assert complete("argmap render m.yaml -f p") == ["png", "pdf"]
    assert complete("argmap render m.yaml --theme ") == ["default", "print"]


def test_completion_of_map_files(tmp_path):
    (tmp_path / "arguments").mkdir()
    (tmp_path / "arguments/buses.yaml").write_text("title: t\n")
    (tmp_path / "arguments/notes.txt").write_text("x")
    (tmp_path / "another.yml").write_text("title: t\n")
    assert complete("argmap render a", tmp_path) == ["another.yml", "arguments/"]
    assert complete("argmap validate arguments/", tmp_path) == ["arguments/buses.yaml"]
    assert complete("argmap export arguments/b", tmp_path) == ["arguments/buses.yaml"]


@pytest.mark.parametrize(
    "shell, installed",
    [
        ("bash", ".bash_completions/argmap.sh"),
        ("zsh", ".zfunc/_argmap"),
        ("fish", ".config/fish/completions/argmap.fish"),
    ],
)
def test_install_completion_writes_the_shells_script(tmp_path, shell, installed):
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "HOME": str(tmp_path),
        "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", RUN_AS_ARGMAP, "--install-completion", shell],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "_ARGMAP_COMPLETE" in (tmp_path / installed).read_text()


def test_every_registered_format_has_a_line():
    from argmap.cli.cmd_export import SUMMARIES

    assert list(SUMMARIES) == list(EXPORTERS)


def test_every_command_that_reads_one_map_completes_map_files(tmp_path):
    (tmp_path / "week1.yaml").write_text("title: t\n")
    for command in ("render", "export", "validate", "outline", "reveal", "worksheet", "diff"):
        assert complete(f"argmap {command} w", tmp_path) == ["week1.yaml"], command
