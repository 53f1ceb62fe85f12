"""argmap render"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

import argmap.cli.completion as completion
from argmap.cli.common import say, usage_error
from argmap.cli.app import app
from argmap.cli.options import DIRECTION, QUIET, THEME
from argmap.loading.limits import LAYOUT_TIMEOUT



@app.command()
def render(
    file: Path = typer.Argument(..., help="The map to draw.", autocompletion=completion.map_files),
    out: str = typer.Option(None, "--out", "-o", metavar="FILE", help="Output file, or - for standard output "
                            "[default: diagrams/<stem>.<format> beside arguments/, else ./<stem>.<format>]"),
    fmt: str = typer.Option(None, "--format", "-f", metavar="FORMAT", autocompletion=completion.picture_formats,
                            help="svg, png, pdf or dot [default: OUT's suffix, else svg]"),
    theme: str = THEME,
    direction: str = DIRECTION,
    no_legend: bool = typer.Option(False, "--no-legend", help="Leave out the legend."),
    no_speakers: bool = typer.Option(False, "--no-speakers", help="No speaker names or colours."),
    page: str = typer.Option(None, "--page", metavar="PAGE", autocompletion=completion.pages,
                             help="Fit the picture to a page: slide (16:9), a4 or letter."),
    focus: str = typer.Option(None, "--focus", metavar="ID", help="Only this claim and what leads to it."),
    depth: int = typer.Option(None, "--depth", min=0, metavar="N", help="With --focus: how many argument levels."),
    force: bool = typer.Option(False, "--force", help="Draw even a map that has errors."),
    quiet: bool = QUIET,
    evaluate: bool = typer.Option(False, "--evaluate", help="Mark each claim and argument ✓ ✗ ? with its "
                                  "grounded label (see `argmap evaluate`)."),
    assume: List[str] = typer.Option([], "--assume", metavar="ID", help="With --evaluate: count this claim "
                                     "as accepted (repeatable; implies --evaluate)."),
    reject: List[str] = typer.Option([], "--reject", metavar="ID", help="With --evaluate: count this claim "
                                     "as rejected (repeatable; implies --evaluate)."),
    engine: str = typer.Option("auto", "--engine", help="auto (Graphviz's dot, else the WebAssembly "
                               "Graphviz of argmap[wasm], SVG only), dot or wasm"),
    timeout: float = typer.Option(LAYOUT_TIMEOUT, "--timeout", min=0.001, metavar="SECONDS",
                                  help="Give up on a layout that takes longer (a pathological map)."),
) -> None:
    """Draw a map as a diagram. The map is validated first; a map with errors is refused
    (its problems are printed, exit 1) unless --force."""
    from argmap.errors import UsageError
    from argmap.drawing import RenderError
    from argmap.drawing.paths import choose_format, default_output
    from argmap.drawing.engine import ENGINES
    from argmap.cli.maps import open_usable
    from argmap.cli.draw_setup import options_from, warn_if_large, with_evaluation, write_output

    if engine not in ENGINES:
        raise usage_error(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    try:
        chosen = choose_format(out, fmt)
        options = options_from(theme=theme, direction=direction, legend=not no_legend,
                               speakers=not no_speakers, page=page, focus=focus, depth=depth)
    except (UsageError, ValueError) as exc:
        raise usage_error(str(exc))
    amap = open_usable(file, "drawn", force, quiet)
    if evaluate or assume or reject:
        options = with_evaluation(amap, options, assume, reject)
    target = None if out == "-" else Path(out) if out else default_output(file, chosen)
    warn_if_large(file, amap, options, chosen)
    try:
        from argmap.drawing import render_bytes

        data = render_bytes(amap, options, chosen, timeout=timeout, engine=engine)
    except RenderError as exc:
        if isinstance(exc, ValueError):
            raise usage_error(str(exc))
        say(f"argmap: {exc}")
        raise typer.Exit(1)
    write_output(target, data)
