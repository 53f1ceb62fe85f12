"""Forests through the command line: a 100-part forest and the largest AIF map of the
corpora draw within 2.5:1 at 170 dpi; --part and --split-parts draw parts, outline lists
them; a picture too large for a PNG is refused with advice, a lower dpi is said on stderr,
text too small for --page is warned about."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing import sizes
from support.forests import forest_yaml
from support.markers import needs_dot

ROOT = Path(__file__).resolve().parents[2]
AIF = ROOT.parent / "shared" / "corpora" / "aif"
runner = CliRunner()
pytestmark = needs_dot


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def svg_inches(data: bytes) -> tuple[float, float]:
    head = data[:3000].decode("utf-8")
    return tuple(float(re.search(rf'{k}="([\d.]+)pt"', head).group(1)) / 72 for k in ("width", "height"))


def drawn(path: Path, *options: str) -> tuple[int, int, str]:
    """The PNG's pixels wide and high and the warnings, after checking it is 170 dpi: its
    pixels are the SVG's inches times 170."""
    png = runner.invoke(app, ["render", str(path), "-o", "-", "-f", "png", *options])
    svg = runner.invoke(app, ["render", str(path), "-o", "-", "-f", "svg", *options])
    assert png.exit_code == 0 and svg.exit_code == 0, png.output
    (width, height), (inches_w, inches_h) = png_size(png.stdout_bytes), svg_inches(svg.stdout_bytes)
    assert width == pytest.approx(inches_w * sizes.PNG_DPI, abs=3)
    assert height == pytest.approx(inches_h * sizes.PNG_DPI, abs=3)
    return width, height, png.stderr


@pytest.fixture(scope="module")
def forest(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("forest") / "forest.yaml"
    path.write_text(forest_yaml(100), encoding="utf-8")
    return path


def test_a_100_part_forest_draws_within_2_5_to_1_at_170_dpi(forest):
    width, height, warnings = drawn(forest)
    assert max(width / height, height / width) <= 2.5
    assert "dpi" not in warnings


@pytest.mark.skipif(not AIF.is_dir(), reason="../shared/corpora/aif is not beside this repository")
def test_the_largest_aif_map_draws_within_2_5_to_1_at_170_dpi(tmp_path):
    largest = max(AIF.rglob("*.json"), key=lambda p: p.stat().st_size)
    imported = tmp_path / "largest.yaml"
    done = runner.invoke(app, ["import", str(largest), "--from", "aif", "-o", str(imported)])
    assert done.exit_code == 0, done.output
    width, height, _ = drawn(imported)
    assert max(width / height, height / width) <= 2.5


def test_render_part_draws_one_part_and_refuses_one_that_is_not_there(forest):
    done = runner.invoke(app, ["render", str(forest), "--part", "7", "-o", "-", "-f", "svg"])
    assert done.exit_code == 0, done.output
    assert set(re.findall(r"claim&#45;(p\d+)&#45;", done.stdout)) == {"p7"}
    assert "part 7 of 100" in done.stdout
    missing = runner.invoke(app, ["render", str(forest), "--part", "101", "-o", "-"])
    assert missing.exit_code == 2 and "100 parts" in missing.output


def test_split_parts_writes_one_diagram_per_part(tmp_path):
    small = tmp_path / "small.yaml"
    small.write_text(forest_yaml(5, seed=3), encoding="utf-8")
    done = runner.invoke(app, ["render", str(small), "--split-parts", "-o", str(tmp_path / "out")])
    assert done.exit_code == 0, done.output
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == [f"small-part0{n}.svg" for n in range(1, 6)]
    third = (tmp_path / "out" / "small-part03.svg").read_text(encoding="utf-8")
    assert set(re.findall(r"claim&#45;(p\d+)&#45;", third)) == {"p3"}
    for clash in (["--part", "2"], ["--focus", "p1-c0"], ["-o", "-"]):
        refused = runner.invoke(app, ["render", str(small), "--split-parts", *clash])
        assert refused.exit_code == 2 and "--split-parts" in refused.output


def test_outline_lists_the_parts(forest):
    done = runner.invoke(app, ["outline", str(forest)])
    assert done.exit_code == 0
    headings = re.findall(r"^Part (\d+) of 100 \(\d+ claims?\)$", done.stdout, re.M)
    assert headings == [str(n) for n in range(1, 101)]


def test_page_slide_warns_when_text_comes_out_under_6_pt(forest):
    done = runner.invoke(app, ["render", str(forest), "--page", "slide", "-o", "-", "-f", "svg"])
    assert done.exit_code == 0
    assert "--page slide" in done.output and "pt" in done.output and "--split-parts" in done.output


def test_a_lower_dpi_is_said_and_a_png_too_large_is_refused(forest, monkeypatch, tmp_path):
    monkeypatch.setattr(sizes, "MAX_SIDE", 4000)  # the forest is about 45 inches: 88 dpi
    done = runner.invoke(app, ["render", str(forest), "-o", str(tmp_path / "f.png")])
    assert done.exit_code == 0 and "dpi instead of 170" in done.output
    assert max(png_size((tmp_path / "f.png").read_bytes())) <= 4000
    monkeypatch.setattr(sizes, "MAX_SIDE", 2000)  # below 72 dpi
    refused = runner.invoke(app, ["render", str(forest), "-o", str(tmp_path / "g.png")])
    assert refused.exit_code == 1 and "--split-parts" in refused.output and "SVG" in refused.output
    assert not (tmp_path / "g.png").exists()


def test_build_and_reveal_say_when_a_png_is_drawn_below_170_dpi(tmp_path, monkeypatch):
    monkeypatch.setattr(sizes, "MAX_SIDE", 2000)  # a 5-part forest is about 17 inches: ~117 dpi
    (tmp_path / "arguments").mkdir()
    (tmp_path / "arguments" / "small.yaml").write_text(forest_yaml(5, seed=3), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    built = runner.invoke(app, ["build", "-f", "png", "-j", "1"])
    assert built.exit_code == 0, built.output
    assert "small.yaml: warning: png:" in built.output and "dpi instead of 170" in built.output
    assert max(png_size((tmp_path / "diagrams" / "small.png").read_bytes())) <= 2000
    revealed = runner.invoke(app, ["reveal", "arguments/small.yaml", "-o", "steps", "-f", "png"])
    assert revealed.exit_code == 0, revealed.output
    assert revealed.output.count("dpi instead of 170") == 1  # once, not at every step
