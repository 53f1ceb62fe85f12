"""Helpers shared by commands: printing problems and leaving with the right status."""

from __future__ import annotations

import typer

from ..problems import EXIT_USAGE


def usage_error(message: str) -> typer.Exit:
    """Print ``argmap: message`` to standard error and return the Exit to raise (status 2)."""
    typer.echo(f"argmap: {message}", err=True)
    return typer.Exit(EXIT_USAGE)
