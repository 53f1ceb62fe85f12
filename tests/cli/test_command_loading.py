"""A run imports only the command it names; help, completion and unknown commands see them all."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main

from argmap.cli import COMMANDS, app, command_named
from support.paths import ROOT
from support.processes import imports_after, run_argmap


def _command_modules_after(*args: str, env: dict | None = None) -> tuple[str, list[str]]:
    run = imports_after(*args, cwd=ROOT, env=env)
    return run.stdout, run.matching("argmap.cli.cmd_")


def test_render_help_imports_only_render():
    out, modules = _command_modules_after("render", "--help")
    assert "Usage: argmap render [OPTIONS] FILE" in out
    assert modules == ["argmap.cli.cmd_render"]


def test_version_before_the_command_imports_only_it():
    out, modules = _command_modules_after("--version", "render")
    assert out.startswith("argmap ")
    assert modules == ["argmap.cli.cmd_render"]


def test_validate_of_a_map_imports_only_validate():
    _, modules = _command_modules_after("validate", str(ROOT / "arguments" / "nato-no-fly-zone.yaml"))
    assert modules == ["argmap.cli.cmd_validate"]


@pytest.mark.parametrize("args", [("--help",), ("--help", "render"), ("rendr",), ()])
def test_no_command_for_sure_imports_every_command(args):
    _, modules = _command_modules_after(*args)
    assert modules == sorted(f"argmap.cli.cmd_{name}" for name in COMMANDS)


def test_help_lists_every_command_in_order():
    done = run_argmap("--help", cwd=ROOT)
    listed = [line.split()[0] for line in done.stdout.decode().split("Commands:")[1].splitlines() if line.strip()]
    assert listed == list(COMMANDS)


def test_a_misspelt_command_is_still_suggested():
    done = run_argmap("rendr", "map.yaml", cwd=ROOT)
    assert done.returncode == 2
    assert "No such command 'rendr'. Did you mean 'render'?" in done.stderr.decode()


def test_shell_completion_lists_every_command():
    env = {**os.environ, "_ARGMAP_COMPLETE": "complete_bash", "COMP_WORDS": "argmap ", "COMP_CWORD": "1"}
    out, _ = _command_modules_after(env=env)
    assert out.split() == list(COMMANDS)


def test_each_module_registers_the_command_of_its_name():
    modules = sorted(path.stem for path in (ROOT / "src" / "argmap" / "cli").glob("cmd_*.py"))
    assert modules == sorted(f"cmd_{name}" for name in COMMANDS)
    group = typer.main.get_command(app)
    assert list(group.commands) == list(COMMANDS)  # type: ignore[attr-defined]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.callback.__module__ == f"argmap.cli.cmd_{name}"


def test_commands_registered_late_keep_the_listed_order():
    code = (
        "from argmap.cli import prepared, register, COMMANDS\n"
        "prepared(['watch', 'x'], {})\n"
        "app = register(COMMANDS)\n"
        "print(' '.join(getattr(i.callback, '__name__') for i in app.registered_commands))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split()[:2] == ["build", "diff"] and done.stdout.split()[-2] == "watch"


@pytest.mark.parametrize(
    "args, named",
    [
        (["render", "m.yaml"], "render"),
        (["--version", "validate"], "validate"),
        (["--install-completion"], None),
        (["-h", "render"], None),
        (["--help", "render"], None),
        (["rendr"], None),
        (["m.yaml", "render"], None),
        ([], None),
    ],
)
def test_command_named(args, named):
    assert command_named(args) == named


def test_completion_environment_registers_everything():
    from argmap.cli import _completing

    assert _completing({"_ARGMAP_COMPLETE": "complete_zsh"})
    assert not _completing({"ARGMAP_MAX_CLAIMS": "10"})
