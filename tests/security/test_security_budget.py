"""Issue 20's budget: no input under 1 MB makes a command take more than 5 s or 500 MB.

Generated hostile inputs (hostile_inputs.py: the shapes the security review found expensive,
scaled to just under 1 MB) go through ``validate``, the language server's analysis (a real
``argmap lsp`` process), ``render -f dot`` and every importer, each as its own process whose
CPU time and peak memory (its own maximum resident set) are measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.budget import MEGABYTES, SECONDS, run_measured
from support.hostile_inputs import IMPORTS, VALID_MAPS, VALIDATE
from support.lsp_budget import analyse_in_server


def within_budget(done, what: str) -> None:
    assert not done.killed and "Traceback" not in done.stderr, (what, done.stderr[-2000:])
    # CPU time, not wall time: the budget is the work a command does, which a loaded machine
    # (two cores shared by many test runs) does not change
    assert done.cpu_seconds < SECONDS, f"{what}: {done.cpu_seconds:.1f} s of CPU ({done.seconds:.1f} s)"
    assert done.peak_mb < MEGABYTES, f"{what}: {done.peak_mb:.0f} MB"


@pytest.mark.parametrize("name", sorted(VALIDATE))
def test_validate(tmp_path: Path, name: str) -> None:
    path = VALIDATE[name](tmp_path)
    done = run_measured(["validate", str(path)], timeout=60)
    within_budget(done, f"validate {name}")
    assert done.returncode in (0, 1)


@pytest.mark.parametrize("name", sorted(VALID_MAPS))
def test_render_dot(tmp_path: Path, name: str) -> None:
    path = VALIDATE[name](tmp_path)
    done = run_measured(["render", str(path), "-f", "dot", "-o", str(tmp_path / "out.dot")], timeout=60)
    within_budget(done, f"render -f dot {name}")
    assert done.returncode == 0 and (tmp_path / "out.dot").stat().st_size > 0


@pytest.mark.parametrize("name", sorted(IMPORTS))
def test_import(tmp_path: Path, name: str) -> None:
    fmt, make = IMPORTS[name]
    path = make(tmp_path)
    done = run_measured(["import", "--from", fmt, str(path), "-o", str(tmp_path / "out.yaml")], timeout=60)
    within_budget(done, f"import {name}")
    assert done.returncode in (0, 1)


@pytest.mark.parametrize("name", sorted(VALIDATE))
def test_language_server_analysis(tmp_path: Path, name: str) -> None:
    path = VALIDATE[name](tmp_path)
    seconds, peak_mb, diagnostics = analyse_in_server(path)
    assert seconds < SECONDS, f"lsp {name}: {seconds:.1f} s of CPU"
    assert peak_mb < MEGABYTES, f"lsp {name}: {peak_mb} MB"
    assert isinstance(diagnostics, list)
