"""Where things are: the checkout, the test data folders, and ``../shared`` (the corpora)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
CASES = TESTS / "cases"
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"


def _find_shared() -> Path:
    """``../shared`` beside the checkout; in a git worktree, beside the main checkout too."""
    beside = ROOT.parent / "shared"
    if beside.is_dir():
        return beside
    git = ROOT / ".git"
    if git.is_file():  # a worktree: ".git" holds "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(git.read_text().partition("gitdir:")[2].strip())
        main_shared = gitdir.parent.parent.parent.parent / "shared"
        if main_shared.is_dir():
            return main_shared
    return beside


SHARED = _find_shared()
