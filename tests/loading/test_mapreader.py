"""The map's own fields (mapreader): each bad one is a problem at its line, the rest is read."""

from __future__ import annotations

import pytest

from argmap.loading.loader import load_text

HEAD = "title: T\nclaims:\n  a: A claim.\n  b:\n    text: B claim.\n    supports: a\n"


@pytest.mark.parametrize(
    ("tail", "line", "message"),
    [
        ("steps: a\n", 7, "`steps` must be a list of steps, not"),
        ("argmap: 2\n", 7, "unsupported format version `2`"),
        ("source:\n  date: 2022-13-45\n", 8, "date"),
    ],
)
def test_a_bad_map_field_is_reported_where_it_is(tail, line, message):
    loaded = load_text(HEAD + tail, "map.yaml")
    found = [p for p in loaded.problems if message in p.message]
    assert found, [p.message for p in loaded.problems]
    assert found[0].location.line == line


def test_the_fields_around_the_claims_are_read():
    text = (
        HEAD
        + 'source:\n  title: An article\n  date: "2022-03-02"\nspeakers:\n  jen: Jen Psaki\nsteps:\n  - [a]\n  - [b]\n'
    )
    amap = load_text(text, "map.yaml").map
    assert amap is not None and amap.title == "T" and amap.version == 1
    assert amap.source is not None and amap.source.title == "An article" and amap.source.date == "2022-03-02"
    assert list(amap.speakers) == ["jen"] and amap.steps == (("a",), ("b",))
