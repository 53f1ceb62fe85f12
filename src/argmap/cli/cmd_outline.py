"""argmap outline"""

from __future__ import annotations

from pathlib import Path

import typer

import argmap.cli.completion as completion
from argmap.cli.common import usage_error
from argmap.cli.options import QUIET, force
from argmap.cli.root import app


@app.command()
def outline(
    file: Path = typer.Argument(..., help="The map to outline.", autocompletion=completion.map_files),
    format: str = typer.Option("text", "--format", help="text (indented) or markdown (nested lists)."),
    out: Path = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
    force: bool = force("Outline"),
    quiet: bool = QUIET,
) -> None:
    """Print the map as an indented outline from the conclusion down: "Because: …" for a
    reason, "But: …" for an objection, "Unless: …" for an undercutter, linked premises
    listed together, speakers in brackets. A map of several unconnected parts is outlined part
    by part ("Part 2 of 5"), numbered as `render --part N` counts them. A handout, and the
    diagram's text alternative."""
    from argmap.cli.draw_setup import write_output
    from argmap.cli.maps import open_usable
    from argmap.drawing.outline import FORMATS
    from argmap.drawing.outline import outline as make_outline

    if format not in FORMATS:
        raise usage_error(f"unknown format {format!r} (use {', '.join(FORMATS)})")
    amap = open_usable(file, "outlined", force, quiet)
    write_output(out, make_outline(amap, format, parts=True).encode("utf-8"))
