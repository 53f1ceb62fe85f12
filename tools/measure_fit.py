"""How well rendered diagrams fit a slide and a page: proportions and the size body text
(12 pt in the drawing) comes out at when the picture is scaled to fit. The SVG's own scale
(Graphviz's ``transform="scale(…)"`` on the graph, from ``--page``) counts too: a picture
already shrunk to a page has smaller text than its size suggests.

    .venv/bin/python tools/measure_fit.py diagrams/*.svg
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BODY_PT = 12.0
PAGES = {  # printable area in inches (0.3-inch margins)
    "16:9 slide": (13.333 - 0.6, 7.5 - 0.6),
    "A4 landscape": (11.69 - 0.6, 8.27 - 0.6),
    "A4 portrait": (8.27 - 0.6, 11.69 - 0.6),
}


def size_in_inches(svg: Path) -> tuple[float, float]:
    head = svg.read_text(encoding="utf-8")[:4000]
    width, height = (float(re.search(rf'{k}="([\d.]+)pt"', head).group(1)) / 72 for k in ("width", "height"))
    return width, height


def drawing_scale(svg: Path) -> float:
    """What the SVG's transforms shrink the drawing by: the graph group's ``scale(sx sy)``
    (the smaller of the two), times the viewBox's against the width and height."""
    head = svg.read_text(encoding="utf-8")[:4000]
    found = re.search(r'<g id="graph0"[^>]*transform="[^"]*scale\(([\d.]+)[ ,]*([\d.]*)\)', head)
    scale = min(float(found.group(1)), float(found.group(2) or found.group(1))) if found else 1.0
    box = re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"', head)
    if box:
        width, height = size_in_inches(svg)
        scale *= min(width * 72 / float(box.group(1)), height * 72 / float(box.group(2)))
    return scale


def body_text(svg: Path) -> dict[str, float]:
    """Per page, the points body text comes out at when the picture is scaled to fit it."""
    width, height = size_in_inches(svg)
    drawn = BODY_PT * drawing_scale(svg)
    return {name: drawn * min(1.0, w / width, h / height) for name, (w, h) in PAGES.items()}


def main(paths: list[str]) -> None:
    for path in paths:
        width, height = size_in_inches(Path(path))
        fits = ", ".join(f"{name} {points:.1f} pt" for name, points in body_text(Path(path)).items())
        print(f"{path}: {width:.1f} × {height:.1f} in, {width / height:.2f}:1; body text on {fits}")


if __name__ == "__main__":
    main(sys.argv[1:])
