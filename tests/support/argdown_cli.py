"""The real Argdown command line (``@argdown/cli`` from npm), installed into ``.cache/npm``.

Tests call ``argdown_json(folder)``: every ``*.argdown`` file in the folder is turned into
the JSON that Argdown itself produces. Without Node.js or npm the tests skip (``./dev test``
installs both); with them, a failed install is a test failure, not a skip.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from support.markers import require
from support.paths import ROOT

PACKAGE = "@argdown/cli@1.7.5"
PREFIX = ROOT / ".cache" / "npm"
BINARY = PREFIX / "node_modules" / ".bin" / "argdown"


def argdown_binary() -> Path:
    require("needs_node")
    if not BINARY.exists():
        PREFIX.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["npm", "install", "--prefix", str(PREFIX), "--no-audit", "--no-fund", "--loglevel=error", PACKAGE],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0 or not BINARY.exists():
            pytest.fail(f"npm install {PACKAGE} failed:\n{done.stderr}")
    return BINARY


def argdown_json(folder: Path) -> dict[str, dict]:
    """Argdown's JSON of each ``*.argdown`` file in ``folder``, by file stem."""
    out = folder / "argdown-json"
    done = subprocess.run(
        [str(argdown_binary()), "json", str(folder / "*.argdown"), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr + done.stdout
    return {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")}
