"""argmap as a user runs it: the real program in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_argmap(
    *args: str, cwd: Path, env: dict | None = None, timeout: float = 300, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    """The real program in its own process (``python -m argmap``), so that a traceback would
    reach stderr. ``timeout`` only guards against a hang; it measures nothing."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=timeout,
        input=stdin,
    )
