"""The pre-commit hooks in .pre-commit-hooks.yaml, tried with `pre-commit try-repo` against
a throwaway git repository that holds a good and a bad map."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

GOOD = "title: Good\nclaims:\n  a:\n    text: x\n    supports: b\n  b: y\n"
BAD = "title: Bad\nclaims:\n  a:\n    text: x\n    supports: bb\n  b: y\n"


def test_hooks_file_declares_both_hooks():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["argmap-validate"]["entry"] == "argmap validate"
    assert hooks["argmap-build-check"]["entry"] == "argmap build --check"
    assert hooks["argmap-build-check"]["pass_filenames"] is False
    import re

    pattern = re.compile(hooks["argmap-validate"]["files"])
    assert pattern.search("arguments/a.yaml") and pattern.search("arguments/sub/b.yml")
    assert not pattern.search("docs/a.yaml") and not pattern.search("arguments/notes.txt")


def _git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """A course repository with one good and one bad map, committed."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("course")
    (repo / "arguments").mkdir()
    (repo / "arguments/good.yaml").write_text(GOOD)
    (repo / "arguments/bad.yaml").write_text(BAD)
    (repo / "notes.yaml").write_text(BAD)  # outside arguments/: not checked
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "maps")
    return repo


def _try_repo(repo, home, *args):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "argmap-validate", *args]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_validate_hook_fails_on_the_bad_map_only(course, tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-home")
    everything = _try_repo(course, home, "--all-files")
    output = everything.stdout + everything.stderr
    assert everything.returncode == 1, output
    assert "arguments/bad.yaml:5:15: error: unknown target `bb`; did you mean `b`? [unknown-reference]" in output
    assert "good.yaml" not in output and "notes.yaml" not in output
    good_only = _try_repo(course, home, "--files", "arguments/good.yaml")
    assert good_only.returncode == 0, good_only.stdout + good_only.stderr
    assert "Passed" in good_only.stdout
