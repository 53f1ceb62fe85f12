from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from argmap.loading.loader import LoadResult, load_text

ROOT = Path(__file__).resolve().parent.parent


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
needs_shared = pytest.mark.skipif(
    not (SHARED / "corpora").is_dir(), reason="../shared (the corpora) is not beside this repository")


def load(yaml_text: str, path: str = "m.yaml") -> LoadResult:
    """Load an inline map; the text is dedented so tests can indent it."""
    return load_text(textwrap.dedent(yaml_text).lstrip("\n"), path)


def where(result: LoadResult) -> list[tuple[str, int, int]]:
    """(rule, line, column) of each problem, for compact assertions."""
    return [(p.rule, p.location.line, p.location.column) for p in result.problems]


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory, monkeypatch):
    """argmap's user cache (the WebAssembly Graphviz's compiled module, build's memo) goes to
    the test session's temporary folder, never to the user's own ~/.cache."""
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "argmap-cache"))
