"""Making Graphviz's SVG readable by screen readers: the map's title as the graph's
``<title>`` (Graphviz writes the DOT graph's name there) and a ``<desc>`` with the text
alternative: the map's outline once ``argmap.outline`` exists, else its description."""

from __future__ import annotations

import importlib.util
from xml.sax.saxutils import escape

from ..model import ArgumentMap

GRAPH_TITLE = "<title>argmap</title>"  # what Graphviz writes for ``digraph argmap``


def text_alternative(amap: ArgumentMap) -> str | None:
    if importlib.util.find_spec("argmap.outline") is not None:
        from ..outline import outline  # the teaching feature; absent in older checkouts

        return outline(amap)
    return amap.description


def accessible(svg: bytes, title: str, description: str | None) -> bytes:
    """``svg`` with ``title`` (and ``description``) in place of the graph's generated title."""
    text = svg.decode("utf-8")
    if GRAPH_TITLE not in text:
        return svg
    replacement = f"<title>{escape(title)}</title>"
    if description:
        replacement += f"\n<desc>{escape(description)}</desc>"
    return text.replace(GRAPH_TITLE, replacement, 1).encode("utf-8")
