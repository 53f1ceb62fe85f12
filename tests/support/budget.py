"""Running a command as its own process and measuring it: wall time and peak memory (the
child's own maximum resident set, from wait4), killed at a deadline."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

SECONDS = 5.0  # issue 20: no input under 1 MB makes a command take longer ...
MEGABYTES = 500  # ... or more memory


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
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as given:
        if stdin is not None:
            given.write(stdin)
            given.seek(0)
        started = time.monotonic()
        proc = subprocess.Popen(command, stdin=given if stdin is not None else subprocess.DEVNULL, stdout=out,
                                stderr=err, cwd=cwd, env=env, start_new_session=True)
        killed = []
        timer = threading.Timer(timeout, lambda: (killed.append(True), os.killpg(proc.pid, signal.SIGKILL)))
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                        seconds, usage.ru_maxrss / 1024, bool(killed), usage.ru_utime + usage.ru_stime)
