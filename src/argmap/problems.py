"""What the loader and the rules report: a Problem at a Location with a Severity."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from typing import Iterable

from argmap.frozen import quick_init

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2


class Severity(IntEnum):
    """Ordered so that ``max()`` gives the worst."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


@quick_init
@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A place in a file; line and column are 1-based and count characters."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{printable(self.path)}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    """A message may quote the map's own text; it is made safe to print here, once."""

    location: Location
    severity: Severity
    rule: str
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", printable(self.message, MESSAGE_LENGTH))

    def sort_key(self) -> tuple[Location, int, str, str]:
        return (self.location, -self.severity, self.rule, self.message)

    def to_dict(self) -> dict[str, object]:
        """The one JSON shape of a problem (``validate --format json``, ``serve``'s API)."""
        loc = self.location
        return {
            "path": loc.path,
            "line": loc.line,
            "column": loc.column,
            "severity": str(self.severity),
            "rule": self.rule,
            "message": self.message,
        }

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message} [{self.rule}]"


# Characters that would act on a terminal or hide in a one-line message: C0/C1 controls
# (escape sequences, line breaks), bidirectional overrides ("Trojan Source") and
# zero-width characters. They are shown as escapes such as \x1b, \n, \u202e.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
MESSAGE_LENGTH = 500  # a message quoting a 10 MB line keeps its start and its end


def printable(text: str, limit: int | None = None) -> str:
    """``text`` on one line, without characters that act on a terminal, at most ``limit`` long."""
    text = _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1] if m.group() != "\t" else " ", text)
    if limit is not None and len(text) > limit:
        keep = limit // 5
        text = f"{text[: limit - keep - 5]} […] {text[-keep:]}"
    return text


def terminal_text(text: str) -> str:
    """A message of one or more lines for a terminal: each line ``printable`` (its line breaks
    kept), so that nothing in it, a path or a map's text, acts on the terminal."""
    return "\n".join(printable(line) for line in str(text).split("\n"))


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=Problem.sort_key)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


@dataclass(frozen=True)
class Finding:
    """What a rule yields; the checker turns it into a Problem with the rule's id and severity."""

    location: Location
    message: str
