"""``render --split-parts`` draws the parts side by side (as many dot processes as CPUs) but
writes and reports them in order: a part that fails stops the run after the parts before it."""

from __future__ import annotations

import os
import shutil
import stat

from typer.testing import CliRunner

from argmap.cli import app
from support.forests import forest_yaml
from support.markers import needs_dot

runner = CliRunner()
pytestmark = needs_dot


def test_a_failing_part_stops_the_run_after_the_parts_before_it(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "dot"
    fake.write_text(
        f"#!/bin/sh\nREAL={shutil.which('dot')}\ninput=$(cat)\n"
        "case \"$input\" in *claim-p3-*) echo 'Error: boom' >&2; exit 3;; esac\n"
        'printf "%s\\n" "$input" | exec "$REAL" "$@"\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    small = tmp_path / "small.yaml"
    small.write_text(forest_yaml(5, seed=3), encoding="utf-8")
    done = runner.invoke(app, ["render", str(small), "--split-parts", "-o", str(tmp_path / "out")])
    assert done.exit_code == 1
    assert "part 3: Graphviz failed: Error: boom" in done.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["small-part01.svg", "small-part02.svg"]
