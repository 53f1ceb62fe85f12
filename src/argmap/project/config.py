"""Project settings from ``[tool.argmap]`` in the nearest ``pyproject.toml``, read once and typed.

Looked up from a start folder (the current directory by default) upwards. Every key is checked
here, once, so that a misspelt key or a wrong type is the same usage error whichever command,
embedding or server reads the configuration; the commands then read typed fields.
"""

from __future__ import annotations

import difflib
import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argmap.checking.rule_options import RuleOptions
from argmap.errors import UsageError
from argmap.loading import limits as resource_limits

KNOWN_KEYS = {
    "disable": "rule ids to turn off",
    "enable": "optional rule ids to turn on",
    "severity": "rule id -> error | warning | info",
    "teaching": "true turns on the teaching rules",
    "formats": 'diagram formats for build, e.g. ["svg", "png"]',
    "theme": "default theme for every drawing (render, build, reveal, embeddings, serve)",
    "direction": "default direction for every drawing",
    "source": "folder of maps for build (default arguments/)",
    "out": "output folder for build (default diagrams/)",
    **{s.key: f"{s.meaning} (env {s.env})" for s in resource_limits.SETTINGS},
}


@dataclass(frozen=True)
class ProjectConfig:
    """``[tool.argmap]``, type-checked. ``path`` is the pyproject.toml it came from (None: defaults)."""

    path: Path | None = None
    rules: RuleOptions = field(default_factory=RuleOptions)
    limits: resource_limits.Limits = field(default_factory=resource_limits.Limits)
    theme: str | None = None
    direction: str | None = None
    formats: tuple[str, ...] | None = None
    source: Path | None = None  # relative paths are resolved against the pyproject's folder
    out: Path | None = None

    @property
    def origin(self) -> str:
        return f"{self.path}: [tool.argmap]" if self.path else "[tool.argmap]"


def find_pyproject(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None, environ: Mapping[str, str] | None = None) -> ProjectConfig:
    """The project's configuration; UsageError for an unreadable file, an unknown key or a wrong type.
    Resource limits take ``ARGMAP_MAX_*`` environment variables over the file (see ``loading.limits``)."""
    environ = os.environ if environ is None else environ
    path = find_pyproject(start)
    if path is None:
        return ProjectConfig(limits=_limits({}, environ, "[tool.argmap]"))
    table = _read_table(path)
    origin = f"{path}: [tool.argmap]"
    limits_origin = f"{path} [tool.argmap]"
    base = path.parent
    return ProjectConfig(
        path=path,
        rules=_rules(table, origin),
        limits=_limits(table, environ, limits_origin),
        theme=_text(table, "theme", origin),
        direction=_text(table, "direction", origin),
        formats=_formats(table, origin),
        source=base / table["source"] if _text(table, "source", origin) else None,
        out=base / table["out"] if _text(table, "out", origin) else None,
    )


def _read_table(path: Path) -> dict[str, Any]:
    """The checked table; parsed again only when the file changed (the language server asks at
    every edit, a documentation build at every block)."""
    try:
        status = path.stat()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read [tool.argmap]: {exc}") from None
    return dict(_parsed_table(path, status.st_mtime_ns, status.st_size))


@functools.lru_cache(maxsize=16)
def _parsed_table(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    import tomllib  # only where there is a pyproject.toml: a map outside any project needs none

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{path}: cannot read [tool.argmap]: {exc}") from None
    table = data.get("tool", {}).get("argmap", {})
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.argmap] must be a table")
    for key in table:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(f"{path}: unknown key {key!r} in [tool.argmap]{hint}")
    return table


def _rules(table: Mapping[str, Any], origin: str) -> RuleOptions:
    lists = {}
    for key in ("disable", "enable"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise UsageError(f'{origin} `{key}` must be a list of rule ids, like {key} = ["orphan-claim"]')
        lists[key] = tuple(value)
    severity = table.get("severity", {})
    if not isinstance(severity, dict) or not all(isinstance(v, str) for v in severity.values()):
        raise UsageError(f'{origin} `severity` must be a table of rule ids to "error", "warning" or "info"')
    teaching = table.get("teaching", False)
    if not isinstance(teaching, bool):
        raise UsageError(f"{origin} `teaching` must be true or false")
    return RuleOptions(lists["disable"], lists["enable"], dict(severity), origin, teaching)


def _limits(table: Mapping[str, Any], environ: Mapping[str, str], origin: str) -> resource_limits.Limits:
    try:
        return resource_limits.resolve(table, environ, origin)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _text(table: Mapping[str, Any], key: str, origin: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{origin} `{key}` must be a string")
    return value


def _formats(table: Mapping[str, Any], origin: str) -> tuple[str, ...] | None:
    value = table.get("formats")
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise UsageError(f'{origin} `formats` must be a list, like formats = ["svg", "png"]')
    return tuple(value)
