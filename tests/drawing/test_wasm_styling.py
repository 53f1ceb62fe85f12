"""The WebAssembly engine draws what `dot` draws: for the same maps, the same nodes and edges,
the same text lines in each box, with the same font sizes, weights and colours, and the same
fills and borders (legend swatches included)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from argmap.drawing import RenderOptions, render_bytes
from argmap.loading.loader import load_path
from support.markers import needs_dot, needs_wasm

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
MAPS = [
    ROOT / "arguments" / "fare-free-buses.yaml",
    ROOT / "arguments" / "nato-no-fly-zone.yaml",
    *(ROOT / "tests" / "cases" / "scripts" / f"{name}.yaml" for name in ("japanese", "arabic", "hindi")),
]
pytestmark = [needs_dot, needs_wasm]


def both(path: Path, **options) -> tuple[ET.Element, ET.Element]:
    amap = load_path(path).map
    return tuple(
        ET.fromstring(render_bytes(amap, RenderOptions(**options), "svg", engine=engine)) for engine in ("dot", "wasm")
    )


def groups(root: ET.Element, cls: str) -> dict[str, ET.Element]:
    return {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("class") == cls}


def lines(group: ET.Element) -> list[str]:
    return [" ".join("".join(t.itertext()).split()) for t in group.iter(f"{SVG}text")]


def text_styles(group: ET.Element) -> set[tuple]:
    """(size, colour, bold) of every piece of text, wherever the attribute sits (text or tspan)."""
    found = set()
    for text in group.iter(f"{SVG}text"):
        for piece in [text, *text.iter(f"{SVG}tspan")]:
            if "".join(piece.itertext()).strip() and (piece.get("font-size") or piece is not text):
                size, fill, weight = (
                    piece.get(name) or text.get(name) for name in ("font-size", "fill", "font-weight")
                )
                found.add((float(size), (fill or "#000000").lower(), weight == "bold"))
    return found


def colours(group: ET.Element) -> set[str]:
    """Fills and strokes of the shapes drawn (boxes, cells, legend swatches), without "none"."""
    found = set()
    for shape in group.iter():
        if shape.tag in (f"{SVG}path", f"{SVG}polygon", f"{SVG}rect", f"{SVG}ellipse"):
            found |= {shape.get(a).lower() for a in ("fill", "stroke") if shape.get(a)}
    return found - {"none", "transparent"}


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_the_same_texts_in_the_same_boxes_with_the_same_styles(path):
    by_dot, by_wasm = both(path)
    dot_nodes, wasm_nodes = groups(by_dot, "node"), groups(by_wasm, "node")
    assert sorted(dot_nodes) == sorted(wasm_nodes)
    assert sorted(groups(by_dot, "edge")) == sorted(groups(by_wasm, "edge"))
    for node_id, dot_group in dot_nodes.items():
        wasm_group = wasm_nodes[node_id]
        if node_id.startswith("claim-"):  # line by line (the legend's symbols are split by colour in dot)
            assert lines(wasm_group) == lines(dot_group), node_id
        assert " ".join(lines(wasm_group)) == " ".join(lines(dot_group)), node_id
        dot_styles = {(size, colour, bold) for size, colour, bold in text_styles(dot_group)}
        wasm_styles = text_styles(wasm_group)
        # dot 2.43 writes the node's default size and colour on each text; compare what is set
        assert {s[0] for s in wasm_styles} == {s[0] for s in dot_styles}, node_id
        assert {s[2] for s in wasm_styles} == {s[2] for s in dot_styles}, node_id
        assert colours(wasm_group) == colours(dot_group), node_id


@pytest.mark.parametrize("path", MAPS[:1], ids=lambda p: p.stem)
def test_the_title_is_drawn_above_the_drawing_in_bold(path):
    by_dot, by_wasm = both(path)
    direct = lambda root: [  # noqa: E731
        " ".join("".join(t.itertext()).split()) for t in next(root.iter(f"{SVG}g")).findall(f"{SVG}text")
    ]
    assert direct(by_wasm) == direct(by_dot) == ["Should the city make its buses fare-free?"]
    title = next(next(by_wasm.iter(f"{SVG}g")).iter(f"{SVG}text"))
    boxes = [float(r.get("y")) for r in by_wasm.iter(f"{SVG}rect")]
    assert float(title.get("y")) < min(boxes)
    assert any(t.get("font-weight") == "bold" for t in title.iter(f"{SVG}tspan"))


def test_right_to_left_lines_end_at_the_right_of_their_box():
    _, by_wasm = both(ROOT / "tests" / "cases" / "scripts" / "arabic.yaml")
    node = groups(by_wasm, "node")["claim-staff-cost"]
    anchors = {t.get("text-anchor") for t in node.iter(f"{SVG}text")}
    rights = {t.get("x") for t in node.iter(f"{SVG}text")}
    assert anchors == {"end"} and len(rights) == 1


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_boxes_are_as_large_as_dot_makes_them(path):
    """argmap sizes the labels for the WebAssembly engine; dot measures them with Pango."""
    import json

    from argmap.drawing import to_dot
    from argmap.drawing.engine import layout

    source = to_dot(load_path(path).map)
    sizes = {}
    for engine in ("dot", "wasm"):
        objects = json.loads(layout(source, "json", engine=engine))["objects"]
        sizes[engine] = {o["name"]: (float(o["width"]), float(o["height"])) for o in objects if "width" in o}
    assert sizes["wasm"].keys() == sizes["dot"].keys()
    for name, (width, height) in sizes["dot"].items():
        ours = sizes["wasm"][name]
        assert abs(ours[0] - width) <= 0.08 * width + 0.02, (name, ours, (width, height))
        assert abs(ours[1] - height) <= 0.06 * height + 0.02, (name, ours, (width, height))
