"""Issue 20, item 11: the pandoc filter walks the document without recursion; 250 nested
block quotes (which pandoc alone converts) raised RecursionError with a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

MAP = "title: Deep\nclaims:\n  a:\n    text: A deep claim.\n    supports: b\n  b: B.\n"


@pytest.mark.parametrize("depth", [250, 900])
def test_deeply_nested_block_quotes(tmp_path: Path, depth: int) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    fence = "```argmap\n" + MAP + "```\n"
    quoted = "".join("> " * depth + line + "\n" for line in fence.splitlines())
    (tmp_path / "deep.md").write_text("# Deep\n\n" + quoted + "\n" + fence)
    alone = subprocess.run(["pandoc", "deep.md", "-o", "alone.html"], cwd=tmp_path, capture_output=True, timeout=300)
    if alone.returncode != 0:
        pytest.skip(f"pandoc itself refuses {depth} levels")
    filt = str(Path(sys.executable).with_name("argmap-pandoc"))
    done = subprocess.run(
        ["pandoc", "deep.md", "--filter", filt, "-o", "deep.html"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    page = (tmp_path / "deep.html").read_text()
    assert page.count("A deep claim.") >= 2 and "<svg" in page  # both blocks drawn, the deep one too
