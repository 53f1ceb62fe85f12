"""The script in docs/api.md runs as written."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from support.markers import needs_dot

ROOT = Path(__file__).resolve().parents[2]


@needs_dot
def test_the_ten_line_script_in_the_api_page_runs(tmp_path):
    page = (ROOT / "docs/api.md").read_text(encoding="utf-8")
    script = re.search(r"```python\n(.*?)```", page, re.S).group(1)
    assert len([line for line in script.splitlines() if line.strip()]) <= 12
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(ROOT / "arguments/fare-free-buses.yaml", course)
    (course / "broken.yaml").write_text("title: Broken\nclaims:\n  a: {text: A, supports: b}\n", encoding="utf-8")
    (tmp_path / "script.py").write_text(script, encoding="utf-8")
    result = subprocess.run([sys.executable, "script.py", "course"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "course/broken.yaml:3:" in result.stdout and "[unknown-reference]" in result.stdout
    assert (course / "fare-free-buses.svg").read_bytes().lstrip().startswith((b"<?xml", b"<svg"))
    assert '"nodes"' in (course / "fare-free-buses.aif.json").read_text(encoding="utf-8")
    assert not (course / "broken.svg").exists()
