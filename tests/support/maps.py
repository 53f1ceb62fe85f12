"""Inline maps for compact tests: load a dedented YAML text, list its problems' places."""

from __future__ import annotations

import textwrap

from argmap.loading.loader import LoadResult, load_text


def load(yaml_text: str, path: str = "m.yaml") -> LoadResult:
    """Load an inline map; the text is dedented so tests can indent it."""
    return load_text(textwrap.dedent(yaml_text).lstrip("\n"), path)


def where(result: LoadResult) -> list[tuple[str, int, int]]:
    """(rule, line, column) of each problem, for compact assertions."""
    return [(p.rule, p.location.line, p.location.column) for p in result.problems]
