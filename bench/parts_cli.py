"""Parts 1 and 2: start-up against the floor, and validation by map size."""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict

from context import Context
from harness import measure


def target(what: str, limit: str, measured: str, met: bool) -> dict:
    return {"what": what, "target": limit, "measured": measured, "met": bool(met)}


def part(title: str, columns: list[str], rows: list[list], targets: list[dict], notes=(), raw=None) -> dict:
    return {
        "title": title,
        "columns": columns,
        "rows": rows,
        "targets": targets,
        "notes": list(notes),
        "raw": raw or {},
    }


def startup(ctx: Context) -> dict:
    commands = {
        "python -c 'import yaml' (floor)": [sys.executable, "-c", "import yaml"],
        "argmap --help": [*ctx.argmap, "--help"],
        "argmap validate (seed map)": [*ctx.argmap, "validate", str(ctx.seed_map)],
    }
    res = measure(commands, ctx.env, runs=max(ctx.runs, 15), warmup=2)
    floor, helps, validate = (r.median_ms for r in res.values())
    rows = [[name, f"{r.median_ms:.1f}", f"{r.median_ms / floor:.2f}×", f"{r.peak_mb:.0f}"] for name, r in res.items()]
    imports = importtime(ctx, ["validate", str(ctx.seed_map)])
    targets = [
        target("`argmap --help`", "≤ 150 ms", f"{helps:.0f} ms", helps <= 150),
        target(
            "`argmap validate` seed map vs `--help`",
            "≤ 1.3×",
            f"{validate / helps:.2f}× ({validate:.0f} ms)",
            validate / helps <= 1.3,
        ),
    ]
    notes = [
        "Import time of `argmap validate` by package (`python -X importtime`, one run, "
        "inflated by the measurement itself; each package's modules' own times): "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in imports.items())
    ]
    return part(
        "Start-up",
        ["command", "median ms", "× floor", "peak MB"],
        rows,
        targets,
        notes,
        {name: r.as_json() for name, r in res.items()} | {"importtime_ms": imports},
    )


def importtime(ctx: Context, args: list[str], top: int = 6) -> dict[str, float]:
    """Import time by top-level package (its modules' own times added up; the standard
    library as one), for one run of ``argmap ARGS``."""
    code = (
        "import sys; sys.argv=['argmap', *sys.argv[1:]]\nfrom argmap.cli.entry import main\n"
        "try: main()\nexcept SystemExit: pass"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code, *args], capture_output=True, text=True, env=ctx.env
    )
    totals: dict[str, float] = defaultdict(float)
    for match in re.finditer(r"import time:\s+(\d+) \|\s+\d+ \|\s+(\S+)$", done.stderr, re.M):
        own, module = match.groups()
        package = module.split(".")[0]
        totals[
            "stdlib"
            if package.lstrip("_") in sys.stdlib_module_names or package in sys.stdlib_module_names
            else package
        ] += int(own) / 1000
    biggest = sorted(totals.items(), key=lambda kv: -kv[1])[:top]
    return {name: round(ms, 1) for name, ms in biggest}


def validation(ctx: Context) -> dict:
    """The issue's tree map (text, speaker and one relation a claim: four lines) by size;
    the largest size with fewer runs, after the others."""
    small = [size for size in ctx.sizes if size <= 5000]
    big = [size for size in ctx.sizes if size > 5000]
    commands = {str(size): [*ctx.argmap, "validate", str(ctx.map_path(size))] for size in small}
    res = measure(commands, ctx.env, runs=ctx.runs, warmup=1)
    if big:
        res |= measure(
            {str(size): [*ctx.argmap, "validate", str(ctx.map_path(size))] for size in big}, ctx.env, runs=3, warmup=0
        )
    inproc = {size: _in_process(ctx.map_path(size), runs=5 if size <= 5000 else 2) for size in ctx.sizes}
    ms = {size: res[str(size)].median_ms for size in ctx.sizes}
    rows = []
    for previous, size in zip((None, *ctx.sizes), ctx.sizes):
        marginal = (ms[size] - ms[previous]) / (size - previous) * 1000 if previous else None
        load, check = inproc[size]
        rows.append(
            [
                size,
                f"{ms[size]:.0f}",
                f"{ms[size] / size * 1000:.0f}",
                f"{marginal:.0f}" if marginal is not None else "–",
                f"{load / size * 1e6:.1f}",
                f"{check / size * 1e6:.2f}",
                f"{res[str(size)].peak_mb:.0f}",
            ]
        )
    per_5k = (ms[5000] - ms[1000]) / 4000
    worst_check = max(check / size * 1e6 for size, (_, check) in inproc.items() if size <= 5000)
    targets = [
        target("validate 1,000 claims end to end", "≤ 250 ms", f"{ms[1000]:.0f} ms", ms[1000] <= 250),
        target("validate 5,000 claims end to end", "≤ 600 ms", f"{ms[5000]:.0f} ms", ms[5000] <= 600),
        target(
            "the checks themselves, per claim (up to 5,000 claims)",
            "≤ 5 µs",
            f"{worst_check:.2f} µs (worst size)",
            worst_check <= 5,
        ),
    ]
    if big:
        top = big[-1]
        per_big = (ms[top] - ms[5000]) / (top - 5000)
        targets.append(
            target(
                f"linear from 5,000 to {top:,} claims: µs per added claim vs 1,000→5,000",
                "≤ 1.5×",
                f"{per_big * 1000:.0f} vs {per_5k * 1000:.0f} µs ({per_big / per_5k:.2f}×)",
                per_big <= 1.5 * per_5k,
            )
        )
    columns = [
        "claims",
        "median ms",
        "µs/claim",
        "µs per added claim (from the size above)",
        "load µs/claim (in-process)",
        "checks µs/claim (in-process)",
        "peak MB",
    ]
    return part(
        "Validation by size (the tree map)",
        columns,
        rows,
        targets,
        raw={k: r.as_json() for k, r in res.items()}
        | {"in_process_s": {str(k): {"load": v[0], "checks": v[1]} for k, v in inproc.items()}},
    )


def _in_process(path, runs: int = 5) -> tuple[float, float]:
    """Median seconds to load the map, and to run every enabled rule on it (loading excluded)."""
    from argmap.checking.checker import check_map
    from argmap.loading.loader import load_path

    loads, checks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        loaded = load_path(path)
        middle = time.perf_counter()
        check_map(loaded)
        checks.append(time.perf_counter() - middle)
        loads.append(middle - start)
        del loaded
    return statistics.median(loads), statistics.median(checks)
