"""Running a command as its own process and measuring it: wall time, CPU time and peak memory
(the process's own maximum resident set, from wait4), killed at a deadline.

Peak memory is the process's own high-water mark (``VmHWM`` in ``/proc/self/status``), written
by the process itself as it exits. The resident-set maximum that ``wait4`` reports is no good here:
Linux carries a parent's maximum into a child across fork and exec, so every command started from
pytest after hundreds of tests (or from a launcher that pytest started) "peaked" at pytest's size.
An ``argmap`` command therefore runs inside a small wrapper (``MEASURE``) that runs the module and
records VmHWM and CPU time at exit; any other executable is measured by ``wait4``, as before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SECONDS = 5.0  # issue 20: no input under 1 MB makes a command take longer ...
MEGABYTES = 500  # ... or more memory
MEASURE = """
import atexit, json, resource, runpy, sys
report = sys.argv.pop(1)
def _record():
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(report, "w") as out:
        json.dump([peak, usage.ru_utime + usage.ru_stime], out)
atexit.register(_record)
sys.argv[0] = "argmap"
runpy.run_module("argmap", run_name="__main__", alter_sys=True)
"""
LAUNCHER = """
import json, os, subprocess, sys
proc = subprocess.Popen(json.loads(sys.argv[1]))
_, status, usage = os.wait4(proc.pid, 0)
with open(sys.argv[2], "w") as report:
    json.dump([usage.ru_maxrss, usage.ru_utime + usage.ru_stime], report)
sys.exit(os.waitstatus_to_exitcode(status) % 256)
"""


@dataclass
class Measured:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall time (grows with the machine's load)
    peak_mb: float
    killed: bool
    cpu_seconds: float = 0.0  # user + system time of the process: what the budget holds


def run_measured(args: list[str], timeout: float = 60.0, cwd=None, env=None, stdin: bytes | None = None) -> Measured:
    """``python -m argmap ARGS`` (or ARGS itself when it starts with an executable path)."""
    command = args if os.path.isabs(args[0]) else [sys.executable, "-m", "argmap", *args]
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryFile() as given,
        tempfile.TemporaryDirectory() as folder,
    ):
        if stdin is not None:
            given.write(stdin)
            given.seek(0)
        report = os.path.join(folder, "usage.json")
        started = time.monotonic()
        if command[:3] == [sys.executable, "-m", "argmap"]:
            argv = [sys.executable, "-c", MEASURE, report, *command[3:]]
        else:
            argv = [sys.executable, "-c", LAUNCHER, json.dumps(command), report]
        proc = subprocess.Popen(
            argv,
            stdin=given if stdin is not None else subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=cwd,
            env=env,
            start_new_session=True,
        )
        killed = []
        timer = threading.Timer(timeout, lambda: (killed.append(True), os.killpg(proc.pid, signal.SIGKILL)))
        timer.start()
        try:
            _, status, _ = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        maxrss_kb, cpu = json.loads(Path(report).read_text()) if os.path.exists(report) else (0, seconds)
        out.seek(0)
        err.seek(0)
        return Measured(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            seconds,
            maxrss_kb / 1024,
            bool(killed),
            cpu,
        )
