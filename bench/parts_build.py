"""Parts 4 and 5: building the 100-map course repository, and reveal against render."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import time

from context import Context
from harness import measure, run_once_cpu
from parts_cli import part, target
from parts_render import skipped

PNG_DPI = "170"  # as argmap's engine runs dot for PNG


def build(ctx: Context) -> dict:
    title = "Building the 100-map course repository (`argmap build`, svg and png)"
    if not ctx.has_command("build"):
        return skipped(title, "`argmap build` is not in this checkout.")
    course = ctx.course_dir.parent
    (course / "pyproject.toml").write_text("[tool.argmap]\n")  # no settings from a folder above
    out, dots = course / "diagrams", course / "dots"
    cores = os.cpu_count() or 1
    build_argv = [*ctx.argmap, "build", str(ctx.course_dir), "--out", str(out)]
    subprocess.run(
        [*ctx.argmap, "build", str(ctx.course_dir), "--out", str(dots), "-f", "dot"],
        check=True,
        env=ctx.env,
        capture_output=True,
    )
    cold = {
        "cold, --jobs 1": [*build_argv, "--jobs", "1"],
        f"cold, --jobs {cores}": [*build_argv, "--jobs", str(cores)],
    }
    dot_runs = "the dot runs alone, one after another"
    seconds: dict[str, list[float]] = {name: [] for name in [*cold, dot_runs]}
    cpu: dict[str, list[float]] = {name: [] for name in [*cold, dot_runs]}
    for _ in range(3):  # interleaved: a drift in the machine's load touches all three alike
        for name, argv in cold.items():
            shutil.rmtree(out, ignore_errors=True)
            elapsed, _, used = run_once_cpu(argv, ctx.env, str(course))
            seconds[name].append(elapsed)
            cpu[name].append(used)
        elapsed, used = _dot_runs(ctx, dots)
        seconds[dot_runs].append(elapsed)
        cpu[dot_runs].append(used)
    warm = _warm(ctx, build_argv, course)
    ms = {name: statistics.median(values) * 1000 for name, values in seconds.items()} | warm
    cpu_ms = {name: statistics.median(values) * 1000 for name, values in cpu.items()}
    speedup = ms["cold, --jobs 1"] / ms[f"cold, --jobs {cores}"]
    over_dot = ms["cold, --jobs 1"] / ms[dot_runs]
    cpu_over_dot = cpu_ms["cold, --jobs 1"] / cpu_ms[dot_runs]
    rows = [[name, f"{value:.0f}", f"{cpu_ms[name]:.0f}" if name in cpu_ms else ""] for name, value in ms.items()]
    rows += [
        [f"speed-up of --jobs {cores} over --jobs 1", f"{speedup:.2f}×", ""],
        ["cold --jobs 1 over the dot runs alone", f"{over_dot:.2f}×", f"{cpu_over_dot:.2f}×"],
    ]
    targets = [
        target(f"build, cold, --jobs {cores} vs --jobs 1", "≥ 1.7× faster", f"{speedup:.2f}×", speedup >= 1.7),
        target("build, cold, --jobs 1 vs the sum of its dot runs", "≤ 1.3×", f"{over_dot:.2f}×", over_dot <= 1.3),
        target(
            "build, warm, nothing changed (100 maps)",
            "≤ 500 ms",
            f"{ms['warm, nothing changed']:.0f} ms",
            ms["warm, nothing changed"] <= 500,
        ),
        target(
            "build, one map changed", "≤ 1,000 ms", f"{ms['one map changed']:.0f} ms", ms["one map changed"] <= 1000
        ),
    ]
    notes = [
        f"{cores} cores; 3 interleaved rounds of the cold builds and of the dot runs alone (`dot -Tsvg` and "
        f"`dot -Tpng -Gdpi={PNG_DPI}` on each map's DOT, one process after another, started from Python). "
        "CPU time (user and system, with the child processes) depends less on what else the shared "
        "machine runs than wall time does."
    ]
    return part(
        title,
        ["build", "median ms", "CPU ms (with its dot processes)"],
        rows,
        targets,
        notes,
        {"seconds": seconds, "cpu_seconds": cpu, "warm_ms": warm},
    )


def _dot_runs(ctx: Context, dots) -> tuple[float, float]:
    """Wall and CPU seconds to run the dot processes the cold build needs, one after another."""
    scratch = ctx.out("build-dot", "x").parent
    before = os.times()
    start = time.perf_counter()
    for source in sorted(dots.rglob("*.dot")):
        subprocess.run([ctx.dot, "-Tsvg", str(source), "-o", str(scratch / "x.svg")], check=True)
        subprocess.run([ctx.dot, "-Tpng", f"-Gdpi={PNG_DPI}", str(source), "-o", str(scratch / "x.png")], check=True)
    elapsed, after = time.perf_counter() - start, os.times()
    return elapsed, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def _warm(ctx: Context, build_argv, course) -> dict[str, float]:
    touched = ctx.course_dir / "lesson-000.yaml"
    original, counter = touched.read_text(), [0]

    def touch() -> None:
        counter[0] += 1
        touched.write_text(original.replace("title: ", f"title: (edit {counter[0]}) ", 1))

    try:
        res = measure(
            {"warm, nothing changed": build_argv, "one map changed": build_argv},
            ctx.env,
            runs=ctx.runs,
            warmup=1,
            cwd=str(course),
            prepare={"one map changed": touch},
        )
    finally:
        touched.write_text(original)
    return {name: r.median_ms for name, r in res.items()}


def reveal(ctx: Context) -> dict:
    title = "Reveal: `argmap reveal` (one diagram per step, steps laid out in parallel) against one `render`"
    if not (ctx.has_command("reveal") and ctx.has_command("render")):
        return skipped(title, "`argmap reveal` or `argmap render` is not in this checkout.")
    rows, targets, raw = [], [], {}
    for path in (ctx.seed_map, ctx.map_path(50)):
        folder = ctx.out("reveal", path.stem, "x").parent
        done = subprocess.run(
            [*ctx.argmap, "reveal", str(path), "-o", str(folder)],
            env=ctx.env,
            capture_output=True,
            text=True,
            check=True,
        )
        steps = len(list(folder.glob("*.svg")))
        commands = {
            "reveal": [*ctx.argmap, "reveal", str(path), "-o", str(folder)],
            "render": [*ctx.argmap, "render", str(path), "-o", str(ctx.out("reveal", f"{path.stem}.svg"))],
        }
        res = measure(commands, ctx.env, runs=max(3, ctx.runs // 2), warmup=1, cwd=str(ctx.work))
        per_step = res["reveal"].median_ms / steps
        rows.append(
            [
                path.name,
                steps,
                f"{res['reveal'].median_ms:.0f}",
                f"{per_step:.0f}",
                f"{res['render'].median_ms:.0f}",
                f"{per_step / res['render'].median_ms:.2f}×",
            ]
        )
        targets.append(
            target(
                f"reveal of {path.name} ({steps} steps): each step vs one render",
                "≤ 1×",
                f"{per_step:.0f} vs {res['render'].median_ms:.0f} ms",
                per_step <= res["render"].median_ms,
            )
        )
        raw[path.name] = {name: r.as_json() for name, r in res.items()} | {"steps": steps, "said": done.stdout[-200:]}
    columns = ["map", "steps", "reveal ms", "ms per step", "render ms", "step / render"]
    notes = [
        "The proportions search runs once for all steps; the steps' `dot` runs go in parallel "
        "(as many as there are cores)."
    ]
    return part(title, columns, rows, targets, notes, raw)
