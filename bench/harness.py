"""Whole-process timing and peak memory, several runs after a warm-up, medians.

Commands that are compared run interleaved (A B A B …), so a drift in the machine's speed
touches both sides alike and their ratio is taken side by side. Each process is waited for
with ``os.wait4``, whose resource usage covers the process and the children it waited for
(``dot`` started by argmap): ``ru_maxrss`` is then the peak of that process tree.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    argv: Sequence[str]
    seconds: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    @property
    def peak_mb(self) -> float:
        return max(self.peak_kb) / 1024

    def as_json(self) -> dict:
        return {"argv": list(self.argv), "median_ms": round(self.median_ms, 1),
                "min_ms": round(min(self.seconds) * 1000, 1), "max_ms": round(max(self.seconds) * 1000, 1),
                "runs": len(self.seconds), "peak_mb": round(self.peak_mb, 1)}


class CommandFailed(RuntimeError):
    pass


def run_once(argv: Sequence[str], env: Mapping[str, str], cwd: str | None = None) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one run; output is discarded."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode not in (0, 1):  # 1: a map with problems still did the work
        raise CommandFailed(f"{' '.join(argv)} exited {process.returncode}: {stderr.decode()[-500:]}")
    return elapsed, usage.ru_maxrss


def measure(commands: Mapping[str, Sequence[str]], env: Mapping[str, str], *, runs: int = 7,
            warmup: int = 1, cwd: str | None = None,
            prepare: Mapping[str, Callable[[], None]] | None = None) -> dict[str, Result]:
    """Run every command ``warmup`` times, then ``runs`` times interleaved; ``prepare[name]``
    (if given) runs untimed before each run of that command (e.g. deleting a cache)."""
    prepare = prepare or {}
    results = {name: Result(name, argv) for name, argv in commands.items()}
    for round_ in range(warmup + runs):
        for name, argv in commands.items():
            if name in prepare:
                prepare[name]()
            seconds, peak = run_once(argv, env, cwd)
            if round_ >= warmup:
                results[name].seconds.append(seconds)
                results[name].peak_kb.append(peak)
    return results


def runs_for(argv: Sequence[str], env: Mapping[str, str], default: int, budget_s: float = 20.0,
             cwd: str | None = None) -> int:
    """Fewer runs for slow commands: as many as fit a time budget, at least 3."""
    seconds, _ = run_once(argv, env, cwd)
    return max(3, min(default, int(budget_s / max(seconds, 1e-3))))


def bench_env() -> dict[str, str]:
    """The caller's environment, with Python's bytecode cache on (as after a normal install)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
