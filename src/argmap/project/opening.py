"""Opening a map: the one way in.

Every command, ``build``, ``serve``, ``watch``, the language server and every embedding reads a
map through ``open_map`` (a file), ``open_bytes`` or ``open_text`` (an editor buffer, a code block),
so that each applies the same ``[tool.argmap]`` settings — resource limits, rules, severities,
teaching — and reports the same problems. What to *do* about the problems (print them, refuse to
draw, show them in an editor) is the adapter's business; this module never prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.checking.checker import Settings, check_map, make_settings
from argmap.loading.loader import LoadResult, load_bytes, load_path, load_text
from argmap.model import ArgumentMap
from argmap.problems import Problem, Severity
from argmap.project.config import ProjectConfig, load_config

if TYPE_CHECKING:
    from yaml import Node


@dataclass(frozen=True)
class CheckedMap:
    """A map as read and checked with the project's settings.

    ``map`` is None when the file could not be read as a map at all (syntax error, limit,
    not a mapping); ``problems`` are the loader's and every enabled rule's, sorted by position,
    with the project's severities."""

    path: str
    map: ArgumentMap | None
    problems: tuple[Problem, ...]
    root: Node | None = field(default=None, repr=False, compare=False)  # see open_text(keep_root=)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def has_errors(self) -> bool:
        return self.map is None or bool(self.errors)

    @property
    def usable(self) -> bool:
        """True when the map can be drawn, exported or evaluated without ``--force``."""
        return not self.has_errors


@dataclass(frozen=True)
class CheckOptions:
    """What a command line adds to the project's rule settings (``validate``'s options)."""

    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    strict: bool = False
    source_text: Path | None = None
    teaching: bool = False


def rule_settings(config: ProjectConfig, extra: CheckOptions = CheckOptions()) -> Settings:
    """The checker's settings: ``[tool.argmap]`` first, the command line over it (UsageError if wrong)."""
    return make_settings(config.rules, extra.disable, extra.enable, extra.strict, extra.source_text, extra.teaching)


def open_map(
    path: str | Path,
    config: ProjectConfig | None = None,
    extra: CheckOptions = CheckOptions(),
    settings: Settings | None = None,
) -> CheckedMap:
    """Read and check the map file at ``path``. An unreadable file raises OSError; a bad
    configuration raises UsageError. ``settings`` (precomputed with ``rule_settings``) saves
    recomputing them for each map of a folder."""
    config = config if config is not None else load_config()
    settings = settings if settings is not None else rule_settings(config, extra)
    return _checked(str(path), load_path(path, config.limits), settings)


def open_bytes(
    data: bytes, name: str, config: ProjectConfig | None = None, settings: Settings | None = None
) -> CheckedMap:
    """The same for a map's bytes already read (``serve`` reads files with its own bounds)."""
    config = config if config is not None else load_config()
    settings = settings if settings is not None else rule_settings(config)
    return _checked(name, load_bytes(data, name, config.limits), settings)


def open_text(
    text: str,
    name: str = "<string>",
    config: ProjectConfig | None = None,
    settings: Settings | None = None,
    keep_root: bool = False,
) -> CheckedMap:
    """The same for a map's text (an editor buffer, a Markdown code block, a notebook cell).
    ``keep_root``: the composed YAML document is kept in ``root`` (the language server's id
    index reads its positions), when the text composed within the limits."""
    config = config if config is not None else load_config()
    settings = settings if settings is not None else rule_settings(config)
    return _checked(name, load_text(text, name, config.limits, keep_root), settings)


def _checked(name: str, loaded: LoadResult, settings: Settings) -> CheckedMap:
    return CheckedMap(name, loaded.map, tuple(check_map(loaded, settings)), loaded.root)


def only_errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.ERROR]
