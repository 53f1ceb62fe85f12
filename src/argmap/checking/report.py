"""Problems → text, json or GitHub workflow commands: one function each, in FORMATTERS.

Each takes the problems, the number of files checked and ``colour`` (used by text only)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from argmap.problems import Problem, Severity


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(problems: Sequence[Problem], files_checked: int) -> str:
    files = _plural(files_checked, "file")
    if not problems:
        return f"no problems in {files} checked"
    counts = [(Severity.ERROR, "error"), (Severity.WARNING, "warning")]
    parts = [_plural(n, word) for sev, word in counts if (n := sum(p.severity is sev for p in problems))]
    if infos := sum(p.severity is Severity.INFO for p in problems):
        parts.append(f"{infos} info")  # "info" has no plural
    return f"{', '.join(parts)} in {files} checked"


# ANSI styles; the core never imports typer, and these are all that colour needs.
_STYLE = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def use_colour(stream=None, environ=None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    stream = sys.stdout if stream is None else stream
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _coloured(p: Problem) -> str:
    return (
        f"{_BOLD}{p.location}{_RESET}: {_STYLE[p.severity]}{p.severity}{_RESET}: {p.message} {_DIM}[{p.rule}]{_RESET}"
    )


def format_text(problems: Sequence[Problem], files_checked: int, colour: bool = False) -> str:
    lines = [_coloured(p) if colour else str(p) for p in problems]
    last = summary(problems, files_checked)
    lines.append(f"{_BOLD}{last}{_RESET}" if colour else last)
    return "\n".join(lines)


def format_json(problems: Sequence[Problem], files_checked: int, colour: bool = False) -> str:
    import json  # only --format json needs it

    items = [p.to_dict() for p in problems]
    return json.dumps(items, indent=2, ensure_ascii=False)


def _escape_github(text: str, *, property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(problems: Sequence[Problem], files_checked: int, colour: bool = False) -> str:
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for p in problems:
        loc = p.location
        props = f"file={_escape_github(loc.path, property=True)},line={loc.line},col={loc.column}"
        props += f",title={_escape_github(p.rule, property=True)}"
        lines.append(f"::{level[p.severity]} {props}::{_escape_github(p.message)}")
    return "\n".join(lines)


FORMATTERS: dict[str, Callable[..., str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
}
