"""Loading the map a teaching command works on: checked first, refused when it has errors."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import usage_error


def load_checked(file: Path, force: bool = False, settings=None):
    """The map in ``file``, after printing its errors to standard error.

    A map with errors is refused (exit 1) unless ``force``; an unreadable file is a usage
    error (exit 2). Warnings are not printed: the teaching commands are not the validator.
    """
    from ..checker import Settings, check_map
    from ..loader import load_path
    from ..problems import EXIT_ERRORS, Severity

    try:
        result = load_path(file)
    except OSError as exc:
        raise usage_error(f"{file}: {exc.strerror}")
    errors = [p for p in check_map(result, settings or Settings()) if p.severity is Severity.ERROR]
    for problem in errors:
        typer.echo(str(problem), err=True)
    if result.map is None or (errors and not force):
        hint = "" if result.map is None else " (--force uses it anyway)"
        typer.echo(f"argmap: {file}: the map has errors{hint}", err=True)
        raise typer.Exit(EXIT_ERRORS)
    return result.map


def write_output(out: Path | None, data: str | bytes) -> None:
    """``data`` into ``out`` atomically, or onto standard output when ``out`` is None."""
    from ..writing import write_atomic

    if out is None:
        if isinstance(data, bytes):
            import sys

            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            typer.echo(data, nl=False)
        return
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise usage_error(f"{out}: {exc.strerror}")
