"""One map per script (tests/cases/scripts/), drawn by Graphviz's dot: every character has a
glyph in an installed font (fontconfig's coverage, as Pango falls back), every text line lies
inside its box, argmap's width estimate is close to the width Pango measured, and right-to-left
claims are aligned right. The PNG the WebAssembly engine draws (resvg) is checked for missing
glyphs by resvg's own report. Needs the fonts `./dev setup` installs."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import pytest

from argmap.drawing import measure, to_dot
from argmap.drawing.engine import layout
from argmap.loading.loader import load_path
from support.markers import needs_dot, needs_wasm

SCRIPTS = Path(__file__).resolve().parents[1] / "cases" / "scripts"
MAPS = sorted(p.stem for p in SCRIPTS.glob("*.yaml"))
RIGHT_TO_LEFT = {"arabic", "hebrew"}
pytestmark = [needs_dot]


def test_there_is_a_map_for_every_script_the_issue_names():
    assert {"latin", "cyrillic", "greek", "japanese", "chinese", "arabic", "hebrew", "hindi"} <= set(MAPS)


@cache
def drawn(name: str) -> dict:
    amap = load_path(SCRIPTS / f"{name}.yaml").map
    return json.loads(layout(to_dot(amap), "json", engine="dot"))


def texts(obj: dict) -> list[tuple[float, float, float, str]]:
    """(left, right, size, text) of every text line Graphviz placed in a node."""
    found, size = [], 14.0
    for op in obj.get("_ldraw_", []):
        if op["op"] == "F":
            size = op["size"]
        elif op["op"] == "T":
            x = op["pt"][0] - {"l": 0, "c": 0.5, "r": 1}[op["align"]] * op["width"]
            found.append((x, x + op["width"], size, op["text"]))
    return found


def claims(name: str) -> list[dict]:
    return [o for o in drawn(name)["objects"] if o.get("id", "").startswith("claim-")]


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Every codepoint some installed font has a glyph for."""
    listing = subprocess.run(["fc-list", "-f", "%{charset}\n"], capture_output=True, text=True, check=True).stdout
    codes: set[int] = set()
    for first, last in re.findall(r"([0-9a-f]+)(?:-([0-9a-f]+))?", listing):
        codes.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(codes)


@pytest.mark.parametrize("name", MAPS)
def test_every_character_drawn_has_a_glyph_in_an_installed_font(name):
    drawn_text = "".join(t for o in drawn(name)["objects"] for *_, t in texts(o))
    missing = {c for c in drawn_text if not c.isspace() and unicodedata.category(c) != "Cf" and ord(c) not in covered()}
    assert not missing, f"no installed font has {sorted(missing)}: a box of tofu would be drawn"
    assert any(ord(c) > 0x2FF for c in drawn_text)  # the script's own text was drawn


@pytest.mark.parametrize("name", MAPS)
def test_every_line_lies_inside_its_box(name):
    for obj in claims(name):
        x = float(obj["pos"].split(",")[0])
        half = float(obj["width"]) * 72 / 2
        lines = texts(obj)
        assert len(lines) >= 2, obj["id"]
        for left, right, _, text in lines:
            assert x - half + 3 <= left and right <= x + half - 3, (obj["id"], text)


@pytest.mark.parametrize("name", MAPS)
def test_the_width_estimate_is_close_to_what_pango_measured(name):
    """The estimate decides where lines wrap and how the picture is packed."""
    for obj in claims(name):
        for left, right, size, text in texts(obj):
            estimate = measure.width(text, size, bold=False)
            assert 0.85 <= estimate / (right - left) <= 1.2, (text, estimate, right - left)


@pytest.mark.parametrize("name", MAPS)
def test_right_to_left_claims_and_their_speaker_lines_are_aligned_right(name):
    for obj in claims(name):
        lines = texts(obj)
        lefts, rights = {round(left) for left, *_ in lines}, {round(r) for _, r, *_ in lines}
        flush, ragged = (rights, lefts) if name in RIGHT_TO_LEFT else (lefts, rights)
        assert max(flush) - min(flush) <= 1, (obj["id"], lines)
        assert max(ragged) - min(ragged) > 1, (obj["id"], lines)


@pytest.mark.parametrize("name", ["japanese", "chinese"])
def test_cjk_claims_are_wrapped_into_boxes_of_ordinary_width(name):
    for obj in claims(name):
        assert float(obj["width"]) * 72 < 260, obj["id"]


def resvg_missing_glyphs(svg: bytes, tmp_path: Path) -> list[str]:
    """resvg's warnings about characters no installed font has, drawing ``svg`` as the wasm
    engine's PNG is drawn (its log is written by the Rust library itself, hence the subprocess)."""
    import sys

    path = tmp_path / "drawing.svg"
    path.write_bytes(svg)
    code = (
        "import resvg_py, sys; png = resvg_py.svg_to_bytes(svg_path=sys.argv[1], dpi=170, log_information=True);"
        "print(len(png))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    log = (done.stdout + done.stderr).splitlines()
    assert int(done.stdout.split()[-1]) > 900  # a PNG was drawn
    return [line for line in log if "No fonts with" in line]


@needs_wasm
@pytest.mark.parametrize("name", MAPS)
def test_the_png_has_a_glyph_for_every_character(name, tmp_path):
    from argmap.drawing import RenderOptions, render_bytes

    amap = load_path(SCRIPTS / f"{name}.yaml").map
    svg = render_bytes(amap, RenderOptions(), "svg", engine="wasm")
    assert resvg_missing_glyphs(svg, tmp_path) == []


@needs_wasm
def test_the_png_check_does_see_a_missing_glyph(tmp_path):
    """Korean has no font among those ./dev installs: the same check reports it."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200pt" height="40pt"><text x="5" y="30" '
        'font-family="DejaVu Sans,Droid Sans Fallback,sans-serif" font-size="20">버스 bus</text></svg>'
    )
    assert len(resvg_missing_glyphs(svg.encode(), tmp_path)) == 2
