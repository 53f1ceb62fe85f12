"""What every importer needs: decoding the file and reporting problems at a line and column."""

from __future__ import annotations

import json
import re
from typing import Any

from argmap.problems import Location, Problem, Severity

RULE = "import"


class Reporter:
    """Collects problems about one foreign file; places them by searching its text."""

    def __init__(self, path: str, text: str = "") -> None:
        self.path = path
        self.text = text
        self.problems: list[Problem] = []

    def at(self, pattern: str | None) -> Location:
        """Where the regular expression ``pattern`` first matches (the file's start if nowhere)."""
        match = re.search(pattern, self.text) if pattern else None
        return self.location(match.start() if match else 0)

    def location(self, offset: int) -> Location:
        before = self.text[:offset]
        line = before.count("\n") + 1
        return Location(self.path, line, offset - (before.rfind("\n") + 1) + 1)

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


def json_key(key: str) -> str:
    """A pattern that finds ``"key":`` in JSON text."""
    return re.escape(json.dumps(key)) + r"\s*:"


def json_member(key: str, value: Any) -> str:
    """A pattern that finds ``"key": value`` in JSON text, the value quoted or not."""
    return re.escape(json.dumps(key)) + r'\s*:\s*"?' + re.escape(str(value)) + r'"?(?=[\s,}])'
