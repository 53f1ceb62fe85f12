"""Parts 3–5: rendering against dot, building a course repository, the Argdown CLI as the peer."""

from __future__ import annotations

import os
import shutil
import subprocess

from context import Context
from harness import measure, run_once
from parts_cli import part, target

ARGDOWN_PACKAGE = "@argdown/cli@1.7.5"  # the version the interop tests use, same folder


def skipped(title: str, why: str) -> dict:
    return {"title": title, "skipped": why, "targets": [], "notes": [], "rows": [], "columns": []}


def _runs(ctx: Context, argv, budget_s: float = 30.0) -> tuple[int, int]:
    """(runs, warm-ups) that fit a time budget: slow layouts get fewer runs, at least 3."""
    seconds, _ = run_once(argv, ctx.env, str(ctx.work))
    if seconds * 3 > budget_s * 2:
        return 3, 0  # the run above was the warm-up
    return max(3, min(ctx.runs, int(budget_s / max(seconds, 1e-3)))), 0


def rendering(ctx: Context) -> dict:
    title = "Rendering: `argmap render -f svg` against `dot -Tsvg` on the DOT argmap writes"
    if not ctx.has_command("render"):
        return skipped(title, "`argmap render` is not in this checkout.")
    if ctx.dot is None:
        return skipped(title, "Graphviz's `dot` is not installed.")
    rows, targets, raw = [], [], {}
    for size in ctx.sizes:
        dot_file = ctx.out("render", f"map-{size}.dot")
        subprocess.run([*ctx.argmap, "render", str(ctx.map_path(size)), "-f", "dot", "-o", str(dot_file)],
                       check=True, env=ctx.env, capture_output=True)
        commands = {
            "argmap": [*ctx.argmap, "render", str(ctx.map_path(size)), "-f", "svg",
                       "-o", str(ctx.out("render", f"argmap-{size}.svg"))],
            "dot": [ctx.dot, "-Tsvg", str(dot_file), "-o", str(ctx.out("render", f"dot-{size}.svg"))],
        }
        runs, warmup = _runs(ctx, commands["argmap"])
        res = measure(commands, ctx.env, runs=runs, warmup=warmup, cwd=str(ctx.work))
        a, d = res["argmap"], res["dot"]
        overhead, ratio, memory = a.median_ms - d.median_ms, a.median_ms / d.median_ms, a.peak_mb / d.peak_mb
        rows.append([size, f"{a.median_ms:.0f}", f"{d.median_ms:.0f}", f"{overhead:+.0f}", f"{ratio:.2f}×",
                     f"{a.peak_mb:.0f}", f"{d.peak_mb:.0f}", f"{memory:.2f}×", len(a.seconds)])
        if size <= 200:
            targets.append(target(f"render overhead over dot, {size} claims", "≤ +100 ms",
                                  f"{overhead:+.0f} ms", overhead <= 100))
        else:
            targets.append(target(f"render vs dot, {size} claims", "≤ 1.1×", f"{ratio:.2f}×", ratio <= 1.1))
        targets.append(target(f"render peak memory vs dot's, {size} claims", "≤ 2×", f"{memory:.2f}×",
                              memory <= 2))
        raw[str(size)] = {name: r.as_json() for name, r in res.items()}
    columns = ["claims", "argmap ms", "dot ms", "overhead ms", "ratio", "argmap peak MB", "dot peak MB",
               "memory ratio", "runs"]
    notes = ["argmap's time includes loading and validating the map, building the DOT and running "
             "`dot` itself; its peak memory is the larger of Python's and dot's."]
    return part(title, columns, rows, targets, notes, raw)


