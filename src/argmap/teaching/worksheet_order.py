"""Numbering a worksheet's blanks as a reader meets them on the drawn page: top to bottom,
then left to right, read from the laid-out SVG (the outline's order is a walk of the
argument, which on the page can put (1) bottom left and (10) top right)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from argmap.drawing.options import RenderOptions
from argmap.model import ArgumentMap

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_SVG = "{http://www.w3.org/2000/svg}"


def page_order(amap: ArgumentMap, options: RenderOptions, dom_ids: dict[str, str]) -> list[str]:
    """The keys of ``dom_ids`` (node id -> the SVG group id that draws it) sorted by where
    their boxes are drawn: by row (centres within half a box's height count as one row), then
    from left to right. A node the drawing does not show keeps its place at the end."""
    from argmap.drawing import render_bytes

    boxes = _boxes(render_bytes(amap, options, "svg"))
    drawn = [node for node, dom in dom_ids.items() if dom in boxes]
    drawn.sort(key=lambda node: (boxes[dom_ids[node]][1], boxes[dom_ids[node]][0]))
    rows: list[list[str]] = []
    for node in drawn:
        x, y, height = boxes[dom_ids[node]]
        if rows and abs(boxes[dom_ids[rows[-1][0]]][1] - y) <= height / 2:
            rows[-1].append(node)
        else:
            rows.append([node])
    ordered = [node for row in rows for node in sorted(row, key=lambda n: boxes[dom_ids[n]][0])]
    return ordered + [node for node in dom_ids if node not in boxes and node not in ordered]


def _boxes(svg: bytes) -> dict[str, tuple[float, float, float]]:
    """SVG group id -> (centre x, centre y, height) of its outline (SVG's y grows downwards)."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{_SVG}g"):
        node_id = group.get("id")
        if group.get("class") != "node" or not node_id:
            continue
        shape = next((e for e in group.iter() if e.tag in (f"{_SVG}path", f"{_SVG}polygon", f"{_SVG}ellipse")), None)
        points = _points(shape) if shape is not None else []
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            found[node_id] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(ys) - min(ys))
    return found


def _points(shape: ET.Element) -> list[tuple[float, float]]:
    if shape.tag.endswith("ellipse"):
        cx, cy, ry = (float(shape.get(a, "0")) for a in ("cx", "cy", "ry"))
        return [(cx, cy - ry), (cx, cy + ry)]
    numbers = [float(n) for n in _NUMBER.findall(shape.get("d") or shape.get("points") or "")]
    return list(zip(numbers[0::2], numbers[1::2]))
