"""What `validate` and `render` leave out of their start-up: modules they do not use on the
ordinary path (speed itself is measured in bench/, never by a timed test)."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.markers import needs_dot
from support.paths import ROOT
from support.processes import imports_after


def _after(folder: Path, *args: str) -> tuple[frozenset[str], str | None]:
    """The modules imported by running argmap in ``folder`` (no pyproject.toml above it), and
    what PyYAML's pure-Python reader holds as its pattern of non-printable characters."""
    run = imports_after(*args, cwd=folder)
    return run.modules, run.yaml_pattern


def _a_map_outside_any_project(tmp_path: Path) -> Path:
    assert not any((folder / "pyproject.toml").exists() for folder in [tmp_path, *tmp_path.parents])
    shutil.copy(ROOT / "arguments" / "nato-no-fly-zone.yaml", tmp_path / "map.yaml")
    return tmp_path


def test_validate_leaves_out_writing_json_toml_and_word_lists(tmp_path):
    modules, pattern = _after(_a_map_outside_any_project(tmp_path), "validate", "map.yaml")
    assert "argmap.checking.checker" in modules  # it really validated
    assert {"tempfile", "json", "tomllib", "argmap.words", "html"} & modules == set()
    assert pattern == "CompiledOnFirstUse"  # libyaml read the map


def test_validate_teaching_still_has_its_word_lists(tmp_path):
    modules, _ = _after(_a_map_outside_any_project(tmp_path), "validate", "--teaching", "map.yaml")
    assert "argmap.words" in modules


@needs_dot
def test_render_to_svg_leaves_out_html_and_package_resources(tmp_path):
    modules, pattern = _after(_a_map_outside_any_project(tmp_path), "render", "map.yaml", "-o", "map.svg")
    assert (tmp_path / "map.svg").read_bytes().startswith(b"<?xml")
    assert "html" not in modules and "tomllib" not in modules
    assert {"importlib.resources", "zipfile"} & modules == set()  # the font table read with pkgutil
    assert pattern == "CompiledOnFirstUse"
