"""argmap validate"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from . import app
from .common import usage_error


@app.command()
def validate(
    paths: List[Path] = typer.Argument(..., help="Map files, or folders searched for *.yaml and *.yml."),
    format: str = typer.Option("text", "--format", help="Output format: text, json or github."),
    strict: bool = typer.Option(False, "--strict", help="Count warnings as errors."),
    disable: List[str] = typer.Option([], "--disable", help="Turn a rule off (repeatable)."),
    enable: List[str] = typer.Option([], "--enable", help="Turn an optional rule on (repeatable)."),
    source_text: Path = typer.Option(None, "--source-text", help="The source text that quotes are checked against."),
) -> None:
    """Check maps for mistakes; print one problem a line as path:line:col: severity: message [rule]."""
    from ..checker import Settings, check_file
    from ..files import UsageError, find_maps
    from ..problems import EXIT_ERRORS, EXIT_OK, has_errors
    from ..report import FORMATTERS
    from ..rules import LOADER_RULES, by_id

    if format not in FORMATTERS:
        raise usage_error(f"unknown format {format!r} (use {', '.join(FORMATTERS)})")
    known = set(by_id())
    for rule_id in [*disable, *enable]:
        if rule_id not in known:
            extra = " (the loader's rules cannot be turned off)" if rule_id in LOADER_RULES else ""
            raise usage_error(f"unknown rule {rule_id!r}{extra}; `argmap rules` lists them")
    settings = Settings(disable=frozenset(disable), enable=frozenset(enable), strict=strict,
                        source_text=source_text)
    try:
        files = find_maps(paths)
        problems = [p for path in files for p in check_file(path, settings)]
    except UsageError as exc:
        raise usage_error(str(exc))
    except OSError as exc:
        raise usage_error(f"{exc.filename}: {exc.strerror}")
    typer.echo(FORMATTERS[format](problems, len(files)))
    raise typer.Exit(EXIT_ERRORS if has_errors(problems) else EXIT_OK)
