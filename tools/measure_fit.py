"""How well rendered diagrams fit a slide and a page: proportions and the size body text
(12 pt in the drawing) comes out at when the picture is scaled to fit.

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
    head = svg.read_text(encoding="utf-8")[:2000]
    width, height = (float(re.search(rf'{k}="([\d.]+)pt"', head).group(1)) / 72 for k in ("width", "height"))
    return width, height


def main(paths: list[str]) -> None:
    for path in paths:
        width, height = size_in_inches(Path(path))
        fits = ", ".join(f"{name} {BODY_PT * min(1.0, w / width, h / height):.1f} pt"
                         for name, (w, h) in PAGES.items())
        print(f"{path}: {width:.1f} × {height:.1f} in, {width / height:.2f}:1; body text on {fits}")


if __name__ == "__main__":
    main(sys.argv[1:])
