"""The library API a script uses (argmap/__init__.py, docs/api.md)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import argmap
from support.markers import needs_dot
from support.paths import ROOT

SEED = ROOT / "arguments/fare-free-buses.yaml"


def test_check_map_reads_and_checks_a_file():
    checked = argmap.check_map(SEED)
    assert checked.usable and checked.map is not None
    assert checked.map.title and len(checked.map.claims) > 5


def test_check_map_reads_text_and_reports_problems_with_positions():
    checked = argmap.check_map("inline.yaml", text="title: T\nclaims:\n  a: {text: A, supports: nope}\n")
    assert not checked.usable
    problem = checked.errors[0]
    assert (problem.rule, problem.location.path, problem.location.line) == ("unknown-reference", "inline.yaml", 3)


def test_to_dot_and_export_and_import_round_trip(tmp_path):
    amap = argmap.check_map(SEED).map
    dot = argmap.to_dot(amap, theme="print", legend=False)
    assert dot.startswith("digraph") and "legend" not in dot
    exported = argmap.export(amap, "json")
    assert json.loads(exported)["title"] == amap.title
    (tmp_path / "m.json").write_text(exported, encoding="utf-8")
    yaml_text, problems = argmap.import_map(tmp_path / "m.json", "json")
    again = argmap.check_map("again.yaml", text=yaml_text)
    assert again.usable and set(again.map.claims) == set(amap.claims)
    with pytest.raises(KeyError):
        argmap.export(amap, "docx")


@needs_dot
def test_render_gives_the_bytes_argmap_render_writes(tmp_path):
    amap = argmap.check_map(SEED).map
    svg = argmap.render(amap, "svg")
    subprocess.run([sys.executable, "-m", "argmap", "render", str(SEED), "-o", str(tmp_path / "m.svg")], check=True)
    assert svg == (tmp_path / "m.svg").read_bytes()


def test_import_argmap_is_cheap_and_names_are_lazy():
    code = "import sys, argmap; print('argmap.drawing' in sys.modules, 'typer' in sys.modules, 'yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False", "False"]
    assert set(argmap.__all__) <= set(dir(argmap)) | set(argmap._LAZY) | {"__version__"}
    with pytest.raises(AttributeError):
        argmap.no_such_thing  # noqa: B018
