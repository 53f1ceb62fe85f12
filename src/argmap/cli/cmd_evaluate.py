"""argmap evaluate"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.app import app
from argmap.cli.options import QUIET


@app.command()
def evaluate(
    file: Path = typer.Argument(..., help="The map to evaluate."),
    semantics: str = typer.Option("grounded", "--semantics",
                                  help="grounded (sceptical, one answer) or preferred (every maximal position)."),
    format: str = typer.Option("text", "--format", help="Output format: text or json."),
    explain: str = typer.Option(None, "--explain", metavar="ID",
                                help="Walk the chain of reasons for one claim or argument down to the assumptions."),
    assume: List[str] = typer.Option([], "--assume", metavar="ID",
                                     help="What if: count this claim as accepted for this run (repeatable)."),
    reject: List[str] = typer.Option([], "--reject", metavar="ID",
                                     help="What if: count this claim as rejected for this run (repeatable)."),
    quiet: bool = QUIET,
) -> None:
    """Which claims stand, given the attacks: label every claim and argument
    accepted / rejected / undecided, with a reason. The map must validate without errors."""
    from argmap.evaluation import MAX_LABELLINGS, MAX_SEARCH_STEPS, SEMANTICS, OverrideError, PreferredTooLarge
    from argmap.evaluation import evaluate as run
    from argmap.evaluation.report import explain_json, format_explain, format_text, to_json
    from argmap.problems import EXIT_ERRORS

    if semantics not in SEMANTICS:
        raise usage_error(f"unknown semantics {semantics!r} (use {' or '.join(SEMANTICS)})")
    if format not in ("text", "json"):
        raise usage_error(f"unknown format {format!r} (use text or json)")
    amap = load_valid_map(file, quiet)
    if explain is not None and amap.node(explain) is None:
        raise usage_error(f"--explain: `{explain}` is neither a claim nor an argument of {file}")
    try:
        result = run(amap, semantics, assume, reject)
    except OverrideError as exc:
        raise usage_error(str(exc))
    except PreferredTooLarge:
        say(f"argmap: {file}: too many independent conflicts to list every preferred labelling "
                   f"(over {MAX_LABELLINGS:,} labellings or {MAX_SEARCH_STEPS:,} search steps); "
                   "use --semantics grounded, or settle some with --assume/--reject")
        raise typer.Exit(EXIT_ERRORS)
    if format == "text":  # a report for a person: the map's texts made safe for the terminal
        say(format_explain(result, explain) if explain is not None else format_text(result, amap), err=False)
    else:
        typer.echo(explain_json(result, explain) if explain is not None else to_json(result, amap, assume, reject))


def load_valid_map(file: Path, quiet: bool = False):
    """The map checked with the project's settings; its problems printed, exit 1 if it has errors."""
    from argmap.cli.maps import open_usable

    return open_usable(file, "evaluated", None, quiet)
