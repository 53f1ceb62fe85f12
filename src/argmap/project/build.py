"""Building a folder of maps into a folder of diagrams (``argmap build``), without printing.

``plan`` loads and checks every map and builds its DOT. A diagram's digest is the hash of
that DOT source, which is deterministic and depends on exactly the map, the settings and
the renderer, so any change to one of them (a new argmap version that draws differently
included) makes the diagram stale, and nothing else does. ``render_job`` runs ``dot`` for
one map's stale formats (in a worker process with ``--jobs``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from argmap.project.files import maps_in
from argmap.project import manifest
from argmap.drawing.options import RenderOptions
from argmap.drawing.svg import accessible, text_alternative


@dataclass(frozen=True)
class Job:
    map_path: Path
    key: str  # the map's path relative to the source folder, posix
    digest: str  # hash of the DOT source ("" for a map with errors)
    outputs: dict[str, Path]  # format -> output path
    stale: tuple[str, ...]  # formats that are missing, stale or changed on disk
    source: str = ""  # the DOT
    description: tuple[str, str | None] = ("Argument map", None)  # the SVG's <title> and <desc> (svg.py)
    errors: tuple[str, ...] = ()  # the map's errors, printable
    warnings: tuple[str, ...] = ()  # its warnings and notes, printable (maps read in this run)


@dataclass
class JobResult:
    key: str
    error: str | None = None  # why nothing (more) was written
    written: dict[str, dict] = field(default_factory=dict)  # format -> manifest output entry


def find_sources(src: Path) -> list[Path]:
    return maps_in(src)


def plan(src: Path, out: Path, formats: tuple[str, ...], options: RenderOptions,
         entries: manifest.Entries, rules=None) -> list[Job]:
    """One Job per map in ``src`` (subfolders mirrored in ``out``); an unreadable map is a Job
    with errors."""
    from argmap.checking.checker import Settings
    from argmap.loading.limits import current as current_limits
    from argmap.loading.limits import read_file
    from argmap.problems import Severity
    from argmap.project.config import ProjectConfig
    from argmap.project.opening import open_bytes
    from argmap.drawing import to_dot
    from argmap.project.buildmemo import BuildMemo

    jobs, memo = [], BuildMemo(out, options)
    for path in find_sources(src):
        key = path.relative_to(src).as_posix()
        outputs = {fmt: out / Path(key).with_suffix(f".{fmt}") for fmt in formats}
        try:
            data, too_large = read_file(path)  # never past max-file-size
        except OSError as exc:  # one unreadable map is reported; the others are still drawn
            too_large = f"{path}: cannot read the map: {exc.strerror or exc}"
        if too_large:
            jobs.append(Job(path, key, "", outputs, formats, errors=(str(too_large),)))
            continue
        loaded = open_bytes(data, str(path), ProjectConfig(limits=current_limits()), rules or Settings())
        errors = tuple(str(p) for p in loaded.errors)
        warnings = tuple(str(p) for p in loaded.problems if p.severity is not Severity.ERROR)
        if errors or loaded.map is None:
            jobs.append(Job(path, key, "", outputs, formats, errors=errors or ("the map could not be read",),
                            warnings=warnings))
            continue
        known = memo.get(key, data)  # up to date without drawing the DOT again (buildmemo)
        if known is not None and all(manifest.is_fresh(entries.get(key), known, f, out) for f in formats):
            jobs.append(Job(path, key, known, outputs, ()))
            continue
        source = to_dot(loaded.map, options)
        description = text_alternative(loaded.map, options)
        digest = manifest.sha256(f"{source}\n{description}".encode("utf-8"))
        memo.put(key, data, digest)
        stale = tuple(f for f in formats if not manifest.is_fresh(entries.get(key), digest, f, out))
        title = loaded.map.title or "Argument map"
        jobs.append(Job(path, key, digest, outputs, stale, source, (title, description), warnings=warnings))
    memo.save()
    return jobs


def orphans(jobs: list[Job], entries: manifest.Entries, out: Path) -> list[tuple[str, Path]]:
    """(manifest key, diagram path) for each recorded diagram whose map is gone."""
    keys = {job.key for job in jobs}
    found = []
    for key, entry in sorted(entries.items()):
        outputs = entry.get("outputs")
        if key not in keys and isinstance(outputs, dict):
            paths = (manifest.output_path(out, output) for output in outputs.values())
            found.extend((key, path) for path in paths if path is not None)
    return found


def render_job(job: Job, timeout: float | None = None, engine: str = "auto") -> JobResult:
    """Lay out one map's stale formats and write each atomically; never raises."""
    from argmap.writing import write_atomic
    from argmap.drawing.engine import layout
    from argmap.drawing.errors import RenderError

    result = JobResult(job.key)
    if job.errors:
        result.error = f"{job.map_path}: skipped: the map has errors"
        return result
    try:
        for fmt in job.stale:
            data = job.source.encode("utf-8") if fmt == "dot" else layout(job.source, fmt, timeout, engine)
            if fmt == "svg":
                data = accessible(data, *job.description)
            job.outputs[fmt].parent.mkdir(parents=True, exist_ok=True)
            write_atomic(job.outputs[fmt], data)
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
