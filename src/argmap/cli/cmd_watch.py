"""argmap watch"""

from __future__ import annotations

from pathlib import Path

import typer

from . import app
from .common import usage_error

WATCH_STEP_MS = 30


@app.command()
def watch(
    src: Path = typer.Argument(None, help="Folder of maps [default: [tool.argmap] source, else arguments/]"),
    out: Path = typer.Option(None, "--out", help="Output folder [default: [tool.argmap] out, else diagrams/]"),
    formats: str = typer.Option(None, "--format", "-f", help="Comma-separated formats "
                                "[default: [tool.argmap] formats, else svg,png]"),
    theme: str = typer.Option(None, "--theme", help="default or print [default: [tool.argmap] theme]"),
    direction: str = typer.Option(None, "--direction", help="BT, TB, LR or RL [default: [tool.argmap] direction]"),
) -> None:
    """Run `argmap build` now and again after each save of a map in SRC, for people who keep
    their own viewer open on the diagrams. Ctrl-C stops it. Needs the `serve` extra
    (watchfiles): pip install 'argmap[serve]'."""
    from ..files import MAP_SUFFIXES, UsageError
    from .building import BuildRun, settings_from

    try:
        import watchfiles
    except ImportError:
        raise usage_error("`argmap watch` needs watchfiles: pip install 'argmap[serve]'")
    try:
        settings = settings_from(src, out, formats, theme, direction)
    except (UsageError, ValueError) as exc:
        raise usage_error(str(exc))

    def build() -> None:
        try:
            BuildRun(*settings, jobs=None).build(prune=False)
        except typer.Exit:  # a map vanished mid-plan (already reported): the next save retries
            pass

    build()
    typer.echo(f"argmap watch: watching {settings[0]} (Ctrl-C stops)", err=True)
    try:
        for changes in watchfiles.watch(settings[0], step=WATCH_STEP_MS):
            if any(Path(path).suffix in MAP_SUFFIXES for _, path in changes):
                build()
    except KeyboardInterrupt:
        pass
    typer.echo("argmap watch: stopped", err=True)
