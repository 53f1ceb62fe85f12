"""Building a folder of maps into a folder of diagrams (``argmap build``), without printing.

``plan`` finds the maps and what each needs; ``render_job`` draws one map (it runs in a
worker process with ``--jobs``); ``orphans`` lists diagrams whose map is gone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..files import MAP_SUFFIXES
from . import manifest
from .options import RenderOptions

RENDERER_VERSION = "1"  # bump when the picture changes, so that every diagram is rebuilt


@dataclass(frozen=True)
class Job:
    map_path: Path
    key: str  # the map's path relative to the source folder, posix
    digest: str
    outputs: dict[str, Path]  # format -> output path
    stale: tuple[str, ...]  # formats that are missing, stale or changed on disk


@dataclass
class JobResult:
    key: str
    problems: list[str] = field(default_factory=list)
    error: str | None = None  # why nothing was written (errors in the map, Graphviz failed)
    written: dict[str, dict] = field(default_factory=dict)  # format -> manifest output entry


def settings_digest(map_bytes: bytes, options: RenderOptions) -> str:
    settings = {"renderer": RENDERER_VERSION, "theme": options.theme, "direction": options.direction,
                "legend": options.legend, "speakers": options.speakers, "page": options.page}
    return manifest.sha256(map_bytes + b"\0" + json.dumps(settings, sort_keys=True).encode())


def find_sources(src: Path) -> list[Path]:
    return sorted(p for p in src.rglob("*") if p.suffix in MAP_SUFFIXES and p.is_file())


def plan(src: Path, out: Path, formats: tuple[str, ...], options: RenderOptions,
         entries: manifest.Entries) -> list[Job]:
    """One Job per map in ``src`` (subfolders mirrored in ``out``). Unreadable maps raise OSError."""
    jobs = []
    for path in find_sources(src):
        key = path.relative_to(src).as_posix()
        digest = settings_digest(path.read_bytes(), options)
        outputs = {fmt: out / Path(key).with_suffix(f".{fmt}") for fmt in formats}
        stale = tuple(f for f in formats if not manifest.is_fresh(entries.get(key), digest, f, out))
        jobs.append(Job(path, key, digest, outputs, stale))
    return jobs


def orphans(jobs: list[Job], entries: manifest.Entries, out: Path) -> list[tuple[str, Path]]:
    """(manifest key, diagram path) for each recorded diagram whose map is gone."""
    keys = {job.key for job in jobs}
    found = []
    for key, entry in sorted(entries.items()):
        if key not in keys:
            for output in entry.get("outputs", {}).values():
                if isinstance(output, dict) and "path" in output:
                    found.append((key, out / output["path"]))
    return found


def render_job(job: Job, options: RenderOptions, rules=None, timeout: float | None = None) -> JobResult:
    """Validate one map and write its stale formats atomically; never raises for a bad map."""
    from ..checker import Settings, check_map
    from ..loader import load_path
    from ..problems import Severity
    from ..writing import write_atomic
    from . import render_bytes
    from .errors import RenderError

    result = JobResult(job.key)
    try:
        loaded = load_path(job.map_path)
    except OSError as exc:
        result.error = f"{job.map_path}: {exc.strerror}"
        return result
    errors = [p for p in check_map(loaded, rules or Settings()) if p.severity is Severity.ERROR]
    result.problems = [str(p) for p in errors]
    if errors or loaded.map is None:
        result.error = f"{job.map_path}: skipped: the map has errors"
        return result
    try:
        for fmt in job.stale:
            data = render_bytes(loaded.map, options, fmt, timeout)
            target = job.outputs[fmt]
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
            result.written[fmt] = {"path": Path(job.key).with_suffix(f".{fmt}").as_posix(),
                                   "sha256": manifest.sha256(data)}
    except (RenderError, OSError) as exc:
        result.error = f"{job.map_path}: {exc}"
    return result


def record(entries: manifest.Entries, job: Job, result: JobResult) -> None:
    """Put what a job wrote into the manifest (a failed job keeps its old, stale entry)."""
    if result.error is not None:
        return
    entry = entries.get(job.key, {})
    outputs = dict(entry.get("outputs", {})) if entry.get("digest") == job.digest else {}
    outputs.update(result.written)
    entries[job.key] = {"digest": job.digest, "outputs": outputs}
