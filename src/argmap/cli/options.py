"""Options that several commands share, declared once so that their names and help agree."""

from __future__ import annotations

import typer

import argmap.cli.completion as completion

THEME = typer.Option(
    None,
    "--theme",
    metavar="THEME",
    autocompletion=completion.themes,
    help="default or print [default: [tool.argmap] theme, else default]",
)
DIRECTION = typer.Option(
    None,
    "--direction",
    metavar="DIR",
    autocompletion=completion.directions,
    help="BT (conclusion on top), TB, LR or RL [default: [tool.argmap] direction, else BT]",
)
QUIET = typer.Option(False, "--quiet", "-q", help="Print only the map's errors, not its warnings and notes.")


def force(verb: str) -> typer.models.OptionInfo:
    """``--force``: go on with a map that has errors ("Draw even a map that has errors.")."""
    return typer.Option(False, "--force", help=f"{verb} even a map that has errors.")
