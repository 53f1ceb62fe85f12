"""Drawing the maps of ``argmap build`` whose diagrams are stale: first seeing that an engine
can make the formats, then planning and drawing each map (in worker processes with
``--jobs``) behind a progress bar on a terminal."""

from __future__ import annotations

import sys

from argmap.cli.common import say


def engine_ready(engine: str, formats: tuple[str, ...], tasks) -> bool:
    """Say once, before drawing anything, when no engine can make a stale format. Maps
    are planned here only when some format cannot be made, to see which are stale."""
    from argmap.drawing.engine import choose_engine
    from argmap.drawing.errors import GraphvizNotFound
    from argmap.project.build import plan_task

    stale_formats = set(formats) - {"dot"}
    try:
        for fmt in sorted(stale_formats):
            choose_engine(engine, fmt)
        return True
    except GraphvizNotFound:
        stale_formats &= {f for job in map(plan_task, tasks) for f in job.stale}
    try:
        for fmt in sorted(stale_formats):
            choose_engine(engine, fmt)
    except GraphvizNotFound as exc:
        say(f"argmap: {exc}")
        return False
    return True


def run_tasks(tasks, jobs: int, timeout: float, engine: str):
    """(Job, JobResult) per task: planned and drawn in worker processes with --jobs."""
    from argmap.project.build import build_task

    if not tasks:
        return []
    with _progress(len(tasks)) as advance:
        if jobs == 1 or len(tasks) == 1:
            results = []
            for task in tasks:
                results.append(build_task(task, timeout, engine))
                advance()
            return results
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
            futures = [pool.submit(build_task, task, timeout, engine) for task in tasks]
            results = []
            for future in futures:
                results.append(future.result())
                advance()
            return results


class _progress:
    """A rich progress bar on a terminal for several maps; nothing otherwise."""

    def __init__(self, total: int) -> None:
        self.total, self.bar = total, None

    def __enter__(self):
        if self.total > 1 and sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            task = self.bar.add_task("drawing maps", total=self.total)
            return lambda: self.bar.advance(task)
        return lambda: None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()
