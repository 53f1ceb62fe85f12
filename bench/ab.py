"""Two checkouts of argmap side by side: `render MAP -o x.svg` with each, alternating, medians.

    python bench/ab.py OLD_SRC NEW_SRC [--maps tree-50:15,tree-200:15,tree-1000:9,tree-5000:3]

OLD_SRC and NEW_SRC are the ``src`` folders of two checkouts (``git worktree add /tmp/old REV``);
maps are read from ``.cache/bench`` (made by ``bench/run.py``), each ``NAME:RUNS``. Runs
alternate between the two, after one warm-up each (which also writes their bytecode caches), so
a change in the machine's load touches both alike.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from harness import bench_env

ROOT = Path(__file__).resolve().parent.parent


def _command(src: Path, map_path: Path, out: Path) -> tuple[list[str], dict[str, str]]:
    env = {**bench_env(), "PYTHONPATH": str(src)}
    return [sys.executable, "-m", "argmap", "render", str(map_path), "-o", str(out)], env


def compare(sources: list[Path], map_path: Path, runs: int, out_dir: Path) -> list[float]:
    """The median wall time (ms) of rendering ``map_path`` with each source folder."""
    commands = [_command(src, map_path, out_dir / f"ab-{n}.svg") for n, src in enumerate(sources)]
    for command, env in commands:
        subprocess.run(command, capture_output=True, env=env, check=True)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for spent, (command, env) in zip(times, commands, strict=True):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env, check=True)
            spent.append((time.perf_counter() - start) * 1000)
    return [statistics.median(spent) for spent in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--maps", default="tree-50:15,tree-200:15,linked-200:11,tree-1000:9,tree-5000:3")
    parser.add_argument("--work", type=Path, default=ROOT / ".cache" / "bench")
    args = parser.parse_args()
    out_dir = args.work / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    print("| map | runs | old ms | new ms | change |\n|---|---|---|---|---|")
    for item in args.maps.split(","):
        name, _, runs = item.partition(":")
        old, new = compare([args.old, args.new], args.work / f"{name}.yaml", int(runs or 7), out_dir)
        print(f"| {name} | {runs} | {old:.0f} | {new:.0f} | {(new - old) / old:+.0%} |", flush=True)


if __name__ == "__main__":
    main()
