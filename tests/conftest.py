"""Fixtures and hooks for the whole suite. Helpers live in ``tests/support/`` (import them as
``from support.maps import load``), never here."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.register_assert_rewrite("support")

from support import markers  # noqa: E402  (after the assertion rewriting is registered)
from support.paths import ROOT  # noqa: E402


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _private_cache_dir(tmp_path_factory, monkeypatch):
    """argmap's user cache (the WebAssembly Graphviz's compiled module, build's memo) goes to
    the test session's temporary folder, never to the user's own ~/.cache."""
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "argmap-cache"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses a ``browser`` fixture (``support.browser``) is a browser test; a test
    whose markers ask for something absent here is skipped with the marker's reason
    (``support/markers.py``)."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(markers.browser)
        for marker in item.iter_markers():
            reason = markers.missing(marker.name)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))
                break
