"""argmap import"""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.root import app


@app.command("import")
def import_(
    file: Path = typer.Argument(..., help="The file to import (AIF/OVA JSON, Argdown, argmap JSON, ...)."),
    from_: str = typer.Option(None, "--from", "-f", help="Its format (default: guessed from suffix and content)."),
    out: Path = typer.Option(None, "--out", "-o", help="The YAML map to write (default: standard output)."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUT if it exists."),
) -> None:
    """Read a map from another tool's format and write it as argmap YAML, with comments where
    something was dropped or guessed. Problems are printed as path:line:col warnings."""
    from argmap.importers import IMPORTERS, guess_format, importer
    from argmap.loading.limits import read_file
    from argmap.problems import EXIT_ERRORS, has_errors, sort_problems

    if from_ is not None and from_ not in IMPORTERS:
        raise usage_error(f"unknown format {from_!r} (use {', '.join(IMPORTERS)})")
    try:
        data, too_large = read_file(file)
    except OSError as exc:
        raise usage_error(f"{file}: {exc.strerror}")
    if too_large:
        say(f"{too_large}\nargmap: {file}: not imported")
        raise typer.Exit(EXIT_ERRORS)
    assert data is not None  # read_file gives the bytes or a problem
    name = from_ or guess_format(str(file), data)
    if name is None:
        raise usage_error(f"{file}: cannot tell its format; give it with --from ({', '.join(IMPORTERS)})")
    _check_out(file, out, force)
    yaml_text, problems = importer(name).import_map(data, str(file))
    problems = sort_problems(problems) + _check_result(yaml_text, out, problems)
    for problem in problems:
        say(str(problem))
    if not yaml_text or has_errors(problems):
        say(f"argmap: {file}: not imported")
        raise typer.Exit(EXIT_ERRORS)
    _write(yaml_text, out)


def _check_out(file: Path, out: Path | None, force: bool) -> None:
    if out is None:
        return
    if out.exists() and out.resolve() == file.resolve():
        raise usage_error(f"{out}: is the input file; argmap import never overwrites its input")
    if out.exists() and not force:
        raise usage_error(f"{out}: already exists (--force overwrites it)")


def _check_result(yaml_text: str, out: Path | None, earlier: list) -> list:
    """The generated YAML must itself validate; a failure here is argmap's bug, so say so."""
    from argmap.problems import has_errors
    from argmap.project.config import ProjectConfig
    from argmap.project.opening import open_text

    if not yaml_text or has_errors(earlier):
        return []
    # the default settings, not the project's: this checks argmap's own output, not the user's style
    found = open_text(yaml_text, str(out or "<imported map>"), ProjectConfig())
    return list(found.errors)


def _write(yaml_text: str, out: Path | None) -> None:
    from argmap.writing import write_atomic

    if out is None:
        typer.echo(yaml_text, nl=False)
        return
    try:
        write_atomic(out, yaml_text)
    except OSError as exc:
        raise usage_error(f"{out}: {exc.strerror}")
