"""Making Graphviz's SVG readable by screen readers: the map's title as the graph's
``<title>`` (Graphviz writes the DOT graph's name there) and a ``<desc>`` with the text
alternative: the outline of what the drawing shows (``describe.py``)."""

from __future__ import annotations

from html import escape as _escape

from argmap.model import ArgumentMap

GRAPH_TITLE = "<title>argmap</title>"  # what Graphviz writes for ``digraph argmap``


def text_alternative(amap: ArgumentMap, options=None) -> str | None:
    """The outline of what the drawing shows: the focused part only, without the hidden
    steps of a reveal, with a worksheet's blanks instead of the texts they hide."""
    from argmap.drawing.describe import description
    from argmap.drawing.options import RenderOptions

    return description(amap, options or RenderOptions())


def accessible(svg: bytes, title: str, description: str | None) -> bytes:
    """``svg`` with ``title`` (and ``description``) in place of the graph's generated title."""
    text = svg.decode("utf-8")
    if GRAPH_TITLE not in text:
        return svg
    from argmap.drawing.labels import clean

    replacement = f"<title>{_escape(clean(title), quote=False)}</title>"  # control characters are not XML
    if description:
        replacement += f"\n<desc>{_escape(clean(description), quote=False)}</desc>"
    return text.replace(GRAPH_TITLE, replacement, 1).encode("utf-8")
