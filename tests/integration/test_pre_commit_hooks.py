"""The pre-commit hooks in .pre-commit-hooks.yaml, tried with `pre-commit try-repo` against
a throwaway git repository: first with a good map and current diagrams, then with a bad map
added and the good one changed. (Each try-repo installs the hooks afresh, ~30 s, so both
hooks run in each of the two tries.)"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import yaml
from typer.testing import CliRunner

from argmap.cli import app
from support.markers import needs_dot, needs_git, slow
from support.paths import ROOT

GOOD = "title: Good\nclaims:\n  a:\n    text: x\n    supports: b\n  b: y\n"
BAD = "title: Bad\nclaims:\n  a:\n    text: x\n    supports: bb\n  b: y\n"


def test_hooks_file_declares_both_hooks():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["argmap-validate"]["entry"] == "argmap validate"
    assert hooks["argmap-build-check"]["entry"] == "argmap build --check"
    assert hooks["argmap-build-check"]["pass_filenames"] is False
    pattern = re.compile(hooks["argmap-validate"]["files"])
    assert pattern.search("arguments/a.yaml") and pattern.search("arguments/sub/b.yml")
    assert not pattern.search("docs/a.yaml") and not pattern.search("arguments/notes.txt")


def _git(repo, *args):
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=repo, check=True, capture_output=True
    )


def _snapshot(copy):
    """This repository as it is now, uncommitted changes included, as one commit."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    _git(copy, "init", "-q")
    _git(copy, "add", ".")
    _git(copy, "commit", "-qm", "snapshot")
    return copy


def _try_repo(hooks, course, cache):
    env = {**os.environ, "PRE_COMMIT_HOME": str(cache), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "--all-files"]
    done = subprocess.run(command, cwd=course, env=env, capture_output=True, text=True, timeout=900)
    return done.returncode, done.stdout + done.stderr


@slow
@needs_git
@needs_dot
def test_hooks_pass_a_good_course_and_fail_a_bad_one(tmp_path, monkeypatch):
    hooks = _snapshot(tmp_path / "argmap")
    course = tmp_path / "course"
    (course / "arguments").mkdir(parents=True)
    (course / "arguments/good.yaml").write_text(GOOD)
    (course / "notes.yaml").write_text(BAD)  # outside arguments/: not a map to check
    monkeypatch.chdir(course)
    assert CliRunner().invoke(app, ["build"]).exit_code == 0
    _git(course, "init", "-q")
    _git(course, "add", ".")
    _git(course, "commit", "-qm", "maps and diagrams")

    status, output = _try_repo(hooks, course, tmp_path / "cache")
    assert status == 0, output
    assert re.search(r"argmap validate\.+Passed", output) and re.search(r"argmap build --check\.+Passed", output)

    (course / "arguments/bad.yaml").write_text(BAD)
    (course / "arguments/good.yaml").write_text(GOOD + "  c:\n    text: z\n    supports: b\n")
    _git(course, "add", ".")
    status, output = _try_repo(hooks, course, tmp_path / "cache")
    assert status == 1, output
    assert "arguments/bad.yaml:5:15: error: unknown target `bb`; did you mean `b`? [unknown-reference]" in output
    assert "good.yaml:" not in output and "notes.yaml" not in output
    assert "diagrams/good.svg: stale (from arguments/good.yaml)" in output
