"""argmap worksheet"""

from __future__ import annotations

from pathlib import Path

import typer

import argmap.cli.completion as completion
from argmap.cli.common import say, usage_error
from argmap.cli.options import DIRECTION, QUIET, THEME, force
from argmap.cli.root import app


@app.command()
def worksheet(
    file: Path = typer.Argument(..., help="The map to make a worksheet of.", autocompletion=completion.map_files),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the worksheet, key and cards (created if missing)."),
    blank: str = typer.Option(
        "premises",
        "--blank",
        metavar="WHAT",
        help="premises, conclusions, relations, or a number of claims chosen at random.",
    ),
    seed: int = typer.Option(
        1, "--seed", help="Chooses the random claims and shuffles the cards; the same seed gives the same worksheet."
    ),
    fmt: str = typer.Option("svg", "--format", "-f", help="svg, png or pdf."),
    theme: str = THEME,
    direction: str = DIRECTION,
    page: str = typer.Option(None, "--page", help="Fit the pictures to a page: slide (16:9), a4 or letter."),
    force: bool = force("Use"),
    quiet: bool = QUIET,
) -> None:
    """Write a worksheet: <stem>-worksheet.svg with the chosen boxes' texts replaced by
    numbered blanks (or, with --blank relations, every relation drawn alike with a numbered
    box), numbered top to bottom and left to right as drawn; <stem>-key.svg with each blank's
    number and card marked on the full diagram; <stem>-cards.md with the removed texts,
    shuffled, to cut out; and <stem>-answers.md, which card goes in which blank."""
    from argmap.cli.draw_setup import write_output
    from argmap.cli.maps import open_usable
    from argmap.cli.pages import picture_options
    from argmap.drawing import RenderError
    from argmap.teaching.worksheet import CHOICES, make_worksheet

    if blank not in CHOICES and not blank.isdigit():
        raise usage_error(f"--blank takes {', '.join(CHOICES)} or a number, not {blank!r}")
    base = picture_options(fmt, theme, direction, page)
    amap = open_usable(file, "used", force, quiet)
    try:
        made = make_worksheet(amap, blank, seed, base)
    except ValueError as exc:
        raise usage_error(str(exc))
    if not made.blanks:
        raise usage_error(f"{file}: the map has no {blank} to blank out")
    try:
        sheet, key = made.render(fmt)
    except RenderError as exc:
        say(f"argmap: {exc}")
        raise typer.Exit(1)
    names = [
        f"{file.stem}-worksheet.{fmt}",
        f"{file.stem}-key.{fmt}",
        f"{file.stem}-cards.md",
        f"{file.stem}-answers.md",
    ]
    for name, data in zip(names, (sheet, key, made.cards.encode("utf-8"), made.answers.encode("utf-8"))):
        write_output(out / name, data)
    say(f"wrote {', '.join(names)} to {out}/ ({len(made.blanks)} blanks)", err=False)
