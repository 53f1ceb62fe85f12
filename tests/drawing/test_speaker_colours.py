"""Speaker colours a projector keeps apart: CIEDE2000 between every two speaker fills, as
they come out in a rendered diagram of a map with as many speakers as the palette has."""

from __future__ import annotations

import itertools
import re

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing.themes import OKABE_ITO, PAGE
from support.colour_difference import ciede2000, ciede2000_lab

SPEAKERS = [f"s{i}" for i in range(len(OKABE_ITO))]


@pytest.mark.parametrize(
    "first, second, expected",
    [  # Sharma, Wu and Dalal (2005), pairs 1, 17, 25
        ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
        ((50, 2.5, 0), (73, 25, -18), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ],
)
def test_the_colour_difference_is_ciede2000(first, second, expected):
    assert ciede2000_lab(first, second) == pytest.approx(expected, abs=1e-4)


def test_every_two_speaker_fills_in_a_diagram_differ_by_at_least_10(tmp_path):
    speakers = "".join(f"  {s}: Speaker {i}\n" for i, s in enumerate(SPEAKERS))
    claims = "  c: {text: Conclusion, speaker: s0}\n" + "".join(
        f"  p{i}: {{text: Reason {i}, speaker: {s}, supports: c}}\n" for i, s in enumerate(SPEAKERS[1:], 1)
    )
    path = tmp_path / "m.yaml"
    path.write_text(f"title: t\nspeakers:\n{speakers}claims:\n{claims}")
    result = CliRunner().invoke(app, ["render", str(path), "-o", str(tmp_path / "m.dot")])
    assert result.exit_code == 0, result.output
    dot = (tmp_path / "m.dot").read_text()
    fills = set(re.findall(r'\bfillcolor="(#[0-9A-F]{6})"', dot)) - {PAGE}
    assert fills == {fill for fill, _ in OKABE_ITO}
    closest = min(ciede2000(a, b) for a, b in itertools.combinations(sorted(fills), 2))
    assert closest >= 10, closest
    assert min(ciede2000(fill, PAGE) for fill in fills) >= 10  # and none reads as a white box
