"""Helpers shared by commands: printing problems and leaving with the right status."""

from __future__ import annotations

import typer

from argmap.problems import EXIT_USAGE


def usage_error(message: str) -> typer.Exit:
    """Print ``argmap: message`` to standard error and return the Exit to raise (status 2)."""
    typer.echo(f"argmap: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def configure_limits(ctx: typer.Context) -> None:
    """Resource limits for every map this run reads: ``[tool.argmap]`` keys, then
    ARGMAP_* environment variables (see ``argmap.loading.limits``), until the command ends. A bad
    value is a usage error; a config file broken otherwise is left for the command that
    reads it to report."""
    import os

    from argmap.loading import limits
    from argmap.project.config import load_config
    from argmap.project.files import UsageError

    try:
        config = load_config()
    except UsageError:
        config = None
    origin = f"{config.path} [tool.argmap]" if config is not None and config.path else "[tool.argmap]"
    try:
        limits.configure(limits.resolve(config.table if config else {}, os.environ, origin))
    except ValueError as exc:
        raise usage_error(str(exc))
    ctx.call_on_close(_end_of_command)


def _end_of_command() -> None:
    from argmap.loading import limits
    from argmap.writing import forget_inputs

    limits.configure(None)
    forget_inputs()
