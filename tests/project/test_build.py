"""argmap build: mirrored folders, the manifest, skipping, --check, --prune, failures."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.drawing import FIXTURES

runner = CliRunner()
BROKEN = "title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: nowhere\n"


@pytest.fixture
def course(tmp_path, monkeypatch):
    (tmp_path / "arguments" / "unit").mkdir(parents=True)
    shutil.copy(FIXTURES / "linked.yaml", tmp_path / "arguments" / "school.yaml")
    shutil.copy(FIXTURES / "objections.yaml", tmp_path / "arguments" / "unit" / "bridge.yaml")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'course'\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def build(*args):
    return runner.invoke(app, ["build", *args])


def manifest(course):
    return json.loads((course / "diagrams" / "argmap-manifest.json").read_text())


def test_builds_svg_and_png_mirroring_subfolders(course):
    result = build("-j", "1")
    assert result.exit_code == 0, result.output
    for name in ("school.svg", "school.png", "unit/bridge.svg", "unit/bridge.png"):
        assert (course / "diagrams" / name).stat().st_size > 1000
    entries = manifest(course)["maps"]
    assert sorted(entries) == ["school.yaml", "unit/bridge.yaml"]
    assert entries["unit/bridge.yaml"]["outputs"]["png"]["path"] == "unit/bridge.png"
    assert "built 2 map(s), 0 up to date, 0 failed" in result.output


def test_second_build_skips_up_to_date_maps_and_redraws_a_changed_one(course):
    assert build("-j", "1").exit_code == 0
    svg = course / "diagrams" / "school.svg"
    os.utime(svg, (0, 0))  # file times must not matter
    again = build("-j", "1")
    assert "built 0 map(s), 2 up to date" in again.output
    assert svg.stat().st_mtime == 0
    map_file = course / "arguments" / "school.yaml"
    map_file.write_text(map_file.read_text().replace("an hour later", "two hours later"))
    changed = build("-j", "1")
    assert "built 1 map(s), 1 up to date" in changed.output
    assert b"two hours later" in svg.read_bytes()


def test_check_on_a_fresh_copy_with_new_file_times(course, tmp_path_factory):
    assert build("-j", "1").exit_code == 0
    clone = tmp_path_factory.mktemp("clone") / "course"
    shutil.copytree(course, clone)  # new mtimes everywhere, as after a git clone
    os.chdir(clone)
    result = build("--check")
    assert result.exit_code == 0 and "every diagram is up to date" in result.output


def test_check_lists_missing_stale_and_broken_and_builds_nothing(course):
    assert build("-j", "1").exit_code == 0
    (course / "diagrams" / "school.png").unlink()
    (course / "diagrams" / "unit" / "bridge.svg").write_text("<svg>edited by hand</svg>")
    (course / "arguments" / "broken.yaml").write_text(BROKEN)
    result = build("--check")
    assert result.exit_code == 1
    assert "diagrams/school.png: missing" in result.output
    assert "diagrams/unit/bridge.svg: stale" in result.output
    assert "broken.yaml: the map has 1 error(s)" in result.output
    assert not (course / "diagrams" / "school.png").exists()
    assert not (course / "diagrams" / "broken.svg").exists()


def test_maps_with_errors_are_skipped_and_the_rest_still_built(course):
    (course / "arguments" / "broken.yaml").write_text(BROKEN)
    result = build("-j", "2")
    assert result.exit_code == 1
    assert "broken.yaml:6:15: error:" in result.output and "skipped" in result.output
    assert (course / "diagrams" / "school.svg").exists() and not (course / "diagrams" / "broken.svg").exists()
    assert "broken.yaml" not in manifest(course)["maps"]


def test_gone_maps_are_warned_about_and_pruned(course):
    assert build("-j", "1").exit_code == 0
    (course / "arguments" / "unit" / "bridge.yaml").unlink()
    check = build("--check")
    assert check.exit_code == 0 and "bridge.svg: warning: its map unit/bridge.yaml is gone" in check.output
    pruned = build("--prune")
    assert pruned.exit_code == 0 and "deleted" in pruned.output
    assert not (course / "diagrams" / "unit" / "bridge.svg").exists()
    assert "unit/bridge.yaml" not in manifest(course)["maps"]
    assert (course / "diagrams" / "school.svg").exists()


def test_formats_and_folders_from_options_and_config(course):
    result = build("arguments/unit", "--out", "pictures", "-f", "pdf,dot")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (course / "pictures").iterdir()) == [
        "argmap-manifest.json",
        "bridge.dot",
        "bridge.pdf",
    ]
    (course / "pyproject.toml").write_text(
        "[tool.argmap]\nformats = ['dot']\ntheme = 'print'\nsource = 'arguments/unit'\nout = 'out'\n"
    )
    assert build().exit_code == 0
    assert "#F2CB75" not in (course / "out" / "bridge.dot").read_text()
    assert build("-f", "gif").exit_code == 2
    assert build("nowhere").exit_code == 2


def test_a_failing_dot_leaves_no_partial_file(course, monkeypatch):
    fake = course / "bin"
    fake.mkdir()
    script = fake / "dot"
    script.write_text("#!/bin/sh\necho 'Error: out of memory' >&2\nexit 3\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake}:{os.environ['PATH']}")
    result = build("-j", "1")
    assert result.exit_code == 1 and "Graphviz failed: Error: out of memory" in result.output
    assert list((course / "diagrams").rglob("*.svg")) == []
    assert [p.name for p in (course / "diagrams").rglob("*")] == ["argmap-manifest.json"]
    assert manifest(course)["maps"] == {}


def test_missing_graphviz_is_one_line(course, monkeypatch):
    from argmap.drawing import wasm_engine

    monkeypatch.setenv("PATH", str(course / "arguments"))
    monkeypatch.setattr(wasm_engine, "available", lambda fmt="svg": False)  # nor the WebAssembly fallback
    result = build()
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "apt-get install graphviz" in result.output
    assert build("-f", "dot").exit_code == 0  # the DOT format needs no Graphviz


def test_the_committed_diagrams_are_up_to_date(monkeypatch):
    """diagrams/ matches arguments/ and this renderer; after a change, run `./dev diagrams`."""
    from support.paths import ROOT

    monkeypatch.chdir(ROOT)
    result = build("--check")
    assert result.exit_code == 0, result.output


def test_quiet_when_not_a_terminal(course):
    result = build("-j", "1")
    assert result.output.splitlines() == ["built 2 map(s), 0 up to date, 0 failed"]
