"""Golden DOT files: the exact DOT for small maps that together use every visual feature.

After a deliberate change to the picture, rewrite them with
``ARGMAP_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render_golden.py``, render
them (``dot -Tpng tests/golden/render/NAME.dot -o /tmp/NAME.png``), look at every one, and
commit them only when they look right.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from argmap.drawing import Decoration, RenderOptions, to_dot
from support import paths
from support.drawing import fixture_map

GOLDEN = paths.GOLDEN / "render"
UPDATE = os.environ.get("ARGMAP_UPDATE_GOLDEN") == "1"

CASES = {
    # linked premises, an implicit premise, three speakers, a shorthand arrow, a source line
    "linked": ("linked", RenderOptions()),
    # rebuttal, counter-rebuttal, undercutter and backing at one junction
    "objections": ("objections", RenderOptions()),
    "objections-print": ("objections", RenderOptions(theme="print")),
    # an argument's label and scheme inside its junction
    "captions": ("captions", RenderOptions()),
    "linked-print-lr-plain": ("linked", RenderOptions(theme="print", direction="LR", legend=False, speakers=False)),
    # what the teaching and evaluation features use: focus, hidden, decorations, extra legend rows
    "objections-teaching": (
        "objections",
        RenderOptions(
            focus="done-this-year",
            depth=1,
            hidden=frozenset({"steel-late.attacks.done-this-year"}),
            decorations={
                "on-schedule": Decoration(
                    mark="✓", node_attrs={"color": "#006400", "penwidth": "3"}, tooltip_extra="accepted"
                ),
                "steel-late": Decoration(label="(1) ______"),
                "schedule-argument": Decoration(mark="?"),
            },
            extra_legend=(("✓", "accepted"), ("(1)", "fill in the blank")),
        ),
    ),
    "slide-page": ("objections", RenderOptions(page="slide")),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_dot_matches_the_reviewed_golden_file(case):
    fixture, options = CASES[case]
    dot = to_dot(fixture_map(fixture), options)
    path = GOLDEN / f"{case}.dot"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(dot, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}; run with ARGMAP_UPDATE_GOLDEN=1 and review it"
    assert dot == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", sorted(CASES))
def test_golden_files_are_valid_dot(case):
    done = subprocess.run(["dot", "-Tsvg", str(GOLDEN / f"{case}.dot")], capture_output=True)
    assert done.returncode == 0 and done.stderr == b"", done.stderr
