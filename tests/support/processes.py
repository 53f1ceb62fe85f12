"""argmap as a user runs it: the real program in its own process."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from support.paths import ROOT


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


# prints with repr, not json: the run's own imports are what is reported
_REPORT_IMPORTS = """
import sys
sys.argv = ["argmap", *sys.argv[1:]]
from argmap.cli.entry import main
try:
    main()
except SystemExit:
    pass
reader = sys.modules.get("yaml.reader")
pattern = type(reader.Reader.NON_PRINTABLE).__name__ if reader else None
print(repr({"modules": sorted(sys.modules), "yaml_pattern": pattern}), file=sys.stderr)
"""


@dataclass(frozen=True)
class Imported:
    """What one run of argmap printed and imported (``yaml_pattern``: the type PyYAML's
    pure-Python reader holds for its non-printable pattern, None when PyYAML was not imported)."""

    stdout: str
    modules: frozenset[str]
    yaml_pattern: str | None

    def matching(self, prefix: str) -> list[str]:
        return sorted(m for m in self.modules if m.startswith(prefix))


def imports_after(*args: str, cwd: Path, env: dict | None = None) -> Imported:
    """Run argmap as its console script does (``argmap.cli.entry.main``) in a fresh Python, with
    this checkout's ``src`` first on the path, and report the modules the run imported."""
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), environment.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", _REPORT_IMPORTS, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=120,
    )
    report = ast.literal_eval(done.stderr.strip().splitlines()[-1])
    return Imported(done.stdout, frozenset(report["modules"]), report["yaml_pattern"])