def build(ctx: Context) -> dict:
    title = "Building the 100-map course repository (`argmap build`)"
    if not ctx.has_command("build"):
        return skipped(title, "`argmap build` is not in this checkout.")
    course = ctx.course_dir.parent
    (course / "pyproject.toml").write_text("[tool.argmap]\n")  # no settings from a folder above
    out, touched = course / "diagrams", ctx.course_dir / "lesson-000.yaml"
    original, counter = touched.read_text(), [0]
    build = [*ctx.argmap, "build", str(ctx.course_dir), "--out", str(out)]
    cores = os.cpu_count() or 1

    def touch() -> None:
        counter[0] += 1
        touched.write_text(original.replace("title: ", f"title: (edit {counter[0]}) ", 1))

    commands = {"cold, --jobs 1": [*build, "--jobs", "1"], f"cold, --jobs {cores}": [*build, "--jobs", str(cores)],
                "warm, nothing changed": build, "one map changed": build}
    prepare = {"cold, --jobs 1": lambda: shutil.rmtree(out, ignore_errors=True),
               f"cold, --jobs {cores}": lambda: shutil.rmtree(out, ignore_errors=True),
               "one map changed": touch}
    try:
        res = measure(commands, ctx.env, runs=min(ctx.runs, 3), warmup=1, cwd=str(course), prepare=prepare)
    finally:
        touched.write_text(original)
    ms = {name: r.median_ms for name, r in res.items()}
    speedup = ms["cold, --jobs 1"] / ms[f"cold, --jobs {cores}"]
    rows = [[name, f"{r.median_ms:.0f}", f"{r.peak_mb:.0f}"] for name, r in res.items()]
    rows.append([f"speed-up of --jobs {cores} over --jobs 1", f"{speedup:.2f}×", ""])
    targets = [target("build, warm, nothing changed (100 maps)", "≤ 500 ms", f"{ms['warm, nothing changed']:.0f} ms",
                      ms["warm, nothing changed"] <= 500),
               target(f"build, cold, --jobs {cores} vs --jobs 1", "≥ 1.7× faster", f"{speedup:.2f}×", speedup >= 1.7)]
    return part(title, ["build", "median ms", "peak MB"], rows, targets,
                [f"Formats as build's default; {cores} cores."], {k: r.as_json() for k, r in res.items()})


def argdown(ctx: Context) -> dict:
    title = "The peer: the Argdown CLI (`argdown map --format svg`) on the same maps"
    if shutil.which("node") is None:
        return skipped(title, "Node.js is not installed.")
    if not (ctx.has_command("render") and ctx.has_command("export")):
        return skipped(title, "`argmap render` or `argmap export` is not in this checkout.")
    if not ctx.argdown_bin.exists() and not _install_argdown(ctx):
        return skipped(title, f"`npm install {ARGDOWN_PACKAGE}` failed.")
    rows, targets, raw = [], [], {}
    for size in [s for s in ctx.sizes if s <= 1000]:
        source = ctx.out("argdown", f"map-{size}.argdown")
        subprocess.run([*ctx.argmap, "export", str(ctx.map_path(size)), "--to", "argdown", "-o", str(source)],
                       check=True, env=ctx.env, capture_output=True)
        commands = {"argmap": [*ctx.argmap, "render", str(ctx.map_path(size)), "-f", "svg",
                               "-o", str(ctx.out("argdown", f"argmap-{size}.svg"))],
                    "argdown": [str(ctx.argdown_bin), "map", "--format", "svg", str(source),
                                str(ctx.out("argdown", "svg", "x").parent)]}
        runs, warmup = _runs(ctx, commands["argdown"])
        res = measure(commands, ctx.env, runs=runs, warmup=warmup, cwd=str(ctx.work))
        speed = res["argdown"].median_ms / res["argmap"].median_ms
        rows.append([size, f"{res['argmap'].median_ms:.0f}", f"{res['argdown'].median_ms:.0f}", f"{speed:.1f}×",
                     f"{res['argmap'].peak_mb:.0f}", f"{res['argdown'].peak_mb:.0f}"])
        if size == min(ctx.sizes):
            targets.append(target(f"render -f svg of a {size}-claim map vs the Argdown CLI", "≥ 4× faster",
                                  f"{speed:.1f}×", speed >= 4))
        raw[str(size)] = {name: r.as_json() for name, r in res.items()}
    columns = ["claims", "argmap ms", "Argdown ms", "argmap faster by", "argmap peak MB", "Argdown peak MB"]
    return part(title, columns, rows, targets, [f"Argdown CLI {ARGDOWN_PACKAGE}, maps exported with "
                                                "`argmap export --to argdown`."], raw)


def _install_argdown(ctx: Context) -> bool:
    prefix = ctx.argdown_bin.parent.parent.parent
    prefix.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund",
                           "--loglevel=error", ARGDOWN_PACKAGE], capture_output=True, timeout=900)
    return done.returncode == 0 and ctx.argdown_bin.exists()
