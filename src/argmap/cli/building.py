"""The printing side of ``argmap build``: settings from options and ``[tool.argmap]``,
the progress bar, messages and exit status. The work is in ``argmap.project.build`` (planning)
and ``argmap.project.buildoutput`` (writing)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.cli.buildworkers import engine_ready, run_tasks
from argmap.cli.common import say, usage_error
from argmap.loading.limits import LAYOUT_TIMEOUT
from argmap.problems import EXIT_ERRORS, EXIT_OK

if TYPE_CHECKING:
    from argmap.checking.checker import Settings
    from argmap.drawing.options import RenderOptions

DEFAULT_FORMATS = ("svg", "png")


def settings_from(
    src: Path | None, out: Path | None, formats: str | None, theme: str | None, direction: str | None
) -> tuple[Path, Path, tuple[str, ...], RenderOptions, Settings]:
    """(src, out, formats, options): options first, then [tool.argmap], then defaults."""
    from argmap.cli.common import project_config
    from argmap.cli.draw_setup import options_from, rule_settings
    from argmap.drawing.options import FORMATS
    from argmap.errors import UsageError

    config = project_config()
    src = src or config.source or Path("arguments")
    out = out or config.out or Path("diagrams")
    given = formats.split(",") if formats else list(config.formats or DEFAULT_FORMATS)
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in given if f.strip()))
    for fmt in chosen:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if not chosen:
        raise UsageError("no formats to build")
    if not src.is_dir():
        raise UsageError(f"{src}: no such folder")
    return src, out, chosen, options_from(theme=theme, direction=direction), rule_settings()


class BuildRun:
    def __init__(
        self,
        src: Path,
        out: Path,
        formats: tuple[str, ...],
        options,
        rules,
        jobs: int | None,
        engine: str = "auto",
        timeout: float = LAYOUT_TIMEOUT,
        quiet: bool = False,
    ):
        from argmap.project import build, buildoutput, manifest

        self.src, self.out, self.formats, self.options, self.rules = src, out, formats, options, rules
        self.engine, self.timeout, self.quiet = engine, timeout, quiet
        self.jobs = jobs or os.cpu_count() or 1
        self.entries = manifest.load(out)
        try:
            self.items, self.memo = build.survey(src, out, formats, options, self.entries, rules)
        except OSError as exc:
            raise usage_error(f"{exc.filename}: {exc.strerror}")
        self.orphans = buildoutput.orphans(self.items, self.entries, out)

    def _planned(self) -> list:
        """Every map's Job, planning here the maps the memo does not know to be up to date."""
        from argmap.project import build, buildjobs

        jobs = [build.plan_task(item) if isinstance(item, buildjobs.Task) else item for item in self.items]
        build.remember(self.memo, self.items, jobs)
        return jobs

    def check(self, prune: bool) -> int:
        failed = 0
        jobs = self._planned()
        for job in jobs:
            if job.errors:
                failed += 1
                _say(f"{job.map_path}: the map has {len(job.errors)} error(s); `argmap validate` lists them")
                continue
            for fmt in job.stale:
                failed += 1
                state = "missing" if not job.outputs[fmt].exists() else "stale"
                _say(f"{job.outputs[fmt]}: {state} (from {job.map_path})")
        self._orphans(prune)
        _say(
            f"{failed} problem(s) in {len(jobs)} map(s)"
            if failed
            else f"{len(jobs)} map(s): every diagram is up to date"
        )
        return EXIT_ERRORS if failed else EXIT_OK

    def build(self, prune: bool) -> int:
        from argmap.project import build, buildjobs, buildoutput, manifest

        tasks = [item for item in self.items if isinstance(item, buildjobs.Task)]
        if tasks and not engine_ready(self.engine, self.formats, tasks):
            return EXIT_ERRORS
        planned = run_tasks(tasks, self.jobs, self.timeout, self.engine)
        build.remember(self.memo, tasks, [job for job, _ in planned], planned)
        drawn = iter(planned)
        done = [
            next(drawn) if isinstance(item, buildjobs.Task) else (item, buildjobs.JobResult(item.key))
            for item in self.items
        ]  # in the maps' order
        for job, _ in done:  # the warnings of every map read in this run, as validate prints them
            if not self.quiet:
                for line in job.warnings:
                    _say(line)
        built = failed = 0
        changed = set()  # the manifest keys this run wrote (merged into the manifest on disk)
        for job, result in done:
            if job.errors and not result.error:  # a map that could not be read or has errors
                result = buildoutput.render_job(job)
            for line in job.errors:
                _say(line)
            for line in result.notes:
                _say(line)
            if result.error:
                failed += 1
                _say(result.error)
            elif job.stale:
                built += 1
            buildoutput.record(self.entries, job, result)
            if result.error is None and job.stale:
                changed.add(job.key)
        changed |= self._orphans(prune)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            manifest.update(self.out, {key: self.entries.get(key) for key in changed})
        except OSError as exc:
            _say(f"argmap: {self.out}: cannot write the manifest: {exc.strerror}")
            return EXIT_ERRORS
        _say(f"built {built} map(s), {len(self.items) - built - failed} up to date, {failed} failed")
        return EXIT_ERRORS if failed else EXIT_OK

    def _orphans(self, prune: bool) -> set[str]:
        """Report (or with ``prune`` delete) the diagrams of maps that are gone; the keys whose
        manifest entries were dropped. Only a file whose content is the one the manifest
        records is deleted: a manifest from a cloned repository names any file it likes."""
        from argmap.project.manifest import file_sha256

        for key, path, recorded in self.orphans:
            if not path.exists():
                continue
            if not prune:
                _say(f"{path}: warning: its map {key} is gone (--prune deletes it)")
            elif recorded is None or file_sha256(path) != recorded:
                _say(f"{path}: not deleted: not the file argmap wrote (its content differs from the manifest's)")
            else:
                try:
                    path.unlink()
                except OSError as exc:
                    _say(f"{path}: not deleted: {exc.strerror}")
                    continue
                _say(f"{path}: deleted (its map {key} is gone)")
        dropped = {key for key, _, _ in self.orphans} if prune else set()
        for key in dropped:
            self.entries.pop(key, None)
        return dropped


def _say(message: str) -> None:
    say(message)
