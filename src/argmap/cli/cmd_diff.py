"""argmap diff"""

from __future__ import annotations

from pathlib import Path

import typer

import argmap.cli.completion as completion
from argmap.cli.common import say, usage_error
from argmap.cli.options import QUIET
from argmap.cli.root import app


@app.command()
def diff(
    reference: Path = typer.Argument(..., help="The teacher's map: the key.", autocompletion=completion.map_files),
    student: Path = typer.Argument(..., help="The student's map: the answer.", autocompletion=completion.map_files),
    format: str = typer.Option("text", "--format", help="text, or json for a gradebook."),
    out: str = typer.Option(
        None,
        "--out",
        "-o",
        metavar="DIAGRAM",
        help="Also draw the answer against the key (svg, png or pdf, by suffix or -f).",
    ),
    fmt: str = typer.Option(None, "--diagram-format", "-f", help="svg, png or pdf [default: DIAGRAM's suffix]"),
    quiet: bool = QUIET,
) -> None:
    """Grade a student's map against the teacher's: claims matched by id, else by similar
    text; missing and extra claims; missing, extra, reversed and backwards relations;
    premises linked in one map but separate reasons in the other; a score.

    Exit status 0 when the maps match, 1 when they differ, 2 for trouble (an unreadable
    file, a map the loader cannot read, a bad option) — as diff(1) does. Problems found
    while loading are printed to standard error; what could be read is graded.
    """
    from argmap.teaching.diff import compare
    from argmap.teaching.diff_report import json_report, text_report

    if format not in ("text", "json"):
        raise usage_error(f"unknown format {format!r} (use text, json)")
    chosen = _diagram_format(out, fmt)
    key, answer = _load(reference, quiet), _load(student, quiet)
    result = compare(key, answer)
    if format == "text":
        say(text_report(result, key, answer), err=False, nl=False)
    else:
        typer.echo(json_report(result, key, answer), nl=False)
    if out is not None:
        assert chosen is not None  # _diagram_format chooses one whenever there is an --out
        _draw(key, answer, result, Path(out), chosen)
    raise typer.Exit(0 if result.same else 1)


def _diagram_format(out: str | None, fmt: str | None) -> str | None:
    if out is None:
        return None
    from argmap.drawing.paths import choose_format
    from argmap.errors import UsageError

    try:
        chosen = choose_format(out, fmt)
    except UsageError as exc:
        raise usage_error(str(exc))
    if chosen == "dot" or out == "-":
        raise usage_error("the diff diagram is written to a file: svg, png or pdf")
    return chosen


def _load(path: Path, quiet: bool):
    """The map in ``path``, checked with the project's settings, its problems printed; what could
    be read is graded even with errors; a file that cannot be read as a map at all is exit 2."""
    from argmap.cli.maps import open_checked

    checked = open_checked(path, quiet)
    if checked.map is None:
        raise usage_error(f"{path}: cannot be compared: the map could not be read")
    return checked.map


def _draw(key, answer, result, out: Path, fmt: str) -> None:
    from argmap.cli.draw_setup import write_output
    from argmap.drawing import RenderError, render_bytes
    from argmap.teaching.diff_diagram import diff_drawing

    combined, options = diff_drawing(key, answer, result)
    try:
        data = render_bytes(combined, options, fmt)
    except RenderError as exc:
        say(f"argmap: {exc}")
        raise typer.Exit(2)
    write_output(out, data)
