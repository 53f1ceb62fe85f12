"""The MkDocs plugin, through real `mkdocs build --strict` runs: a tiny site, and argmap's own docs."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from support.embed import BROKEN_MAP, FILE_MAP, INLINE_MAP, assert_shows_map, figures
from support.paths import ROOT

pytest.importorskip("mkdocs", reason="the mkdocs extra is not installed")


def indented(text: str, prefix: str) -> str:
    return textwrap.indent(text, prefix)


def make_site(root: Path, inline_map: str) -> None:
    (root / "docs" / "maps").mkdir(parents=True)
    (root / "docs" / "maps" / "canteen.yaml").write_text(FILE_MAP, encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: Course\nplugins:\n  - search\n  - argmap\n", encoding="utf-8")
    page = (
        "# Week 1\n\nA map from a file:\n\n```argmap\nfile: maps/canteen.yaml\n```\n\n"
        "- And one written in place, inside a list item:\n\n    ```argmap\n"
        + indented(inline_map, "    ")
        + "    ```\n\n"
        "How to write one (not drawn):\n\n````markdown\n```argmap\nfile: missing.yaml\n```\n````\n"
    )
    (root / "docs" / "index.md").write_text(page, encoding="utf-8")


def build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_site_shows_a_file_map_and_an_inline_map(tmp_path: Path) -> None:
    make_site(tmp_path, INLINE_MAP)
    done = build(tmp_path)
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    shown = figures(html)
    assert len(shown) == 2  # the example inside the ````markdown block stays text
    assert_shows_map(shown[0], FILE_MAP)
    assert_shows_map(shown[1], INLINE_MAP)
    assert "file: missing.yaml" in html and "ARGMAPFIGURE" not in html
    index = (tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "ARGMAPFIGURE" not in index


def test_a_broken_map_fails_the_build_with_page_and_line(tmp_path: Path) -> None:
    make_site(tmp_path, BROKEN_MAP)
    done = build(tmp_path)
    assert done.returncode != 0
    # the inline block's content starts on line 12 of the page; `supports: usefull` is its
    # 6th line, indented by 4 (list item) + 4 (YAML)
    assert "docs/index.md:12: argmap block: the map has errors" in done.stderr
    assert "docs/index.md:17:19: error: unknown target `usefull`" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_projects_own_documentation_builds(tmp_path: Path) -> None:
    """mkdocs.yml at the repository root: the format page, the rules and command-line pages
    made from the code, and the gallery drawing every map in arguments/."""
    done = build(ROOT, "--site-dir", str(tmp_path / "site"))
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    gallery = (site / "gallery" / "index.html").read_text(encoding="utf-8")
    maps = sorted((ROOT / "arguments").glob("*.yaml"))
    assert maps and len(figures(gallery)) == len(maps)
    for path, shown in zip(maps, figures(gallery)):
        assert_shows_map(shown, path.read_text(encoding="utf-8"))
    rules = (site / "rules" / "index.html").read_text(encoding="utf-8")
    from argmap.checking.rules import REGISTRY

    assert all(f'id="{rule.ID}"' in rules for rule in REGISTRY)
    cli = (site / "cli" / "index.html").read_text(encoding="utf-8")
    assert "Usage: argmap render [OPTIONS]" in cli and "--focus" in cli
    assert (site / "format" / "index.html").is_file() and len(
        figures((site / "index.html").read_text(encoding="utf-8"))
    ) == 1
