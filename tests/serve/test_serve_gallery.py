"""`argmap serve`'s map states, without a server: the last good diagram survives errors,
problems carry file:line:col, clicking data is there for every box."""

from __future__ import annotations

import textwrap

from argmap.serve.gallery import Gallery, svg_element
from support.markers import needs_dot

pytestmark = needs_dot

MAP = textwrap.dedent("""\
    title: Umbrellas
    speakers:
      ana: {name: Ana Silva, role: Forecaster}
    claims:
      rain:
        text: It will rain.
        speaker: ana
        quote: "rain is likely"
        note: From the morning forecast.
      umbrella: Take an umbrella.
    arguments:
      weather:
        premises: [rain]
        supports: umbrella
        label: Weather
    """)


def test_a_good_map_is_drawn_with_details_for_each_box(tmp_path):
    (tmp_path / "m.yaml").write_text(MAP)
    gallery = Gallery(tmp_path / "m.yaml")
    view = gallery.refresh("m.yaml")
    assert view.version == 1 and view.problems == [] and not view.stale
    assert view.svg.startswith("<svg") and 'id="claim&#45;rain"' in view.svg
    rain = view.details["claim-rain"]
    assert (rain["speaker"], rain["role"], rain["quote"], rain["note"]) == (
        "Ana Silva",
        "Forecaster",
        "rain is likely",
        "From the morning forecast.",
    )
    assert view.details["arg-weather"]["premises"] == ["rain"]
    assert view.summary() == {"key": "m.yaml", "title": "Umbrellas", "version": 1, "errors": 0, "warnings": 0}


def test_errors_keep_the_last_good_diagram(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(MAP)
    gallery = Gallery(path)
    good = gallery.refresh("m.yaml").svg
    path.write_text(MAP.replace("supports: umbrella", "supports: umbrela"))
    view = gallery.refresh("m.yaml")
    assert view.version == 2 and view.stale and view.svg == good
    [problem] = view.problems
    assert (problem["path"], problem["line"], problem["column"], problem["rule"]) == (
        str(path),
        14,
        15,
        "unknown-reference",
    )
    assert "did you mean `umbrella`" in problem["message"]
    path.write_text(MAP.replace("It will rain.", "Showers are coming."))
    view = gallery.refresh("m.yaml")
    assert not view.stale and "Showers are coming." in view.svg


def test_a_first_version_with_errors_has_no_diagram(tmp_path):
    (tmp_path / "m.yaml").write_text("title: [unclosed\n")
    view = Gallery(tmp_path / "m.yaml").refresh("m.yaml")
    assert view.svg is None and not view.stale
    assert [p["rule"] for p in view.problems] == ["yaml-syntax"]
    assert view.state()["errors"] == 1


def test_a_folder_is_searched_and_a_deleted_map_is_dropped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.yaml").write_text(MAP)
    (tmp_path / "sub" / "b.yml").write_text(MAP)
    (tmp_path / "notes.txt").write_text("not a map")
    gallery = Gallery(tmp_path)
    assert gallery.keys_on_disk() == ["a.yaml", "sub/b.yml"]
    gallery.refresh_all()
    assert sorted(gallery.views) == ["a.yaml", "sub/b.yml"]
    assert gallery.key_for(tmp_path / "sub" / "b.yml") == "sub/b.yml"
    assert gallery.key_for(tmp_path / "notes.txt") is None
    (tmp_path / "a.yaml").unlink()
    assert gallery.refresh("a.yaml") is None and sorted(gallery.views) == ["sub/b.yml"]


def test_a_single_map_ignores_its_neighbours(tmp_path):
    (tmp_path / "m.yaml").write_text(MAP)
    gallery = Gallery(tmp_path / "m.yaml")
    assert gallery.key_for(tmp_path / "m.yaml") == "m.yaml"
    assert gallery.key_for(tmp_path / "other.yaml") is None


def test_svg_element_drops_the_prolog():
    assert svg_element('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<!-- c -->\n<svg a="1"></svg>') == '<svg a="1"></svg>'
