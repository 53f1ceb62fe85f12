"""argmap reveal"""

from __future__ import annotations

import re
from pathlib import Path
from typing import List

import typer

import argmap.cli.completion as completion
from argmap.cli.common import say, usage_error
from argmap.cli.options import ASSUME, DIRECTION, QUIET, REJECT, THEME, force
from argmap.cli.root import app


@app.command()
def reveal(
    file: Path = typer.Argument(..., help="The map to reveal step by step.", autocompletion=completion.map_files),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the step diagrams (created if missing)."),
    fmt: str = typer.Option("svg", "--format", "-f", help="svg, png or pdf."),
    theme: str = THEME,
    direction: str = DIRECTION,
    page: str = typer.Option(None, "--page", help="Fit each picture to a page: slide (16:9), a4 or letter."),
    focus: str = typer.Option(None, "--focus", help="Only this claim or argument and what leads to it."),
    depth: int = typer.Option(None, "--depth", min=0, help="With --focus: how many argument levels."),
    highlight: bool = typer.Option(
        True, "--highlight/--no-highlight", help="Draw the claims new in each step with a thick border."
    ),
    force: bool = force("Draw"),
    quiet: bool = QUIET,
    evaluate: bool = typer.Option(
        False,
        "--evaluate",
        help="Mark each claim and argument ✓ ✗ ? with its grounded label in the whole map (see `argmap evaluate`).",
    ),
    assume: List[str] = ASSUME,
    reject: List[str] = REJECT,
) -> None:
    """Write one diagram per step, for slides: <stem>-step01.svg shows the main conclusion,
    each further step one more argument with its premises (breadth-first from the
    conclusion), or the steps of the map's `steps:` list. Every box stays where it is from
    step to step, and what is new in a step has a thick border. Step files left over from a
    longer earlier reveal are removed."""
    from argmap.cli.draw_setup import with_evaluation, write_output
    from argmap.cli.maps import open_usable
    from argmap.cli.pages import picture_options
    from argmap.drawing import RenderError
    from argmap.teaching.reveal import step_name, step_options

    base = picture_options(fmt, theme, direction, page)
    amap = open_usable(file, "revealed", force, quiet)
    if focus is not None:
        from argmap.drawing.parts import focused

        try:
            amap = focused(amap, focus, depth)
        except ValueError as exc:
            raise usage_error(str(exc))
    if evaluate or assume or reject:
        base = with_evaluation(amap, base, assume, reject)
    steps = step_options(amap, base, highlight)
    names = [step_name(file.stem, i, len(steps), fmt) for i in range(1, len(steps) + 1)]
    notes: list[str] = []
    try:
        for name, data in zip(names, _render_all(amap, steps, fmt, notes)):
            write_output(out / name, data)
    except RenderError as exc:
        say(f"argmap: {exc}")
        raise typer.Exit(1)
    for line in dict.fromkeys(notes):  # the same picture size at every step: said once
        say(f"argmap: warning: {line}")
    removed = _remove_leftovers(out, file.stem, fmt, set(names))
    note = f"; removed {removed} left over from an earlier reveal" if removed else ""
    say(f"wrote {len(names)} steps to {out}/ ({names[0]} … {names[-1]}){note}", err=False)


def _render_all(amap, steps, fmt: str, notes: list[str]):
    """The step diagrams in order, laid out by as many ``dot`` processes as there are CPUs."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    from argmap.drawing import render_bytes

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        yield from pool.map(lambda options: render_bytes(amap, options, fmt, notes=notes), steps)


def _remove_leftovers(out: Path, stem: str, fmt: str, keep: set[str]) -> int:
    pattern = re.compile(rf"{re.escape(stem)}-step\d{{2,}}\.{fmt}")
    old = [p for p in out.iterdir() if pattern.fullmatch(p.name) and p.name not in keep]
    for path in old:
        path.unlink()
    return len(old)
