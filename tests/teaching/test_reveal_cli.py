"""argmap reveal: one diagram per step, nothing moving from one step to the next."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading.loader import load_path
from argmap.steps import reveal_steps
from argmap.teaching.reveal import step_name
from support.drawing import svg_groups
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
pytestmark = needs_dot


def geometry(group) -> list:
    """Where a node's box (or a line's path) and its texts are drawn."""
    shapes = [e.get("d") or e.get("points") for e in group.iter() if e.tag.endswith(("path", "polygon"))]
    texts = [(e.get("x"), e.get("y")) for e in group.iter() if e.tag.endswith("text")]
    return shapes + texts


@pytest.fixture(scope="module")
def seed_steps(tmp_path_factory):
    out = tmp_path_factory.mktemp("reveal")
    result = runner.invoke(app, ["reveal", str(SEED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output, sorted(out.glob("*.svg"))


def test_one_file_per_step_named_for_slides(seed_steps):
    out, output, files = seed_steps
    amap = load_path(SEED).map
    count = len(reveal_steps(amap))
    assert [f.name for f in files] == [f"nato-no-fly-zone-step{i:02d}.svg" for i in range(1, count + 1)]
    assert output == (
        f"wrote {count} steps to {out}/ (nato-no-fly-zone-step01.svg … nato-no-fly-zone-step{count:02d}.svg)\n"
    )


def test_each_step_shows_what_it_reveals_and_nothing_else(seed_steps):
    _, _, files = seed_steps
    amap = load_path(SEED).map
    for shown, path in zip(reveal_steps(amap), files):
        claims = {i.removeprefix("claim-") for i in svg_groups(path.read_bytes()) if i.startswith("claim-")}
        assert claims == {c for c in shown if c in amap.claims}, path.name


def test_nodes_and_lines_never_move_between_steps(seed_steps):
    _, _, files = seed_steps
    seen: dict[str, list] = {}
    compared = 0
    for path in files:
        svg = path.read_bytes()
        for kind in ("node", "edge"):
            for element_id, group in svg_groups(svg, kind).items():
                where = geometry(group)
                if element_id in seen:
                    assert where == seen[element_id], f"{element_id} moved in {path.name}"
                    compared += 1
                seen[element_id] = where
    assert compared > 150  # the conclusion alone is compared 13 times


def test_new_claims_have_a_thick_border_and_no_highlight_turns_it_off(seed_steps, tmp_path):
    _, _, files = seed_steps
    step2 = svg_groups(files[1].read_bytes())
    assert _stroke_width(step2["claim-biden-no-troops"]) == "3.6"
    later = svg_groups(files[2].read_bytes())
    assert _stroke_width(later["claim-biden-no-troops"]) != "3.6"
    result = runner.invoke(app, ["reveal", str(SEED), "--out", str(tmp_path), "--no-highlight"])
    assert result.exit_code == 0
    plain = svg_groups((tmp_path / "nato-no-fly-zone-step02.svg").read_bytes())
    assert _stroke_width(plain["claim-biden-no-troops"]) != "3.6"


def _stroke_width(group) -> str | None:
    shape = next(e for e in group.iter() if e.tag.endswith(("path", "polygon")))
    return shape.get("stroke-width")


def test_steps_from_the_map_and_leftovers_removed(tmp_path):
    src = tmp_path / "m.yaml"
    src.write_text(
        "title: t\nclaims:\n  c: C.\n  p:\n    text: P.\n    supports: c\n  q:\n    text: Q.\n"
        "    attacks: c\nsteps:\n  - [c, q]\n  - p\n"
    )
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "m-step07.png").write_bytes(b"old")
    (tmp_path / "out" / "m-step07.svg").write_bytes(b"other format: kept")
    result = runner.invoke(app, ["reveal", str(src), "--out", str(tmp_path / "out"), "-f", "png"])
    assert result.exit_code == 0 and "removed 1 left over" in result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["m-step01.png", "m-step02.png", "m-step07.svg"]
    assert (tmp_path / "out" / "m-step01.png").read_bytes().startswith(b"\x89PNG")


def test_errors_and_bad_options(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: t\nclaims:\n  a:\n    text: x\n    supports: nowhere\n")
    result = runner.invoke(app, ["reveal", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "unknown target `nowhere`" in result.output
    assert not (tmp_path / "o").exists()
    assert runner.invoke(app, ["reveal", str(SEED), "--out", str(tmp_path), "-f", "gif"]).exit_code == 2
    assert runner.invoke(app, ["reveal", str(SEED), "--out", str(tmp_path), "--page", "poster"]).exit_code == 2


def test_step_names_widen_past_99():
    assert step_name("m", 7, 120, "svg") == "m-step007.svg"
