"""Building a folder of maps into a folder of diagrams (``argmap build``), without printing.

``survey`` reads every map and sets aside those whose diagrams are known to be up to date
(``buildmemo``); each other map is a ``Task``, planned where it is drawn: ``build_task``
loads and checks the map, builds its DOT and runs ``dot`` for its stale formats, in a worker
process with ``--jobs``, so planning runs in parallel too. A diagram's digest is the hash of
that DOT source, which is deterministic and depends on exactly the map, the settings and the
renderer, so any change to one of them (a new argmap version that draws differently
included) makes the diagram stale, and nothing else does. The Task and Job types are in
``buildjobs``; drawing, writing and the manifest's records in ``buildoutput``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from argmap.drawing.options import RenderOptions
from argmap.drawing.svg import text_alternative
from argmap.project import manifest
from argmap.project.buildjobs import Job, JobResult, Task
from argmap.project.buildoutput import render_job
from argmap.project.files import maps_in


def find_sources(src: Path) -> list[Path]:
    return maps_in(src)


def survey(
    src: Path, out: Path, formats: tuple[str, ...], options: RenderOptions, entries: manifest.Entries, rules=None
):
    """(a Job or a Task per map in ``src``, the memo): a Job for a map that cannot be read or
    whose diagrams the memo knows to be up to date (checked again only if it quotes a
    source text, which may have changed), a Task for each other map."""
    from argmap.loading.limits import current as current_limits
    from argmap.loading.limits import read_file
    from argmap.project.buildmemo import BuildMemo

    items: list[Job | Task] = []
    limits = current_limits()
    memo = BuildMemo(out, options, repr((rules, limits)))
    for path in find_sources(src):
        key = path.relative_to(src).as_posix()
        outputs = {fmt: out / Path(key).with_suffix(f".{fmt}") for fmt in formats}
        try:
            data, too_large = read_file(path)  # never past max-file-size
            refusal = str(too_large) if too_large else None
        except OSError as exc:  # one unreadable map is reported; the others are still drawn
            data, refusal = None, f"{path}: cannot read the map: {exc.strerror or exc}"
        if refusal or data is None:
            items.append(Job(path, key, "", outputs, formats, errors=(refusal or f"{path}: cannot read the map",)))
            continue
        task = Task(path, key, data, outputs, entries.get(key), out, options, rules, limits)
        known = memo.get(key, data)  # up to date without drawing the DOT again (buildmemo)
        if known is None or not all(manifest.is_fresh(task.entry, known[0], f, out, memo.file_sha256) for f in formats):
            items.append(task)
            continue
        errors, warnings = check_task(task)[1:] if not known[1] else ((), ())  # again if it quotes a source
        items.append(
            Job(path, key, "", outputs, formats, errors=errors, warnings=warnings)
            if errors
            else Job(path, key, known[0], outputs, ())
        )
    return items, memo


def check_task(task: Task):
    """(the map, or None when it has errors; its errors; its warnings and notes), printable."""
    from argmap.checking.checker import Settings
    from argmap.problems import Severity
    from argmap.project.config import ProjectConfig
    from argmap.project.opening import open_bytes

    config = ProjectConfig(limits=task.limits) if task.limits is not None else ProjectConfig()
    loaded = open_bytes(task.data, str(task.map_path), config, task.rules or Settings())
    errors = tuple(str(p) for p in loaded.errors)
    warnings = tuple(str(p) for p in loaded.problems if p.severity is not Severity.ERROR)
    if loaded.map is None and not errors:
        errors = ("the map could not be read",)
    return (None if errors else loaded.map), errors, warnings


def plan_task(task: Task) -> Job:
    """Load and check the map, build its DOT and its digest, and see which formats are stale."""
    from argmap.drawing import to_dot

    formats = tuple(task.outputs)
    amap, errors, warnings = check_task(task)
    if amap is None:
        return Job(task.map_path, task.key, "", task.outputs, formats, errors=errors, warnings=warnings)
    source = to_dot(amap, task.options)
    description = text_alternative(amap, task.options)
    digest = manifest.sha256(f"{source}\n{description}".encode())
    stale = tuple(f for f in formats if not manifest.is_fresh(task.entry, digest, f, task.out))
    title = amap.title or "Argument map"
    return Job(
        task.map_path,
        task.key,
        digest,
        task.outputs,
        stale,
        source,
        (title, description),
        warnings=warnings,
        out=task.out,
        self_contained=_self_contained(amap, task.rules),
    )


def _self_contained(amap, rules) -> bool:
    """Whether checking the map read nothing but its bytes: no source text to quote from."""
    quoted = amap.source is not None and bool((amap.source.text or "").strip())
    return not quoted and getattr(rules, "source_text", None) is None


def build_task(task: Task, timeout: float | None = None, engine: str = "auto") -> tuple[Job, JobResult]:
    """Plan one map and draw its stale formats (in a worker process with ``--jobs``); the
    Job comes back without its DOT, which only the drawing needed."""
    job = plan_task(task)
    result = render_job(job, timeout, engine) if job.stale else JobResult(job.key)
    return replace(job, source=""), result


def plan(
    src: Path, out: Path, formats: tuple[str, ...], options: RenderOptions, entries: manifest.Entries, rules=None
) -> list[Job]:
    """One Job per map in ``src`` (subfolders mirrored in ``out``), planned here; an
    unreadable map is a Job with errors."""
    items, memo = survey(src, out, formats, options, entries, rules)
    jobs = [plan_task(item) if isinstance(item, Task) else item for item in items]
    remember(memo, items, jobs)
    return jobs


def remember(memo, items: list, jobs: list[Job], written=()) -> None:
    """Put the digest of each planned map, and the hash of each diagram just ``written``
    ((Job, JobResult) pairs), into the memo, and save it."""
    for item, job in zip(items, jobs):
        if isinstance(item, Task) and job.digest:
            memo.put(item.key, item.data, job.digest, job.self_contained)
    for job, result in written:
        for fmt, output in result.written.items():
            memo.note_file(job.outputs[fmt], output["sha256"])
    memo.save()
