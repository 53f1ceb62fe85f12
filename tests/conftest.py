from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from argmap.loader import LoadResult, load_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load(yaml_text: str, path: str = "m.yaml") -> LoadResult:
    """Load an inline map; the text is dedented so tests can indent it."""
    return load_text(textwrap.dedent(yaml_text).lstrip("\n"), path)


def where(result: LoadResult) -> list[tuple[str, int, int]]:
    """(rule, line, column) of each problem, for compact assertions."""
    return [(p.rule, p.location.line, p.location.column) for p in result.problems]


@pytest.fixture
def root() -> Path:
    return ROOT
