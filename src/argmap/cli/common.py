"""Helpers shared by commands: printing problems and leaving with the right status."""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.problems import EXIT_USAGE, terminal_text


def say(message: str, err: bool = True, nl: bool = True) -> None:
    """Print a message for a person (standard error by default). Every message goes through
    here, so that no file name or map text can send escape sequences to the terminal (an OSC 52
    clipboard write in a file name, say): control, bidirectional and zero-width characters are
    shown as escapes, line by line."""
    typer.echo(terminal_text(message), err=err, nl=nl)


def usage_error(message: str) -> typer.Exit:
    """Print ``argmap: message`` to standard error and return the Exit to raise (status 2)."""
    say(f"argmap: {message}")
    return typer.Exit(EXIT_USAGE)


def configure_limits(ctx: typer.Context) -> None:
    """Resource limits for every map this run reads: ``[tool.argmap]`` keys, then
    ARGMAP_* environment variables (see ``argmap.loading.limits``), until the command ends. A bad
    value is a usage error; a config file broken otherwise is left for the command that
    reads it to report."""
    from argmap.errors import UsageError
    from argmap.loading import limits

    try:
        limits.configure(_config_for(Path.cwd()).limits)
    except UsageError:
        pass  # reported by the command that reads the configuration
    ctx.call_on_close(_end_of_command)


def _end_of_command() -> None:
    from argmap.loading import limits
    from argmap.writing import forget_inputs

    limits.configure(None)
    forget_inputs()


def _config_for(folder: Path):
    """``load_config`` parses pyproject.toml again only when it changed (its mtime and size),
    so asking at the start of a run and again in the command costs a stat, not a parse."""
    from argmap.project.config import load_config

    return load_config(folder)


def project_config():
    """``[tool.argmap]`` of the working directory; a bad one is a usage error."""
    from argmap.errors import UsageError

    try:
        return _config_for(Path.cwd())
    except UsageError as exc:
        raise usage_error(str(exc))
