"""The pandoc filter, through the real `pandoc` (Debian's package): HTML and LaTeX output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from support.embed import BROKEN_MAP, FILE_MAP, INLINE_MAP, assert_shows_map, figures
from support.markers import needs_pandoc

PANDOC = shutil.which("pandoc")
FILTER = str(Path(sys.executable).with_name("argmap-pandoc"))
pytestmark = needs_pandoc


def make_document(root: Path, inline_map: str) -> Path:
    (root / "canteen.yaml").write_text(FILE_MAP, encoding="utf-8")
    text = (
        "# Week 1\n\nFrom a file:\n\n```argmap\nfile: canteen.yaml\n```\n\nIn place:\n\n"
        "```{.argmap theme=print}\n" + inline_map + "```\n"
    )
    path = root / "notes.md"
    path.write_text(text, encoding="utf-8")
    return path


def pandoc(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PANDOC, *args, "--filter", FILTER], cwd=root, capture_output=True, text=True, timeout=300)


def test_html_output_has_both_maps_inline(tmp_path: Path) -> None:
    make_document(tmp_path, INLINE_MAP)
    done = pandoc(tmp_path, "notes.md", "-s", "--metadata", "title=Notes", "-o", "notes.html")
    assert done.returncode == 0, done.stderr
    shown = figures((tmp_path / "notes.html").read_text(encoding="utf-8"))
    assert len(shown) == 2
    assert_shows_map(shown[0], FILE_MAP)
    assert_shows_map(shown[1], INLINE_MAP)
    # theme=print (an attribute of the code block) reached the drawing: black borders, not grey
    assert 'stroke="#4d4d4d"' in shown[0] and 'stroke="#4d4d4d"' not in shown[1]


def test_latex_output_embeds_pdf_figures(tmp_path: Path) -> None:
    make_document(tmp_path, INLINE_MAP)
    done = pandoc(tmp_path, "notes.md", "-o", "notes.tex")
    assert done.returncode == 0, done.stderr
    tex = (tmp_path / "notes.tex").read_text(encoding="utf-8")
    images = [line.split("{")[1].rstrip("}") for line in tex.splitlines() if "\\includegraphics" in line]
    assert len(images) == 2 and all(name.startswith("argmap-figures/") for name in images)
    for name in images:
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
    assert "Should the canteen serve" in tex and "School council minutes" in tex  # the caption


def test_a_broken_map_stops_pandoc_with_document_and_line(tmp_path: Path) -> None:
    make_document(tmp_path, BROKEN_MAP)
    done = pandoc(tmp_path, "notes.md", "-o", "notes.html")
    assert done.returncode != 0 and not (tmp_path / "notes.html").exists()
    # the inline block's content starts on line 12; `supports: usefull` is its 6th line
    assert "notes.md:12: argmap block: the map has errors" in done.stderr
    assert "notes.md:17:15: error: unknown target `usefull`" in done.stderr


def test_sourcepos_gives_the_position_without_reading_the_command_line(tmp_path: Path) -> None:
    make_document(tmp_path, BROKEN_MAP)
    done = subprocess.run(
        f"cat notes.md | {PANDOC} -f commonmark_x+sourcepos --filter {FILTER} -o x.html",
        shell=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode != 0
    assert "<stdin>:17:15: error: unknown target `usefull`" in done.stderr
