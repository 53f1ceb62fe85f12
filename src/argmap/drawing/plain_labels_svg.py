"""The SVG of a graph laid out from ``plain_labels.prepare``, with its labels drawn in.

Graphviz drew each node as an empty box of its label's size; ``finish`` draws each label
(``html_label_svg``) at the centre of its node's box, with the fonts, sizes, colours and cell
backgrounds of the label, and moves the drawing down to put the title above it. Each node's
place is read from the box Graphviz drew for it (a hidden node has none).
"""

from __future__ import annotations

import re
from html import unescape

from argmap.drawing.html_label_svg import draw
from argmap.drawing.plain_labels import Prepared

TITLE_GAP = 4.0  # points between the title and the drawing

_NODE_GROUP = re.compile(r'<g id="[^"]*" class="node">\n<title>([^<]*)</title>')
_GROUP_TAG = re.compile(r"<g\b|</g>")
_SHAPE = re.compile(r'<(?:path|polygon)\b[^>]*? (?:d|points)="([^"]*)"')
_PAIR = re.compile(r"(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)")


def finish(svg: bytes, prepared: Prepared) -> bytes:
    """The SVG of ``prepared.dot`` with every label drawn at its node and the title on top. A
    node's place is the centre of the box Graphviz drew for it (a hidden node has none)."""
    text = svg.decode("utf-8")
    pieces, position = [], 0
    for match in _NODE_GROUP.finditer(text):
        block = prepared.labels.get(unescape(match.group(1)))
        if block is None:
            continue
        end = _group_end(text, match.start())
        centre = _centre(text[match.end() : end])
        if centre is not None:
            pieces += [text[position:end], draw(block, *centre, prepared.font), "\n"]
            position = end
    text = "".join(pieces) + text[position:]
    if prepared.title is not None:
        text = _with_title(text, prepared.title, prepared.font)
    return text.encode("utf-8")


def _group_end(svg: str, start: int) -> int:
    """Index of the ``</g>`` that closes the group opened at ``start``."""
    depth = 0
    for match in _GROUP_TAG.finditer(svg, start):
        depth += 1 if match.group() == "<g" else -1
        if depth == 0:
            return match.start()
    return len(svg)


def _centre(group: str) -> tuple[float, float] | None:
    """The centre of the first box drawn in a node's group (its outline's bounding box)."""
    shape = _SHAPE.search(group)
    if shape is None:
        return None
    points = [(float(x), float(y)) for x, y in _PAIR.findall(shape.group(1))]
    if not points:
        return None
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


_SVG_SIZE = re.compile(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"\s+viewBox="([-\d. ]+)"')
_GRAPH = re.compile(
    r'(<g id="graph0" class="graph" transform="scale\(([\d.]+) ([\d.]+)\) rotate\(0\) '
    r'translate\(([-\d.]+) ([-\d.]+)\)">\n<title>[^<]*</title>\n<polygon fill="[^"]*" '
    r'stroke="[^"]*" points=")([^"]*)("/>)'
)


def _with_title(svg: str, title, font: str) -> str:
    """The drawing moved down (and centred, if the title is wider) to make room for the title."""
    size, graph = _SVG_SIZE.search(svg), _GRAPH.search(svg)
    if not size or not graph:
        return svg
    width_pt, height_pt = float(size.group(1)), float(size.group(2))
    box = [float(v) for v in size.group(3).split()]
    scale, tx, ty = float(graph.group(2)), float(graph.group(4)), float(graph.group(5))
    local_w = box[2] / scale
    extra_w = max(0.0, title.width + 8 - local_w)
    extra_h = title.height + TITLE_GAP
    tx, ty = tx + extra_w / 2, ty + extra_h
    box[2] += extra_w * scale
    box[3] += extra_h * scale
    left, top = -tx, -ty
    right, bottom = left + box[2] / scale, top + box[3] / scale
    points = f"{left:.2f},{bottom:.2f} {left:.2f},{top:.2f} {right:.2f},{top:.2f} {right:.2f},{bottom:.2f} {left:.2f},{bottom:.2f}"
    head = (
        f'<svg width="{width_pt * box[2] / (box[2] - extra_w * scale):.0f}pt" '
        f'height="{height_pt * box[3] / (box[3] - extra_h * scale):.0f}pt"\n viewBox="{" ".join(f"{v:.2f}" for v in box)}"'
    )
    graph_head = (
        f'{graph.group(1).split(" transform=")[0]} transform="scale({graph.group(2)} {graph.group(3)}) '
        f'rotate(0) translate({tx:.2f} {ty:.2f})">'
    )
    rest = graph.group(1)[graph.group(1).index(">") + 1 :]
    drawn = draw(title, (left + right) / 2, top + 4 + title.height / 2, font)
    new_graph = graph_head + rest + points + graph.group(7) + "\n" + drawn
    return svg[: size.start()] + head + svg[size.end() : graph.start()] + new_graph + svg[graph.end() :]
