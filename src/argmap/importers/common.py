"""What every importer needs: decoding the file and reporting problems at a line and column."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from argmap.problems import Location, Problem, Severity

RULE = "import"


class Member(str):
    """A pattern finding ``"key": value`` in JSON text that also names its key and value, so a
    Reporter looks it up in an index built in one pass over the file instead of searching."""

    key: str
    value: str | None


# A JSON member: a quoted key, a colon, then a quoted string or a bare scalar.
_MEMBER = re.compile(r'"((?:[^"\\\n]|\\.){0,200})"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|[^\s,}\]"]{0,200})')


class Reporter:
    """Collects problems about one foreign file; places them by searching its text.

    Positions are found in indexes built once per file (line starts, JSON members), so a
    file with many problems is reported in linear time, not one search per problem.
    """

    def __init__(self, path: str, text: str = "") -> None:
        self.path = path
        self.text = text
        self.problems: list[Problem] = []
        self._indexed: str | None = None  # the text the indexes below were built from
        self._line_starts: list[int] = []
        self._members: dict[tuple[str, str | None], int] = {}

    def at(self, pattern: str | None) -> Location:
        """Where ``pattern`` (a regular expression or a Member) first matches (the file's start if nowhere)."""
        if isinstance(pattern, Member):
            return self.location(self._index()[1].get((pattern.key, pattern.value), 0))
        match = re.search(pattern, self.text) if pattern else None
        return self.location(match.start() if match else 0)

    def location(self, offset: int) -> Location:
        starts = self._index()[0]
        line = bisect_right(starts, offset)
        return Location(self.path, line, offset - starts[line - 1] + 1)

    def _index(self) -> tuple[list[int], dict[tuple[str, str | None], int]]:
        if self._indexed is not self.text:
            self._indexed = self.text
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
            self._members = {}
            for match in _MEMBER.finditer(self.text):
                key, value = match.group(1), match.group(2)
                value = value[1:-1] if value.startswith('"') else value
                self._members.setdefault((key, value), match.start())
                self._members.setdefault((key, None), match.start())
        return self._line_starts, self._members

    def warn(self, message: str, pattern: str | None = None, line: int | None = None) -> None:
        self._add(Severity.WARNING, message, pattern, line)

    def error(self, message: str, pattern: str | None = None, line: int | None = None) -> None:
        self._add(Severity.ERROR, message, pattern, line)

    def _add(self, severity: Severity, message: str, pattern: str | None, line: int | None) -> None:
        where = Location(self.path, line, 1) if line is not None else self.at(pattern)
        self.problems.append(Problem(where, severity, RULE, message))


def decode_text(data: bytes, reporter: Reporter) -> str | None:
    """UTF-8 text (a BOM is dropped); an error problem for anything else."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        reporter.error(f"undecodable bytes at byte offset {exc.start}: the file is not UTF-8")
        return None
    reporter.text = text
    return text


FAILED = object()  # decode_json's result for a file that is not JSON (an error was reported)


def decode_json(data: bytes, reporter: Reporter) -> Any:
    """The parsed JSON document, or FAILED after an error problem at the syntax error."""
    text = decode_text(data, reporter)
    if text is None:
        return FAILED
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = Location(reporter.path, exc.lineno, exc.colno)
        reporter.problems.append(Problem(where, Severity.ERROR, RULE, f"not valid JSON: {exc.msg}"))
        return FAILED
    except RecursionError:
        reporter.error("not readable JSON: nested too deeply")
        return FAILED


def json_key(key: str) -> Member:
    """A pattern that finds ``"key":`` in JSON text."""
    return _member(re.escape(json.dumps(key)) + r"\s*:", key, None)


def json_member(key: str, value: Any) -> Member:
    """A pattern that finds ``"key": value`` in JSON text, the value quoted or not."""
    pattern = re.escape(json.dumps(key)) + r'\s*:\s*"?' + re.escape(str(value)) + r'"?(?=[\s,}])'
    return _member(pattern, key, str(value))


def _member(pattern: str, key: str, value: str | None) -> Member:
    member = Member(pattern)
    member.key, member.value = key, value
    return member


def weight_of(value) -> float | None:
    """A weight from a foreign file: a number from 0 to 1 (a numeric text too), else None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if 0.0 <= number <= 1.0 else None


def mapping_at(container: dict[Any, Any], key: str) -> dict[Any, Any]:
    """The value at ``key`` of a parsed JSON or YAML mapping when it is a mapping itself, else an
    empty one (a missing or malformed section reads as empty)."""
    value = container.get(key)
    return value if isinstance(value, dict) else {}
