"""Run the enabled rules over a loaded map; stamp each finding with its rule's id and severity."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .loader import LoadResult, load_path
from .problems import Problem, Severity, sort_problems
from .rules import REGISTRY


@dataclass(frozen=True)
class Settings:
    """Which rules run and how severe they are; built from defaults, config and options."""

    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    strict: bool = False
    source_text: Path | None = None

    def enabled(self, rule) -> bool:
        if rule.ID in self.disable:
            return False
        return rule.ID in self.enable or rule.ENABLED_BY_DEFAULT

    def severity_of(self, rule) -> Severity:
        severity = self.severity.get(rule.ID, rule.DEFAULT_SEVERITY)
        if self.strict and severity is Severity.WARNING:
            return Severity.ERROR
        return severity


def check_map(result: LoadResult, settings: Settings = Settings(), rules: Iterable = REGISTRY) -> list[Problem]:
    """The loader's problems plus every enabled rule's, sorted by position."""
    problems = list(result.problems)
    if result.map is not None:
        for rule in rules:
            if not settings.enabled(rule):
                continue
            severity = settings.severity_of(rule)
            problems.extend(
                Problem(f.location, severity, rule.ID, f.message) for f in rule.check(result.map, settings)
            )
    return sort_problems(problems)


def check_file(path: Path, settings: Settings = Settings()) -> list[Problem]:
    """Load and check one file. An unreadable file raises OSError."""
    return check_map(load_path(path), settings)
