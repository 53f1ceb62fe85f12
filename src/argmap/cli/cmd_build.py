"""argmap build"""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.cli.common import usage_error
from argmap.cli.options import DIRECTION, ENGINE, QUIET, THEME, TIMEOUT
from argmap.cli.root import app


@app.command()
def build(
    src: Path = typer.Argument(None, help="Folder of maps [default: [tool.argmap] source, else arguments/]"),
    out: Path = typer.Option(None, "--out", help="Output folder [default: [tool.argmap] out, else diagrams/]"),
    formats: str = typer.Option(
        None,
        "--format",
        "-f",
        help="Comma-separated formats, e.g. svg,png,pdf [default: [tool.argmap] formats, else svg,png]",
    ),
    theme: str = THEME,
    direction: str = DIRECTION,
    jobs: int = typer.Option(None, "--jobs", "-j", min=1, help="Maps drawn at once [default: CPU count]"),
    check: bool = typer.Option(
        False, "--check", help="Render nothing; exit 1 if a diagram is missing or stale or a map has errors."
    ),
    prune: bool = typer.Option(False, "--prune", help="Delete diagrams whose map is gone."),
    engine: str = ENGINE,
    timeout: float = TIMEOUT,
    quiet: bool = QUIET,
) -> None:
    """Draw every map in a folder into the output folder (subfolders mirrored), skipping maps
    whose diagrams are up to date. Maps with errors are reported and skipped; exit 1 if any
    map failed."""
    from argmap.cli.building import BuildRun, settings_from
    from argmap.drawing.engine import ENGINES
    from argmap.errors import UsageError

    if engine not in ENGINES:
        raise usage_error(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    try:
        settings = settings_from(src, out, formats, theme, direction)
    except (UsageError, ValueError) as exc:
        raise usage_error(str(exc))
    run = BuildRun(*settings, jobs=jobs, engine=engine, timeout=timeout, quiet=quiet)
    raise typer.Exit(run.check(prune) if check else run.build(prune))
