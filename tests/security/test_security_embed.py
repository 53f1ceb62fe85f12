"""Issue 20, item 12 (embeddings): ``file: ../../..`` in a page cannot leave the documentation
project (MkDocs: the folder of mkdocs.yml; Sphinx: the folder above its source folder;
pandoc: the working directory), and a file that is not a map never has its text in an error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "SECRET-TOKEN-e19b"
MAP = "title: Fine\nclaims:\n  a:\n    text: A.\n    supports: b\n  b: B.\n"


@pytest.fixture()
def outside(tmp_path: Path) -> Path:
    """A file outside the project that an attacker's page names (like /etc/passwd)."""
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "secret.yaml").write_text(f"{SECRET}:x:0:0:root\n")
    return folder / "secret.yaml"


def no_secret(done: subprocess.CompletedProcess) -> None:
    assert done.returncode != 0
    assert SECRET not in done.stdout + done.stderr and "root:x" not in done.stdout + done.stderr


def test_mkdocs(tmp_path: Path, outside: Path) -> None:
    pytest.importorskip("mkdocs")
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("site_name: S\nplugins:\n  - argmap\n")
    for name, target in (("passwd", "/etc/passwd"), ("secret", outside)):
        page = f"# P\n\n```argmap\nfile: {os.path.relpath(target, site / 'docs')}\n```\n"
        (site / "docs" / "index.md").write_text(page)
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site, capture_output=True, text=True, timeout=300
        )
        no_secret(done)
        assert "`file:` must name a map inside" in done.stderr, name
    os.symlink(outside, site / "docs" / "linked.yaml")  # a link inside the project that leads out
    (site / "docs" / "index.md").write_text("# P\n\n```argmap\nfile: linked.yaml\n```\n")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site, capture_output=True, text=True, timeout=300
    )
    no_secret(done)


def test_pandoc(tmp_path: Path, outside: Path) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    work = tmp_path / "work"
    work.mkdir()
    (work / "notes.md").write_text(f"# N\n\n```argmap\nfile: {os.path.relpath(outside, work)}\n```\n")
    filt = str(Path(sys.executable).with_name("argmap-pandoc"))
    done = subprocess.run(
        ["pandoc", "notes.md", "--filter", filt, "-o", "notes.html"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    no_secret(done)
    assert "must name a map inside" in done.stderr and not (work / "notes.html").exists()


def test_sphinx(tmp_path: Path, outside: Path) -> None:
    pytest.importorskip("sphinx")
    docs = tmp_path / "project" / "docs"
    docs.mkdir(parents=True)
    (docs / "conf.py").write_text('project = "P"\nextensions = ["argmap.sphinx"]\n')
    (docs / "index.rst").write_text(f"P\n=\n\n.. argmap:: {os.path.relpath(outside, docs)}\n")
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(docs), str(docs / "_build")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    no_secret(done)
    assert "must name a map inside" in done.stderr


def test_a_map_elsewhere_in_the_project_is_still_drawn(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "arguments").mkdir()
    (site / "arguments" / "fine.yaml").write_text(MAP)
    (site / "mkdocs.yml").write_text("site_name: S\nplugins:\n  - argmap\n")
    (site / "docs" / "index.md").write_text("# P\n\n```argmap\nfile: ../arguments/fine.yaml\n```\n")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=site, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "<svg" in (site / "site" / "index.html").read_text()
