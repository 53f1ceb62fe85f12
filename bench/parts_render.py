"""Parts 3–5: rendering against dot, building a course repository, the Argdown CLI as the peer."""

from __future__ import annotations

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


def _maps(ctx: Context) -> list[tuple[str, object, int]]:
    """(name, path, claims) of every map rendered: the tree map by size, then the shapes."""
    maps = [(f"tree-{size}", ctx.map_path(size), size) for size in ctx.sizes if size <= 5000]
    return maps + [(name, ctx.shape_path(name), 200) for name in ctx.shapes]


def rendering(ctx: Context) -> dict:
    title = "Rendering: `argmap render -f svg` against `dot -Tsvg` on the DOT argmap writes"
    if not ctx.has_command("render"):
        return skipped(title, "`argmap render` is not in this checkout.")
    if ctx.dot is None:
        return skipped(title, "Graphviz's `dot` is not installed.")
    rows, targets, raw = [], [], {}
    for name, path, claims in _maps(ctx):
        dot_file = ctx.out("render", f"{name}.dot")
        subprocess.run(
            [*ctx.argmap, "render", str(path), "-f", "dot", "-o", str(dot_file)],
            check=True,
            env=ctx.env,
            capture_output=True,
        )
        commands = {
            "argmap": [
                *ctx.argmap,
                "render",
                str(path),
                "-f",
                "svg",
                "-o",
                str(ctx.out("render", f"argmap-{name}.svg")),
            ],
            "dot": [ctx.dot, "-Tsvg", str(dot_file), "-o", str(ctx.out("render", f"dot-{name}.svg"))],
        }
        runs, warmup = _runs(ctx, commands["argmap"])
        res = measure(commands, ctx.env, runs=runs, warmup=warmup, cwd=str(ctx.work))
        a, d = res["argmap"], res["dot"]
        overhead, ratio, memory = a.median_ms - d.median_ms, a.median_ms / d.median_ms, a.peak_mb / d.peak_mb
        rows.append(
            [
                name,
                f"{a.median_ms:.0f}",
                f"{d.median_ms:.0f}",
                f"{overhead:+.0f}",
                f"{ratio:.2f}×",
                f"{a.peak_mb:.0f}",
                f"{d.peak_mb:.0f}",
                f"{memory:.2f}×",
                len(a.seconds),
            ]
        )
        if claims <= 200:
            targets.append(
                target(f"render overhead over dot, {name}", "≤ +100 ms", f"{overhead:+.0f} ms", overhead <= 100)
            )
        else:
            targets.append(target(f"render vs dot, {name}", "≤ 1.1×", f"{ratio:.2f}×", ratio <= 1.1))
        raw[name] = {kind: r.as_json() for kind, r in res.items()}
    columns = [
        "map",
        "argmap ms",
        "dot ms",
        "overhead ms",
        "ratio",
        "argmap peak MB",
        "dot peak MB",
        "memory ratio",
        "runs",
    ]
    notes = [
        "argmap's time includes start-up, loading and validating the map, building the DOT (with the "
        "proportions search), running `dot` itself and the SVG's text alternative; its peak memory is "
        "the larger of Python's and dot's. Each pair of commands ran interleaved."
    ]
    return part(title, columns, rows, targets, notes, raw)


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
        source = ctx.out("argdown", f"tree-{size}.argdown")
        subprocess.run(
            [*ctx.argmap, "export", str(ctx.map_path(size)), "--to", "argdown", "-o", str(source)],
            check=True,
            env=ctx.env,
            capture_output=True,
        )
        commands = {
            "argmap": [
                *ctx.argmap,
                "render",
                str(ctx.map_path(size)),
                "-f",
                "svg",
                "-o",
                str(ctx.out("argdown", f"argmap-{size}.svg")),
            ],
            "argdown": [
                str(ctx.argdown_bin),
                "map",
                "--format",
                "svg",
                str(source),
                str(ctx.out("argdown", "svg", "x").parent),
            ],
        }
        runs, warmup = _runs(ctx, commands["argdown"])
        res = measure(commands, ctx.env, runs=runs, warmup=warmup, cwd=str(ctx.work))
        speed = res["argdown"].median_ms / res["argmap"].median_ms
        rows.append(
            [
                size,
                f"{res['argmap'].median_ms:.0f}",
                f"{res['argdown'].median_ms:.0f}",
                f"{speed:.1f}×",
                f"{res['argmap'].peak_mb:.0f}",
                f"{res['argdown'].peak_mb:.0f}",
            ]
        )
        if size == min(ctx.sizes):
            targets.append(
                target(
                    f"render -f svg of a {size}-claim map vs the Argdown CLI",
                    "≥ 4× faster",
                    f"{speed:.1f}×",
                    speed >= 4,
                )
            )
        raw[str(size)] = {name: r.as_json() for name, r in res.items()}
    columns = ["claims", "argmap ms", "Argdown ms", "argmap faster by", "argmap peak MB", "Argdown peak MB"]
    return part(
        title,
        columns,
        rows,
        targets,
        [f"Argdown CLI {ARGDOWN_PACKAGE}, maps exported with `argmap export --to argdown`."],
        raw,
    )


def _install_argdown(ctx: Context) -> bool:
    prefix = ctx.argdown_bin.parent.parent.parent
    prefix.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--loglevel=error", ARGDOWN_PACKAGE],
        capture_output=True,
        timeout=900,
    )
    return done.returncode == 0 and ctx.argdown_bin.exists()
