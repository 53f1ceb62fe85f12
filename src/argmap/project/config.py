"""Project settings from ``[tool.argmap]`` in the nearest ``pyproject.toml``.

Looked up from the current directory upwards. Each command reads the keys it knows;
``KNOWN_KEYS`` lists them all so that a misspelt key is a usage error, not silently ignored.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argmap.project.files import UsageError

KNOWN_KEYS = {
    "disable": "rule ids to turn off (validate)",
    "enable": "optional rule ids to turn on (validate)",
    "severity": "rule id -> error | warning | info (validate)",
    "teaching": "true turns on the teaching rules (validate)",
    "formats": "diagram formats for build, e.g. [\"svg\", \"png\"]",
    "theme": "default theme for render and build",
    "direction": "default direction for render and build",
    "source": "folder of maps for build (default arguments/)",
    "out": "output folder for build (default diagrams/)",
    "max-file-size": "largest map file read, e.g. 20M (default 10M; env ARGMAP_MAX_FILE_SIZE)",
    "max-depth": "deepest nesting of mappings and lists (default 100; env ARGMAP_MAX_DEPTH)",
    "max-alias-expansion": "characters and nodes YAML aliases may repeat (default 1000000; "
                           "env ARGMAP_MAX_ALIAS_EXPANSION)",
}


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the pyproject.toml it came from
    table: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.table.get(key, default)


def find_pyproject(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """The ``[tool.argmap]`` table; an unreadable file or an unknown key raises UsageError."""
    path = find_pyproject(start)
    if path is None:
        return Config()
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
    return Config(path, table)


@dataclass(frozen=True)
class RuleOptions:
    """``disable``, ``enable``, ``severity`` and ``teaching`` as written in ``[tool.argmap]``; the ids are
    checked against the rules by the checker, which knows them."""

    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    origin: str = "[tool.argmap]"
    teaching: bool = False  # turn on the teaching rules


def rule_options(config: Config) -> RuleOptions:
    """The validator's keys of the config, type-checked; a wrong type raises UsageError."""
    origin = f"{config.path}: [tool.argmap]" if config.path else "[tool.argmap]"
    lists = {}
    for key in ("disable", "enable"):
        value = config.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise UsageError(f"{origin} `{key}` must be a list of rule ids, like {key} = [\"orphan-claim\"]")
        lists[key] = tuple(value)
    severity = config.get("severity", {})
    if not isinstance(severity, dict) or not all(isinstance(v, str) for v in severity.values()):
        raise UsageError(f"{origin} `severity` must be a table of rule ids to \"error\", \"warning\" or \"info\"")
    teaching = config.get("teaching", False)
    if not isinstance(teaching, bool):
        raise UsageError(f"{origin} `teaching` must be true or false")
    return RuleOptions(lists["disable"], lists["enable"], dict(severity), origin, teaching)
