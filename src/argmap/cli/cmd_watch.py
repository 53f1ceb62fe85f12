"""argmap watch"""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.options import DIRECTION, THEME
from argmap.cli.root import app

WATCH_STEP_MS = 30
IDLE_MS = 200  # the watcher reports "nothing changed" this often; its first report: it runs


@app.command()
def watch(
    src: Path = typer.Argument(
        None, metavar="[SRC]", help="Folder of maps [default: [tool.argmap] source, else arguments/]"
    ),
    out: Path = typer.Option(
        None, "--out", metavar="DIR", help="Output folder [default: [tool.argmap] out, else diagrams/]"
    ),
    formats: str = typer.Option(
        None, "--format", "-f", help="Comma-separated formats [default: [tool.argmap] formats, else svg,png]"
    ),
    theme: str = THEME,
    direction: str = DIRECTION,
) -> None:
    """Run `argmap build` now and again after each save of a map in SRC, for people who keep
    their own viewer open on the diagrams. Ctrl-C stops it. Needs the `serve` extra
    (watchfiles): pip install 'argmap[serve]'."""
    from argmap.cli.building import BuildRun, settings_from
    from argmap.errors import UsageError

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

    try:
        _rebuild_on_save(settings[0], build, watchfiles)
    except KeyboardInterrupt:
        pass
    say("argmap watch: stopped")


def _rebuild_on_save(src: Path, build, watchfiles) -> None:
    """Build now, then after each batch of changes that touches a map."""
    from argmap.project.files import MAP_SUFFIXES

    snapshot = _modified(src, MAP_SUFFIXES)
    build()
    watching = False
    for changes in watchfiles.watch(src, step=WATCH_STEP_MS, rust_timeout=IDLE_MS, yield_on_timeout=True):
        if not watching:  # the first report comes once the watcher runs
            watching = True
            say(f"argmap watch: watching {src} (Ctrl-C stops)")
            if _modified(src, MAP_SUFFIXES) != snapshot:  # saved while the watcher started
                build()
        if any(Path(path).suffix in MAP_SUFFIXES or Path(path).is_dir() for _, path in changes):
            build()  # a new folder too: a map saved into it at once can slip past the watcher


def _modified(src: Path, suffixes: tuple[str, ...]) -> dict[Path, int]:
    """Each map's modification time, to notice saves made before the watcher ran."""
    from argmap.project.files import maps_in

    return {p: p.stat().st_mtime_ns for p in maps_in(src) if p.suffix in suffixes}
