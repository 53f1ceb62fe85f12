"""Issue 20, item 10: no file name or map text sends escape sequences to the terminal.

A map file named ``x<ESC>]52;c;...<BEL>.yaml`` (an OSC 52 clipboard write) and map texts
holding escape sequences go through every command that prints messages or a report for a
person; nothing printed may hold an ESC, a BEL or any other control character but a line
break."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

OSC52 = "\x1b]52;c;cHduZWQ=\x07"
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
BROKEN = "title: T\nclaims:\n  a:\n    text: A.\n    supports: nope\n"
GOOD = 'title: "T\\e[2J"\nclaims:\n  a:\n    text: "A\\e]52;c;eA==\\a."\n    supports: b\n  b: "B\\e[31m red"\n'


def run(*args: str, cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "argmap", *args], capture_output=True, cwd=cwd, timeout=120)
    return (done.stdout + done.stderr).decode("utf-8", "replace")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "arguments").mkdir()
    (tmp_path / "arguments" / f"x{OSC52}.yaml").write_text(BROKEN)
    (tmp_path / "arguments" / f"good{OSC52}.yaml").write_text(GOOD)
    return tmp_path


def test_build_and_check_print_escaped_file_names(project: Path) -> None:
    for args in (["build", "-f", "dot"], ["build", "--check", "-f", "dot"], ["build", "--prune", "-f", "dot"]):
        printed = run(*args, cwd=project)
        assert "skipped" in printed or "error(s)" in printed, printed
        assert not CONTROL.search(printed), (args, printed)
        assert "\\x1b]52" in printed  # shown, as an escape


def test_every_command_on_a_hostile_name_prints_no_control_character(project: Path, tmp_path: Path) -> None:
    bad, good = f"arguments/x{OSC52}.yaml", f"arguments/good{OSC52}.yaml"
    missing = f"arguments/missing{OSC52}.yaml"
    commands = [
        ["validate", "arguments"],
        ["validate", missing],
        ["render", bad],
        ["render", missing],
        ["export", bad, "--to", "json"],
        ["evaluate", bad],
        ["evaluate", good],
        ["outline", good],
        ["outline", bad],
        ["reveal", bad, "--out", "steps"],
        ["worksheet", bad, "--out", "sheet"],
        ["import", missing],
        ["diff", good, good],
        ["diff", bad, good],
        ["render", good, "-o", f"out{OSC52}/x.svg"],
        ["new", f"arguments/new{OSC52}.yaml"],
    ]
    for args in commands:
        printed = run(*args, cwd=project)
        assert not CONTROL.search(printed), (args, printed)
