"""A map of many unconnected parts is packed into a block, each part's conclusion numbered
(never "main conclusion"); a few parts stay side by side; a connected map is drawn as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.drawing import RenderOptions, to_dot
from argmap.drawing.errors import OptionError
from argmap.drawing.outline import outline
from argmap.drawing.parts import part_map, parts
from argmap.loading.loader import load_path, load_text
from support.forests import forest_yaml

ROOT = Path(__file__).resolve().parents[2]
FOREST = load_text(forest_yaml(100), "forest.yaml").map
NATO = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
TWO = load_text(
    "title: Two\nclaims:\n  a: A.\n  b: {text: B., supports: a}\n  c: C.\n  d: {text: D., supports: c}\n", "two.yaml"
).map


def test_parts_are_the_unconnected_pieces_in_map_order():
    found = parts(FOREST)
    assert len(found) == 100
    assert [{c.split("-")[0] for c in part} for part in found[:3]] == [{"p1"}, {"p2"}, {"p3"}]
    assert len(parts(NATO)) == 1


def test_a_forest_is_packed_with_the_legend_under_the_title():
    dot = to_dot(FOREST)
    assert "pack=" in dot and 'packmode="node"' in dot
    assert "newrank" not in dot  # Graphviz 2.43 crashes when pack meets newrank
    assert "rank=same" not in dot  # one rank for all conclusions would join the parts
    assert not re.search(r"^\tlegend \[", dot, re.M)
    assert "a part&#x27;s conclusion" in dot or "a part's conclusion" in dot
    assert "main conclusion" not in dot


def test_each_part_s_conclusion_shows_its_number():
    dot = to_dot(FOREST)
    for number, part in enumerate(parts(FOREST), 1):
        top = f"p{number}-c0"
        assert top in part
        node = re.search(rf'^\t\w+ \[label=(.*)id="claim-{top}"', dot, re.M).group(1)
        assert f">part {number}<" in node


def test_two_small_parts_stay_side_by_side_but_are_numbered():
    dot = to_dot(TWO, RenderOptions(legend=False))  # with the legend beside them: wider than 2.5:1
    assert "pack=" not in dot and "newrank=true" in dot
    assert ">part 1<" in dot and ">part 2<" in dot and "main conclusion" not in dot


def test_a_connected_map_keeps_its_main_conclusion_and_layout():
    dot = to_dot(NATO)
    assert "pack=" not in dot and "main conclusion" in dot and ">part " not in dot


def test_a_focused_part_of_a_forest_is_one_part():
    dot = to_dot(FOREST, RenderOptions(focus="p3-c0"))
    assert "pack=" not in dot and ">part " not in dot and "main conclusion" in dot


def test_a_part_as_a_map_of_its_own():
    third = part_map(FOREST, 3)
    assert set(third.claims) == {c for c in parts(FOREST)[2] if c in FOREST.claims}
    assert third.title == "A generated forest of 100 parts — part 3 of 100"
    with pytest.raises(OptionError, match="100 parts"):
        part_map(FOREST, 101)
    assert part_map(NATO, 1).title == NATO.title


def test_the_outline_lists_the_parts():
    text = outline(TWO, parts=True)
    assert text.index("Part 1 of 2 (2 claims)") < text.index("A.") < text.index("Part 2 of 2") < text.index("C.")
    assert "Part 1" not in outline(TWO)  # the drawing's text alternative is unchanged
    assert "Part 1" not in outline(NATO, parts=True)
