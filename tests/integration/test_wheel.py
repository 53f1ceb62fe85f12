"""`python -m build` gives a wheel that works on its own, schema included."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile

from support.markers import slow
from support.paths import ROOT

pytestmark = slow


def test_wheel_carries_the_package_data_and_runs(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(ROOT)], capture_output=True, text=True
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    wheel = next(tmp_path.glob("argmap-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "argmap/data/argmap.schema.json" in names
    assert {f"argmap/exporters/page/page.{kind}" for kind in ("html", "css", "js")} <= set(names)  # the web page
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "argmap = argmap.cli.entry:main" in zipfile.ZipFile(wheel).read(entry).decode()
    code = "import sys; sys.argv = ['argmap', 'schema']; from argmap.cli.entry import main; main()"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(wheel), "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["title"].startswith("argmap argument map")
