"""The output side of ``argmap build``: drawing a planned map's stale formats into the output
folder (each written atomically), recording what was written in the manifest, and finding the
recorded diagrams whose map is gone."""

from __future__ import annotations

from pathlib import Path

from argmap.drawing.svg import accessible
from argmap.project import manifest
from argmap.project.buildjobs import Job, JobResult


def render_job(job: Job, timeout: float | None = None, engine: str = "auto") -> JobResult:
    """Lay out one map's stale formats and write each atomically; never raises."""
    from argmap.drawing.errors import RenderError
    from argmap.drawing.sizes import start_checked_layout
    from argmap.writing import write_inside

    result = JobResult(job.key)
    if job.errors:
        result.error = f"{job.map_path}: skipped: the map has errors"
        return result
    try:
        for fmt in job.stale:
            notes: list[str] = []
            data = (
                job.source.encode("utf-8")
                if fmt == "dot"
                else start_checked_layout(job.source, fmt, timeout, engine, notes=notes).result()
            )
            result.notes.extend(f"{job.map_path}: warning: {fmt}: {note}" for note in notes)
            if fmt == "svg":
                data = accessible(data, *job.description)
            write_inside(job.out or job.outputs[fmt].parent, job.outputs[fmt], data)
            result.written[fmt] = {
                "path": Path(job.key).with_suffix(f".{fmt}").as_posix(),
                "sha256": manifest.sha256(data),
            }
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


def orphans(jobs: list, entries: manifest.Entries, out: Path) -> list[tuple[str, Path, str | None]]:
    """(manifest key, diagram path, recorded sha256) for each recorded diagram whose map is gone."""
    keys = {job.key for job in jobs}
    found = []
    for key, entry in sorted(entries.items()):
        outputs = entry.get("outputs")
        if key not in keys and isinstance(outputs, dict):
            for output in outputs.values():
                path = manifest.output_path(out, output)
                if path is not None:
                    found.append((key, path, output.get("sha256")))
    return found
