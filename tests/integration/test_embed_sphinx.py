"""The Sphinx extension, through real `sphinx-build` runs: reStructuredText and MyST pages."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from support.embed import BROKEN_MAP, FILE_MAP, INLINE_MAP, assert_shows_map, figures

pytest.importorskip("sphinx", reason="the sphinx extra is not installed")
pytest.importorskip("myst_parser", reason="the sphinx extra is not installed")


def make_project(root: Path, myst_map: str) -> None:
    (root / "maps").mkdir(parents=True)
    (root / "maps" / "canteen.yaml").write_text(FILE_MAP, encoding="utf-8")
    (root / "conf.py").write_text(
        'project = "Course"\nextensions = ["argmap.sphinx", "myst_parser"]\n', encoding="utf-8"
    )
    rst = (
        "Week 1\n======\n\n.. toctree::\n\n   week2\n\n.. argmap:: maps/canteen.yaml\n\n"
        ".. argmap::\n   :theme: print\n\n" + textwrap.indent(INLINE_MAP, "   ") + "\nThe end.\n"
    )
    (root / "index.rst").write_text(rst, encoding="utf-8")
    myst = "# Week 2\n\n```{argmap} /maps/canteen.yaml\n:legend: false\n```\n\n```{argmap}\n" + myst_map + "```\n"
    (root / "week2.md").write_text(myst, encoding="utf-8")


def build(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(root), str(root / "_build")],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_directive_and_myst_blocks_show_file_and_inline_maps(tmp_path: Path) -> None:
    make_project(tmp_path, INLINE_MAP)
    done = build(tmp_path)
    assert done.returncode == 0, done.stderr
    for page in ("index.html", "week2.html"):
        shown = figures((tmp_path / "_build" / page).read_text(encoding="utf-8"))
        assert len(shown) == 2, page
        assert_shows_map(shown[0], FILE_MAP)
        assert_shows_map(shown[1], INLINE_MAP)


def test_a_broken_map_fails_the_build_every_time_with_document_and_line(tmp_path: Path) -> None:
    make_project(tmp_path, BROKEN_MAP)
    for _ in range(2):  # an incremental build must not hide the error
        done = build(tmp_path)
        assert done.returncode == 1
        # the MyST block's content starts on line 8; `supports: usefull` is its 6th line
        assert "week2.md:8: ERROR: argmap block: the map has errors" in done.stderr
        assert "week2.md:13:15: error: unknown target `usefull`" in done.stderr
        assert "Traceback" not in done.stderr


def test_latex_gets_pdf_figures_and_text_gets_the_outline(tmp_path: Path) -> None:
    make_project(tmp_path, INLINE_MAP)
    for builder in ("latex", "text"):
        done = subprocess.run(
            [sys.executable, "-m", "sphinx", "-q", "-b", builder, str(tmp_path), str(tmp_path / builder)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
    tex = next((tmp_path / "latex").glob("*.tex")).read_text(encoding="utf-8")
    names = [line.split("{")[-1].rstrip("}") for line in tex.splitlines() if "\\includegraphics" in line]
    assert len(names) == 4
    assert all((tmp_path / "latex" / name).read_bytes().startswith(b"%PDF-") for name in names)
    assert "\\caption{Is homework useful?}" in tex
    text = (tmp_path / "text" / "index.txt").read_text(encoding="utf-8")
    assert "Homework helps pupils learn.\n  Because: Practice spaced over days is remembered longer." in text
