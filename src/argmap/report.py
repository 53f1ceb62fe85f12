"""Problems → text, json or GitHub workflow commands: one function each, in FORMATTERS."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from .problems import Problem, Severity


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(problems: Sequence[Problem], files_checked: int) -> str:
    files = _plural(files_checked, "file")
    if not problems:
        return f"no problems in {files} checked"
    counts = [(Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "info")]
    parts = [_plural(n, word) for sev, word in counts if (n := sum(p.severity is sev for p in problems))]
    return f"{', '.join(parts)} in {files} checked"


def format_text(problems: Sequence[Problem], files_checked: int) -> str:
    lines = [str(p) for p in problems]
    lines.append(summary(problems, files_checked))
    return "\n".join(lines)


def format_json(problems: Sequence[Problem], files_checked: int) -> str:
    items = [
        {"path": p.location.path, "line": p.location.line, "column": p.location.column,
         "severity": str(p.severity), "rule": p.rule, "message": p.message}
        for p in problems
    ]
    return json.dumps(items, indent=2, ensure_ascii=False)


def _escape_github(text: str, *, property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(problems: Sequence[Problem], files_checked: int) -> str:
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for p in problems:
        loc = p.location
        props = f"file={_escape_github(loc.path, property=True)},line={loc.line},col={loc.column}"
        props += f",title={_escape_github(p.rule, property=True)}"
        lines.append(f"::{level[p.severity]} {props}::{_escape_github(p.message)}")
    return "\n".join(lines)


FORMATTERS: dict[str, Callable[[Sequence[Problem], int], str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
}
