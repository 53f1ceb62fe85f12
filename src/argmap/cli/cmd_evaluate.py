"""argmap evaluate"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.options import QUIET
from argmap.cli.root import app

ALL_SEMANTICS = ("grounded", "preferred", "df-quad", "energy")


@app.command()
def evaluate(
    file: Path = typer.Argument(..., help="The map to evaluate."),
    semantics: str = typer.Option(
        "grounded",
        "--semantics",
        help="grounded (sceptical, one answer), preferred (every maximal position), "
        "df-quad or energy (how strong each claim is, 0 to 1, from the weights).",
    ),
    format: str = typer.Option("text", "--format", help="Output format: text or json."),
    explain: str = typer.Option(
        None, "--explain", metavar="ID", help="Say why one claim or argument has its label or strength."
    ),
    assume: List[str] = typer.Option(
        [],
        "--assume",
        metavar="ID",
        help="What if: count this claim as accepted for this run (repeatable; grounded and preferred).",
    ),
    reject: List[str] = typer.Option(
        [],
        "--reject",
        metavar="ID",
        help="What if: count this claim as rejected for this run (repeatable; grounded and preferred).",
    ),
    ids: bool = typer.Option(False, "--ids", help="Name claims and arguments by their ids, not their words."),
    quiet: bool = QUIET,
) -> None:
    """Which claims stand, given the attacks (grounded, preferred), or how strong each is
    given the weights (df-quad, energy), with reasons. The map must validate without errors."""
    if semantics not in ALL_SEMANTICS:
        raise usage_error(f"unknown semantics {semantics!r} (use {', '.join(ALL_SEMANTICS)})")
    if format not in ("text", "json"):
        raise usage_error(f"unknown format {format!r} (use text or json)")
    amap = load_valid_map(file, quiet)
    if explain is not None and amap.node(explain) is None:
        raise usage_error(f"--explain: `{explain}` is neither a claim nor an argument of {file}")
    if semantics in ("df-quad", "energy"):
        if assume or reject:
            raise usage_error(
                f"--assume/--reject apply to grounded and preferred; with {semantics}, "
                "change a claim's `weight` instead"
            )
        report = _gradual(file, amap, semantics, format, explain, ids)
    else:
        report = _labelling(file, amap, semantics, format, explain, assume, reject, ids)
    if format == "text":  # a report for a person: the map's texts made safe for the terminal
        say(report, err=False)
    else:
        typer.echo(report)


def _gradual(file: Path, amap, semantics: str, format: str, explain: str | None, ids: bool) -> str:
    from argmap.evaluation.gradual import CyclicMap, NoFixedPoint, gradual
    from argmap.evaluation.gradual_report import explain_json, format_explain, format_text, to_json
    from argmap.problems import EXIT_ERRORS

    try:
        result = gradual(amap, semantics)
    except (CyclicMap, NoFixedPoint) as exc:
        say(f"argmap: {file}: {exc}")
        raise typer.Exit(EXIT_ERRORS)
    if explain is not None:
        return format_explain(result, amap, explain, ids) if format == "text" else explain_json(result, explain)
    return format_text(result, amap, ids) if format == "text" else to_json(result, amap)


def _labelling(
    file: Path, amap, semantics: str, format: str, explain: str | None, assume: List[str], reject: List[str], ids: bool
) -> str:
    from argmap.evaluation import MAX_LABELLINGS, MAX_SEARCH_STEPS, OverrideError, PreferredTooLarge
    from argmap.evaluation import evaluate as run
    from argmap.evaluation.report import explain_json, format_explain, format_text, to_json
    from argmap.problems import EXIT_ERRORS

    try:
        result = run(amap, semantics, assume, reject)
    except OverrideError as exc:
        raise usage_error(str(exc))
    except PreferredTooLarge:
        say(
            f"argmap: {file}: too many independent conflicts to list every preferred labelling "
            f"(over {MAX_LABELLINGS:,} labellings or {MAX_SEARCH_STEPS:,} search steps); "
            "use --semantics grounded, or settle some with --assume/--reject"
        )
        raise typer.Exit(EXIT_ERRORS)
    if explain is not None:
        return format_explain(result, explain, amap, ids) if format == "text" else explain_json(result, explain)
    return format_text(result, amap, ids) if format == "text" else to_json(result, amap, assume, reject)


def load_valid_map(file: Path, quiet: bool = False):
    """The map checked with the project's settings; its problems printed, exit 1 if it has errors."""
    from argmap.cli.maps import open_usable

    return open_usable(file, "evaluated", None, quiet)
