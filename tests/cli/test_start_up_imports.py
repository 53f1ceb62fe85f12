"""What `validate` and `render` leave out of their start-up: modules they do not use on the
ordinary path (speed itself is measured in bench/, never by a timed test)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

from support.markers import needs_dot
from support.paths import ROOT

_RUN = """
import sys
sys.argv = ["argmap", *sys.argv[1:]]
from argmap.cli.entry import main
try:
    main()
except SystemExit:
    pass
reader = sys.modules.get("yaml.reader")
pattern = type(reader.Reader.NON_PRINTABLE).__name__ if reader else None
print(repr((sorted(sys.modules), pattern)), file=sys.stderr)
"""


def _after(folder: Path, *args: str) -> tuple[set[str], str | None]:
    """The modules imported by running argmap in ``folder`` (no pyproject.toml above it), and
    what PyYAML's pure-Python reader holds as its pattern of non-printable characters."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, *args], capture_output=True, text=True, cwd=folder, env=env, timeout=120
    )
    modules, pattern = ast.literal_eval(done.stderr.strip().splitlines()[-1])
    return set(modules), pattern


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
