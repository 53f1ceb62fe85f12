"""Options that several commands share, declared once so that their names and help agree."""

from __future__ import annotations

from typing import Any

import typer

import argmap.cli.completion as completion
from argmap.loading.limits import LAYOUT_TIMEOUT

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


def force(verb: str) -> Any:  # typer.Option's own type: a default for a `bool` parameter
    """``--force``: go on with a map that has errors ("Draw even a map that has errors.")."""
    return typer.Option(False, "--force", help=f"{verb} even a map that has errors.")


ENGINE = typer.Option(
    "auto",
    "--engine",
    help="auto (Graphviz's dot, else the WebAssembly Graphviz of argmap[wasm], SVG and PNG), dot or wasm",
)
TIMEOUT = typer.Option(
    LAYOUT_TIMEOUT,
    "--timeout",
    min=0.001,
    metavar="SECONDS",
    help="Give up on a map whose layout takes longer (a pathological map; build reports it as failed).",
)
ASSUME = typer.Option(
    [],
    "--assume",
    metavar="ID",
    help="With --evaluate: count this claim as accepted (repeatable; implies --evaluate).",
)
REJECT = typer.Option(
    [],
    "--reject",
    metavar="ID",
    help="With --evaluate: count this claim as rejected (repeatable; implies --evaluate).",
)
