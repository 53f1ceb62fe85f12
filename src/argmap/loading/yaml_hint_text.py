"""What the YAML hints share: the shape of a hint, how a ``key:`` line is recognised, and
the words that say how to fix a line (indentation, quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from argmap import fields

# every field name of the format: a line starting with one is a field, not a text
KNOWN_FIELDS = frozenset(
    name for owner in ("map", "source", "speaker", "claim", "argument") for name in fields.names(owner)
)
KEY = re.compile(r"(\s*)(?:-\s+)?([\w-]+):(?=\s|$)")
KEY_NO_SPACE = re.compile(r"\s*(?:-\s+)?([\w-]+):([^\s:/].*)")
QUOTE_HINT = "put the text in quotes"


@dataclass(frozen=True)
class Hint:
    line: int  # 1-based, the line of the mistake
    column: int
    message: str  # without the "YAML syntax: " prefix


def value_start(raw: str) -> tuple[str, int] | None:
    """The key and the column (0-based) where its value starts, on a ``key: value`` line."""
    match = KEY.match(raw)
    if match is None:
        return None
    column = match.end()
    while column < len(raw) and raw[column] == " ":
        column += 1
    return (match.group(2), column) if column < len(raw) else None


def requoted(value: str) -> str:
    value = shortened(value.rstrip(), 60)
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def quoted_example(raw: str) -> str:
    found = value_start(raw)
    if found is None:
        return '"like: this"'
    return f"{found[0]}: {requoted(raw[found[1] :])}"


def shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def indent_to(count: int) -> str:
    return "start it at the beginning of the line" if count == 0 else f"indent it {spaces(count)}"


def no_space_hint(index: int, raw: str, match: re.Match) -> Hint:
    column = raw.index(":", match.start(1)) + 1
    return Hint(
        index + 1,
        column + 1,
        f"no space after `{match.group(1)}:`: YAML needs a space after "
        f"the colon, write `{match.group(1)}: {shortened(match.group(2).strip())}`",
    )
