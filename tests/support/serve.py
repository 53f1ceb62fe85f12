"""Running `argmap serve`/`argmap watch` as a real process for the tests: on a free loopback
port, stopped with Ctrl-C (SIGINT) at the end, killed if it does not stop by itself."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

STOP_TIMEOUT = 10.0


class Running:
    """A process whose output is collected line by line as it comes (reader threads)."""

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc
        self.url: str | None = None
        self.exit_code: int | None = None
        self.out: list[str] = []
        self.err: list[str] = []
        self._readers = [
            threading.Thread(target=_collect, args=(s, lines), daemon=True)
            for s, lines in ((proc.stdout, self.out), (proc.stderr, self.err))
        ]
        for reader in self._readers:
            reader.start()

    @property
    def stderr(self) -> str:
        return "".join(self.err)

    def stop(self) -> int:
        """Ctrl-C, then wait; the exit status (a kill after STOP_TIMEOUT gives -9)."""
        if self.exit_code is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            for reader in self._readers:
                reader.join(5)
            self.exit_code = self.proc.returncode
        return self.exit_code


def _collect(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


@contextmanager
def serving(*args: str, cwd: Path, wait_for_url: bool = True):
    proc = subprocess.Popen(
        [sys.executable, "-m", "argmap", *args], cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    running = Running(proc)
    try:
        if wait_for_url:
            wait_until(lambda: running.out or proc.poll() is not None, timeout=60)
            found = re.search(r"http://127\.0\.0\.1:\d+/", "".join(running.out))
            assert found, f"no URL from argmap {args[0]}: {running.out} {running.err}"
            running.url = found.group()
        yield running
    finally:
        running.stop()


def wait_until(condition, timeout: float = 20.0, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return bool(condition())
