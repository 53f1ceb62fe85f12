"""What the loader and the rules report: a Problem at a Location with a Severity."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Iterable

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
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


@dataclass(frozen=True, order=True)
class Location:
    """A place in a file; line and column are 1-based and count characters."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Problem:
    location: Location
    severity: Severity
    rule: str
    message: str

    def sort_key(self) -> tuple:
        return (self.location, -self.severity, self.rule, self.message)

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message} [{self.rule}]"


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=Problem.sort_key)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


@dataclass(frozen=True)
class Finding:
    """What a rule yields; the checker turns it into a Problem with the rule's id and severity."""

    location: Location
    message: str
