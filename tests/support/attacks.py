"""Running ``python -m argmap`` on an attacker's file in its own process, under a memory cap.

The timeout only stops a hang (the old, quadratic code took minutes on these inputs); the
address-space cap turns a memory blow-up into a failed test instead of a swapping machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from support.paths import ROOT

MEMORY_CAP = 1_500_000_000  # bytes of address space: Python with lark needs well under this
HANG = 60  # seconds


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_import(path: Path, fmt: str) -> subprocess.CompletedProcess:
    """``argmap import --from FMT path -o out.yaml`` in the file's folder."""
    src = str(ROOT / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = path.with_suffix(".imported.yaml")
    return subprocess.run(
        [sys.executable, "-m", "argmap", "import", "--from", fmt, str(path), "-o", str(out)],
        cwd=path.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=HANG,
        preexec_fn=_cap_memory,
    )
