"""The ``argmap`` Typer application and its root options; each ``cmd_*`` module adds one command."""

from __future__ import annotations

import typer

import argmap.cli.metavars as metavars
from argmap.version import __version__

app = typer.Typer(
    name="argmap",
    help="Argument maps as YAML: check them for consistency and draw them as diagrams.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
metavars.install()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"argmap {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Argument maps as YAML: check them for consistency and draw them as diagrams."""
    from argmap.cli.common import configure_limits

    configure_limits(ctx)
