"""Run the enabled rules over a loaded map; stamp each finding with its rule's id and severity."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from argmap.checking.rule_options import RuleOptions
from argmap.checking.rules import LOADER_RULES, REGISTRY, TEACHING_RULES, by_id
from argmap.errors import UsageError
from argmap.loading.loader import LoadResult, load_path
from argmap.loading.yamlsource import gc_paused
from argmap.problems import Problem, Severity, has_errors, sort_problems


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


def make_settings(
    config: RuleOptions = RuleOptions(),
    disable: Iterable[str] = (),
    enable: Iterable[str] = (),
    strict: bool = False,
    source_text: Path | None = None,
    teaching: bool = False,
) -> Settings:
    """Settings from ``[tool.argmap]`` and the command line, which wins where they differ.
    ``teaching`` (or ``teaching = true`` in the config) turns the teaching rules on, except
    those disabled by name. An unknown rule id, or a rule both disabled and enabled on the
    command line, raises UsageError."""
    disable, enable = set(disable), set(enable)
    _check_ids(disable | enable, "on the command line")
    _check_ids(set(config.disable) | set(config.enable) | set(config.severity), f"in {config.origin}")
    if disable & enable:
        raise UsageError(f"rule {sorted(disable & enable)[0]!r} is both disabled and enabled")
    try:
        severity = {rule: Severity.parse(text) for rule, text in config.severity.items()}
    except ValueError as exc:
        raise UsageError(f"{config.origin} `severity`: {exc}") from None
    disabled = (set(config.disable) - enable) | disable
    teaching_rules = set(TEACHING_RULES) - disabled if teaching or config.teaching else set()
    return Settings(
        disable=frozenset(disabled),
        enable=frozenset((set(config.enable) - disable) | enable | teaching_rules),
        severity=severity,
        strict=strict,
        source_text=source_text,
    )


def _check_ids(ids: set[str], where: str) -> None:
    known = by_id()
    for rule_id in sorted(ids):
        if rule_id in known:
            continue
        if rule_id in LOADER_RULES:
            raise UsageError(f"rule {rule_id!r} {where} is the loader's and cannot be changed")
        close = difflib.get_close_matches(rule_id, known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else "; `argmap rules` lists them"
        raise UsageError(f"unknown rule {rule_id!r} {where}{hint}")


@gc_paused()  # the rules make many small objects and no cycles: collections would only rescan the map
def check_map(result: LoadResult, settings: Settings = Settings(), rules: Iterable = REGISTRY) -> list[Problem]:
    """The loader's problems plus every enabled rule's, sorted by position. Rules that judge
    what is absent are skipped when the loader reported errors (it may have dropped things)."""
    problems = list(result.problems)
    if result.map is not None:
        loader_failed = has_errors(result.problems)
        for rule in rules:
            if not settings.enabled(rule) or (loader_failed and getattr(rule, "SKIP_AFTER_LOADER_ERRORS", False)):
                continue
            severity = settings.severity_of(rule)
            problems.extend(Problem(f.location, severity, rule.ID, f.message) for f in rule.check(result.map, settings))
    return sort_problems(problems)


def check_file(path: Path, settings: Settings = Settings()) -> list[Problem]:
    """Load and check one file. An unreadable file raises OSError."""
    return check_map(load_path(path), settings)
