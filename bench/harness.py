"""Whole-process timing and peak memory, several runs after a warm-up, medians.

Commands that are compared run interleaved (A B A B …), so a drift in the machine's speed
touches both sides alike and their ratio is taken side by side. Peak memory comes from GNU
``time`` (Debian's ``time`` package), which starts each command from its own small process:
its figure covers the command and the children it waited for (``dot`` started by argmap).
Without it the harness falls back to ``os.wait4``, whose figure for a process forked from
this (large) one includes the pages it shared before ``exec``: then it is only an upper bound.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import tempfile
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
        return {
            "argv": list(self.argv),
            "median_ms": round(self.median_ms, 1),
            "min_ms": round(min(self.seconds) * 1000, 1),
            "max_ms": round(max(self.seconds) * 1000, 1),
            "runs": len(self.seconds),
            "peak_mb": round(self.peak_mb, 1),
        }


class CommandFailed(RuntimeError):
    pass


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else shutil.which("gtime")


def run_once(argv: Sequence[str], env: Mapping[str, str], cwd: str | None = None) -> tuple[float, int]:
    """Wall time in seconds and peak resident memory in KiB of one run; output is discarded."""
    elapsed, peak, _ = run_once_cpu(argv, env, cwd)
    return elapsed, peak


def run_once_cpu(argv: Sequence[str], env: Mapping[str, str], cwd: str | None = None) -> tuple[float, int, float]:
    """Wall time, peak resident memory in KiB and CPU seconds (user and system, with the
    children waited for) of one run."""
    with tempfile.NamedTemporaryFile("r", suffix=".maxrss") as peak_file:
        wrapped = [GNU_TIME, "-f", "%U %S %M", "-o", peak_file.name, *argv] if GNU_TIME else list(argv)
        start = time.perf_counter()
        process = subprocess.Popen(
            wrapped, env=dict(env), cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stderr.close()
        lines = peak_file.read().split()
    if process.returncode not in (0, 1):  # 1: a map with problems still did the work
        raise CommandFailed(f"{' '.join(argv)} exited {process.returncode}: {stderr.decode()[-500:]}")
    if GNU_TIME and len(lines) >= 3 and lines[-1].isdigit():
        return elapsed, int(lines[-1]), float(lines[-3]) + float(lines[-2])
    cpu = usage.ru_utime + usage.ru_stime  # without GNU time: the command alone, not its children
    return elapsed, usage.ru_maxrss, cpu


def measure(
    commands: Mapping[str, Sequence[str]],
    env: Mapping[str, str],
    *,
    runs: int = 7,
    warmup: int = 1,
    cwd: str | None = None,
    prepare: Mapping[str, Callable[[], None]] | None = None,
) -> dict[str, Result]:
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


def bench_env() -> dict[str, str]:
    """The caller's environment, with Python's bytecode cache on (as after a normal install)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
