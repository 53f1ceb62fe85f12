"""Resource limits on what argmap reads: file size, nesting depth, alias expansion.

A map is small; a file far beyond these limits is a mistake or an attack (a "billion
laughs" alias bomb, a nesting bomb, a file that would fill the machine's memory as YAML
nodes: about 150 bytes of memory per byte of a pathological file). Each limit is refused
with a ``limit`` problem that names the setting to raise. Settings, weakest first: the
defaults below, ``[tool.argmap]`` keys, environment variables. The CLI resolves them once
per run (``configure``); library callers get the defaults and the environment variables.

The checks live here and run on the composed node graph, so they hold whichever YAML
composer (libyaml's C one or PyYAML's Python one) built it. Composing itself never expands
an alias (an alias is the same node object again), so checking afterwards is safe.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from stat import S_ISREG

from argmap.problems import Location, Problem, Severity

RULE = "limit"
LAYOUT_TIMEOUT = 300.0  # seconds Graphviz may take to lay out one map, by default, in every front end
MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits in force for the maps of one run (defaults, then settings, then environment)."""

    max_file_size: int = 10 * MIB  # bytes of a map file (characters for text given directly)
    max_depth: int = 100  # nesting levels of mappings and lists
    max_alias_expansion: int = 1_000_000  # characters and nodes that aliases repeat, in total


@dataclass(frozen=True)
class Setting:
    """One limit as a person sets it: ``[tool.argmap]`` key, environment variable, meaning."""

    key: str  # in [tool.argmap]
    env: str  # environment variable
    field: str  # of Limits
    meaning: str


SETTINGS = (
    Setting(
        "max-file-size",
        "ARGMAP_MAX_FILE_SIZE",
        "max_file_size",
        "largest map file argmap reads, in bytes (or with a unit: 500K, 20M, 1G); default 10M",
    ),
    Setting(
        "max-depth", "ARGMAP_MAX_DEPTH", "max_depth", "deepest nesting of mappings and lists in a map; default 100"
    ),
    Setting(
        "max-alias-expansion",
        "ARGMAP_MAX_ALIAS_EXPANSION",
        "max_alias_expansion",
        "characters and nodes that YAML aliases (*name) may repeat in one map; default 1000000",
    ),
)
_BY_FIELD = {s.field: s for s in SETTINGS}
_SIZE = re.compile(r"\s*(\d+)\s*([KMG]?)i?B?\s*\Z", re.IGNORECASE)
_UNITS = {"": 1, "K": 1024, "M": MIB, "G": 1024 * MIB}


def parse_value(setting: Setting, value: object) -> int:
    """A positive whole number; sizes may carry a unit (K, M, G: binary multiples)."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif (
        isinstance(value, str)
        and (match := _SIZE.match(value))
        and (setting.field == "max_file_size" or not match.group(2))
    ):
        number = int(match.group(1)) * _UNITS[match.group(2).upper()]
    else:
        raise ValueError(f"{setting.key} must be a positive whole number, not {value!r}")
    if number < 1:
        raise ValueError(f"{setting.key} must be a positive whole number, not {value!r}")
    return number


def resolve(table: Mapping[str, object], environ: Mapping[str, str], origin: str = "[tool.argmap]") -> Limits:
    """Defaults, overridden by ``table`` (the [tool.argmap] keys), overridden by ``environ``.
    A bad value raises ValueError naming where it came from."""
    values = {}
    for setting in SETTINGS:
        for source, where, name in ((table, origin, setting.key), (environ, "environment", setting.env)):
            if name in source:
                try:
                    values[setting.field] = parse_value(setting, source[name])
                except ValueError as exc:
                    raise ValueError(f"{where}: {name}: {exc}") from None
    return Limits(**values)


_active: Limits | None = None


def configure(limits: Limits | None) -> None:
    """Set the limits every later load uses (the CLI does this once per run); None resets."""
    global _active
    _active = limits


def current() -> Limits:
    """The configured limits, or the defaults with the environment variables applied."""
    return _active if _active is not None else resolve({}, os.environ)


def _problem(location: Location, message: str, field: str) -> Problem:
    setting = _BY_FIELD[field]
    hint = f" (raise `{setting.key}` in [tool.argmap] or {setting.env} to read it)"
    return Problem(location, Severity.ERROR, RULE, message + hint)


def size_problem(size: int, path: str, limits: Limits, unit: str = "bytes") -> Problem | None:
    if size <= limits.max_file_size:
        return None
    message = f"the file is {size:,} {unit}, more than argmap reads ({limits.max_file_size:,} bytes)"
    return _problem(Location(path), message, "max_file_size")


def read_file(path, limits: Limits | None = None) -> tuple[bytes | None, Problem | None]:
    """A file's bytes, or a ``limit`` problem if it is larger than allowed: decided from its
    size before reading, and never reading past the limit (the size may lie: a growing file,
    a /proc file). Raises OSError when it cannot be read, also for anything but a regular
    file (a pipe or a device such as /dev/zero would block or never end)."""
    from argmap.writing import protect

    limits = limits or current()
    protect(path)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens at once
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        refused = size_problem(status.st_size, str(path), limits)
        if refused:
            return None, refused
        data = handle.read(limits.max_file_size + 1)
    refused = size_problem(len(data), str(path), limits, "bytes or more")
    return (None, refused) if refused else (data, None)


def depth_problem(location: Location, limits: Limits) -> Problem:
    message = f"the document is nested more than {limits.max_depth} levels deep here"
    return _problem(location, message, "max_depth")


def alias_problem(location: Location, endless: bool, limits: Limits) -> Problem:
    if endless:
        return Problem(
            location,
            Severity.ERROR,
            RULE,
            "an alias (*name) inside the node it names makes the data endless: argmap cannot read recursive YAML",
        )
    message = (
        f"aliases (*name) repeat this node and others so often that the map would grow by more "
        f"than {limits.max_alias_expansion:,} characters and nodes, the most argmap allows"
    )
    return _problem(location, message, "max_alias_expansion")
