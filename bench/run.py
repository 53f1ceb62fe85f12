"""argmap's benchmark: whole-process wall time and peak memory, medians of several runs.

    .venv/bin/python bench/run.py                 # every part; writes bench/results.json and bench/RESULTS.md
    .venv/bin/python bench/run.py --parts 1,2     # start-up and validation only
    .venv/bin/python bench/run.py --runs 3        # quicker, noisier

Parts: 1 start-up, 2 validation by size, 3 rendering against dot (sizes and shapes), 4 build of a
100-map course repository, 5 reveal against render, 6 the Argdown CLI as the peer. A part whose
command this checkout lacks is reported as not measured. Maps are generated (bench/generate.py)
into .cache/bench/: the issue's tree map (two-line claims with a speaker, fan-out 3, every seventh
relation an attack) by size, and at 200 claims a deep chain, a wide fan, linked arguments and a
forest of 100 unconnected parts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import machine
import parts
import report
from generate import chain, course, fan, forest, generate, tree

ROOT = Path(__file__).resolve().parent.parent
SIZES = (50, 200, 1000, 5000, 50000)  # tree maps; 50,000 only for validation
SHAPES = {
    "chain-200": lambda: chain(200),
    "fan-200": lambda: fan(200),
    "linked-200": lambda: generate(200),
    "forest-100": lambda: forest(100, claims=2),
}
PARTS = {
    "1": parts.startup,
    "2": parts.validation,
    "3": parts.rendering,
    "4": parts.build,
    "5": parts.reveal,
    "6": parts.argdown,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated part numbers")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command, after one warm-up")
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "bench", help="scratch folder")
    parser.add_argument("--out", type=Path, default=ROOT / "bench", help="where results.json and RESULTS.md go")
    args = parser.parse_args()
    ctx = parts.Context(root=ROOT, work=args.work, runs=args.runs, sizes=SIZES, shapes=tuple(SHAPES))
    _generate_maps(ctx)
    results = {"machine": machine.describe(ctx), "parts": {}}
    for number in args.parts.split(","):
        print(f"bench: part {number} ({PARTS[number].__name__}) …", file=sys.stderr, flush=True)
        results["parts"][number] = PARTS[number](ctx)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    (args.out / "RESULTS.md").write_text(report.markdown(results))
    print(f"bench: wrote {args.out / 'results.json'} and {args.out / 'RESULTS.md'}", file=sys.stderr)


def _generate_maps(ctx: parts.Context) -> None:
    """Written only when missing or different, so build's warm runs see unchanged files."""
    ctx.course_dir.mkdir(parents=True, exist_ok=True)
    files = [(ctx.map_path(size), tree(size)) for size in ctx.sizes]
    files += [(ctx.shape_path(name), make()) for name, make in SHAPES.items()]
    files += [(ctx.course_dir / name, text) for name, text in course(100)]
    for path, text in files:
        if not path.exists() or path.read_text() != text:
            path.write_text(text)


if __name__ == "__main__":
    main()
