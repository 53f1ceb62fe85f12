"""Shared by the interop tests: the maps every exporter is checked on, and a YAML round trip."""

from __future__ import annotations

from pathlib import Path

from argmap.loading.loader import load_path, load_text
from argmap.model import ArgumentMap
from support.paths import FIXTURES as ALL_FIXTURES
from support.paths import ROOT

FIXTURES = ALL_FIXTURES / "interop"
EXAMPLE_MAPS = sorted((ROOT / "arguments").glob("*.yaml")) + sorted(FIXTURES.glob("*.yaml"))


def load_map(path: Path) -> ArgumentMap:
    result = load_path(path)
    assert result.map is not None and not result.problems, result.problems
    return result.map


def load_yaml(text: str, path: str = "imported.yaml") -> ArgumentMap:
    """Load generated YAML, insisting that argmap reads it without any problem."""
    result = load_text(text, path)
    assert result.map is not None and not result.problems, [str(p) for p in result.problems]
    return result.map
