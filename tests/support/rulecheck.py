"""Helpers for the rule tests: check an inline map and look at one rule's problems."""

from __future__ import annotations

import textwrap
from pathlib import Path

from argmap.checking.checker import Settings, check_map
from argmap.loading.loader import load_text
from argmap.problems import Problem


def check(yaml_text: str, *, enable=(), path: str = "m.yaml", **settings) -> list[Problem]:
    """All problems of an inline map (dedented), with the default rules plus ``enable``."""
    result = load_text(textwrap.dedent(yaml_text).lstrip("\n"), path)
    return check_map(result, Settings(enable=frozenset(enable), **settings))


def found(yaml_text: str, rule: str, **kw) -> list[tuple[str, int, int]]:
    """(rule, line, column) of every problem of the map (the rule is turned on)."""
    return [(p.rule, p.location.line, p.location.column) for p in check(yaml_text, enable=[rule], **kw)]


def messages(yaml_text: str, rule: str, **kw) -> list[str]:
    return [p.message for p in check(yaml_text, enable=[rule], **kw) if p.rule == rule]


def write_map(folder: Path, yaml_text: str, name: str = "m.yaml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(yaml_text).lstrip("\n"), encoding="utf-8")
    return path
