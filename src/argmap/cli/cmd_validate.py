"""argmap validate"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

import argmap.cli.completion as completion
from argmap.cli.common import usage_error
from argmap.cli.root import app


def _ids(values: List[str]) -> list[str]:
    """Repeatable options that also take comma-separated ids: --disable a,b --disable c."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@app.command()
def validate(
    paths: List[Path] = typer.Argument(
        ..., help="Map files, or folders searched for *.yaml and *.yml.", autocompletion=completion.map_files
    ),
    format: str = typer.Option("text", "--format", help="Output format: text, json or github."),
    strict: bool = typer.Option(False, "--strict", help="Count warnings as errors."),
    disable: List[str] = typer.Option([], "--disable", metavar="RULE", help="Turn a rule off (repeatable)."),
    enable: List[str] = typer.Option([], "--enable", metavar="RULE", help="Turn an optional rule on (repeatable)."),
    source_text: Path = typer.Option(
        None, "--source-text", metavar="FILE", help="Check quotes against this text instead of each map's source.text."
    ),
    teaching: bool = typer.Option(
        False, "--teaching", help="Also run the teaching rules: single-premise, rabbit-rule, holding-hands."
    ),
) -> None:
    """Check maps for mistakes: one problem a line, path:line:col: severity: message [rule].

    Exit status 0 when there are no errors, 1 when there are, 2 for a usage error.
    [tool.argmap] in the nearest pyproject.toml may set disable, enable, severity and teaching;
    `argmap rules` lists the rules.
    """
    from argmap.checking.report import FORMATTERS, use_colour
    from argmap.cli.common import project_config
    from argmap.errors import UsageError
    from argmap.problems import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, Problem, has_errors
    from argmap.project.files import find_maps
    from argmap.project.opening import CheckOptions, open_map, rule_settings

    if format not in FORMATTERS:
        raise usage_error(f"unknown format {format!r} (use {', '.join(FORMATTERS)})")
    try:
        _check_source_text(source_text)
        config = project_config()
        settings = rule_settings(
            config, CheckOptions(tuple(_ids(disable)), tuple(_ids(enable)), strict, source_text, teaching)
        )
        files = find_maps(paths)
    except UsageError as exc:
        raise usage_error(str(exc))
    problems: list[Problem] = []
    unreadable = 0
    for path in files:  # one unreadable file is reported; the others are still checked
        try:
            problems.extend(open_map(path, config, settings=settings).problems)
        except OSError as exc:
            unreadable += 1
            usage_error(f"{path}: {exc.strerror or exc}")
    colour = format == "text" and use_colour()
    typer.echo(FORMATTERS[format](problems, len(files), colour=colour), color=colour or None)
    raise typer.Exit(EXIT_USAGE if unreadable else EXIT_ERRORS if has_errors(problems) else EXIT_OK)


def _check_source_text(path: Path | None) -> None:
    """A --source-text that cannot be used is a usage error, before any map is read."""
    if path is None:
        return
    from argmap.checking.sourcetext import SourceTextError, read
    from argmap.errors import UsageError

    try:
        read(path)
    except SourceTextError as exc:
        raise UsageError(f"--source-text {path}: {exc}") from None
