"""How every command opens a map: through ``argmap.project.opening`` with the project's settings,
printing the map's problems to standard error in ``validate``'s format (``--quiet``: errors only)
and refusing a map with errors unless ``--force``. One function, so no two commands disagree."""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.cli.common import project_config, say, usage_error
from argmap.model import ArgumentMap
from argmap.problems import EXIT_ERRORS, Problem, Severity


def print_problems(problems: tuple[Problem, ...] | list[Problem], quiet: bool = False) -> None:
    """Each problem on standard error as ``validate`` prints it; only errors when ``quiet``."""
    for problem in problems:
        if not quiet or problem.severity is Severity.ERROR:
            say(str(problem))  # Problem.__str__ makes path and message printable


def open_checked(file: Path, quiet: bool = False):
    """The CheckedMap of ``file`` with its problems printed; exit 2 when unreadable."""
    from argmap.errors import UsageError
    from argmap.project.opening import open_map

    try:
        checked = open_map(file, project_config())
    except UsageError as exc:
        raise usage_error(str(exc))
    except OSError as exc:
        raise usage_error(f"{file}: {exc.strerror or exc}")
    print_problems(checked.problems, quiet)
    return checked


def open_usable(file: Path, verb: str, force: bool | None = False, quiet: bool = False) -> ArgumentMap:
    """The map, checked with the project's settings; exit 1 when it has errors (unless ``force``
    and the map could be read at all; None: the command has no ``--force``). ``verb`` says what
    was not done: "drawn", "exported"."""
    checked = open_checked(file, quiet)
    if checked.map is None or (checked.errors and not force):
        say(f"argmap: {file}: not {verb}: the map has errors{_hint(checked.map, verb, force)}")
        raise typer.Exit(EXIT_ERRORS)
    return checked.map


def _hint(amap: ArgumentMap | None, verb: str, force: bool | None) -> str:
    if amap is None:  # nothing to go on with, --force or not
        return ""
    if force is None:
        return "; fix them first (`argmap validate` lists them)"
    return f" (--force: {verb} anyway)"
