"""argmap render"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

import argmap.cli.completion as completion
from argmap.cli.common import say, usage_error
from argmap.cli.options import ASSUME, DIRECTION, ENGINE, QUIET, REJECT, THEME, TIMEOUT, force
from argmap.cli.root import app


@app.command()
def render(
    file: Path = typer.Argument(..., help="The map to draw.", autocompletion=completion.map_files),
    out: str = typer.Option(
        None,
        "--out",
        "-o",
        metavar="FILE",
        help="Output file, or - for standard output "
        "[default: diagrams/<stem>.<format> beside arguments/, else ./<stem>.<format>]",
    ),
    fmt: str = typer.Option(
        None,
        "--format",
        "-f",
        metavar="FORMAT",
        autocompletion=completion.picture_formats,
        help="svg, png, pdf or dot [default: OUT's suffix, else svg]",
    ),
    theme: str = THEME,
    direction: str = DIRECTION,
    no_legend: bool = typer.Option(False, "--no-legend", help="Leave out the legend."),
    no_speakers: bool = typer.Option(False, "--no-speakers", help="No speaker names or colours."),
    page: str = typer.Option(
        None,
        "--page",
        metavar="PAGE",
        autocompletion=completion.pages,
        help="Fit the picture to a page: slide (16:9), a4 or letter.",
    ),
    focus: str = typer.Option(
        None,
        "--focus",
        metavar="ID",
        help="Only this claim or argument and what "
        "leads to it (an argument: with its premises, its target and the attacks on it).",
    ),
    depth: int = typer.Option(None, "--depth", min=0, metavar="N", help="With --focus: how many argument levels."),
    part: int = typer.Option(
        None,
        "--part",
        min=1,
        metavar="N",
        help="Only the map's N-th unconnected part (numbered as `argmap outline` lists them).",
    ),
    split_parts: bool = typer.Option(
        False,
        "--split-parts",
        help="One diagram per unconnected part: "
        "<stem>-part01.<format> … in OUT, a folder [default: where the "
        "diagram would go].",
    ),
    force: bool = force("Draw"),
    quiet: bool = QUIET,
    evaluate: bool = typer.Option(
        False,
        "--evaluate",
        help="Mark each claim and argument ✓ ✗ ? with its "
        "grounded label, or with its strength (see --semantics and `argmap "
        "evaluate`); every box stays where the plain drawing puts it.",
    ),
    semantics: str = typer.Option(
        "grounded",
        "--semantics",
        help="With --evaluate: grounded, preferred, "
        "df-quad or energy (a strength bar in each box; implies --evaluate "
        "when not grounded).",
    ),
    assume: List[str] = ASSUME,
    reject: List[str] = REJECT,
    engine: str = ENGINE,
    timeout: float = TIMEOUT,
) -> None:
    """Draw a map as a diagram. The map is validated first; a map with errors is refused
    (its problems are printed, exit 1) unless --force."""
    from argmap.cli.draw_setup import options_from, warn_if_large, with_evaluation, write_output
    from argmap.cli.maps import open_usable
    from argmap.drawing import RenderError
    from argmap.drawing.engine import ENGINES
    from argmap.drawing.paths import choose_format, default_output
    from argmap.errors import UsageError

    if engine not in ENGINES:
        raise usage_error(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    try:
        chosen = choose_format(out, fmt)
        options = options_from(
            theme=theme,
            direction=direction,
            legend=not no_legend,
            speakers=not no_speakers,
            page=page,
            focus=focus,
            depth=depth,
        )
    except (UsageError, ValueError) as exc:
        raise usage_error(str(exc))
    if split_parts and (part is not None or focus is not None or out == "-"):
        raise usage_error("--split-parts writes one file per part into a folder: not with --part, --focus or -o -")
    amap = open_usable(file, "drawn", force, quiet)
    if semantics not in ("grounded", "preferred", "df-quad", "energy"):
        raise usage_error(f"unknown semantics {semantics!r} (use grounded, preferred, df-quad or energy)")
    if evaluate or assume or reject or semantics != "grounded":
        options = with_evaluation(amap, options, assume, reject, semantics, file)
    if split_parts:
        from argmap.cli.render_parts import render_parts

        folder = Path(out) if out and out != "-" else default_output(file, chosen).parent
        raise typer.Exit(render_parts(file, amap, options, chosen, folder, timeout, engine))
    if part is not None:
        from argmap.drawing.parts import part_map

        try:
            amap = part_map(amap, part)
        except ValueError as exc:
            raise usage_error(str(exc))
    target = None if out == "-" else Path(out) if out else default_output(file, chosen)
    warn_if_large(file, amap, options, chosen)
    try:
        from argmap.drawing import render_bytes

        notes: list[str] = []
        data = render_bytes(amap, options, chosen, timeout=timeout, engine=engine, notes=notes)
    except RenderError as exc:
        if isinstance(exc, ValueError):
            raise usage_error(str(exc))
        say(f"argmap: {exc}")
        raise typer.Exit(1)
    for note in notes:
        typer.echo(f"argmap: warning: {note}", err=True)
    write_output(target, data)
    if target is not None and not quiet:
        say(f"wrote {target}")
