"""Running argmap on hostile input as a user would, and checking that nothing else happened."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from support.paths import CASES

HOSTILE = CASES / "hostile"
# What a terminal would act on: C0 controls other than the line break, DEL, C1 controls.
TERMINAL_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder`` (symlinks as links): name -> (mode, content hash)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[str(path.relative_to(folder))] = (0, os.readlink(path))
        elif path.is_file():
            digest = (
                hashlib.sha256(path.read_bytes()).hexdigest()
                if path.stat().st_size < 50_000_000
                else f"{path.stat().st_size}:{path.stat().st_mtime_ns}"
            )
            found[str(path.relative_to(folder))] = (path.stat().st_mode, digest)
        elif path.is_dir():
            found[str(path.relative_to(folder)) + "/"] = (path.stat().st_mode, "")
    return found


def assert_clean_output(stdout: str, stderr: str) -> None:
    """No traceback and nothing a terminal would act on, in either stream."""
    assert "Traceback" not in stderr and "Traceback" not in stdout, stderr
    assert not TERMINAL_CONTROLS.search(stdout), TERMINAL_CONTROLS.search(stdout)
    assert not TERMINAL_CONTROLS.search(stderr), TERMINAL_CONTROLS.search(stderr)
