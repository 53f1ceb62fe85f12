"""Making Graphviz's SVG readable by screen readers: the map's title as the graph's
``<title>`` (Graphviz writes the DOT graph's name there) and a ``<desc>`` with the text
alternative: the outline of what the drawing shows (``describe.py``)."""

from __future__ import annotations

import re

from argmap.model import ArgumentMap

GRAPH_TITLE = "<title>argmap</title>"  # what Graphviz writes for ``digraph argmap``


def text_alternative(amap: ArgumentMap, options=None) -> str | None:
    """The outline of what the drawing shows: the focused part only, without the hidden
    steps of a reveal, with a worksheet's blanks instead of the texts they hide."""
    from argmap.drawing.describe import description
    from argmap.drawing.options import RenderOptions

    return description(amap, options or RenderOptions())


def accessible(svg: bytes, title: str, description: str | None) -> bytes:
    """``svg`` with ``title`` (and ``description``) in place of the graph's generated title.
    Spliced as bytes: a 5,000-claim SVG (9 MB) is not decoded and encoded again for it."""
    at = svg.find(GRAPH_TITLE.encode())
    if at < 0:
        return svg
    from argmap.drawing.labels import clean

    replacement = f"<title>{_escape(clean(title))}</title>"  # control characters are not XML
    if description:
        replacement += f"\n<desc>{_escape(clean(description))}</desc>"
    return b"".join((svg[:at], replacement.encode("utf-8"), svg[at + len(GRAPH_TITLE) :]))


def _escape(text: str) -> str:
    """``html.escape(text, quote=False)``, without importing ``html`` and its 2,000-entity table."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_PROLOG = re.compile(r"\A(?:\s*<\?xml[^>]*\?>|\s*<!DOCTYPE[^>]*>|\s*<!--.*?-->)*\s*", re.S)
_ID = re.compile(r'(\sid=")([^"]*")')
_REFERENCE = re.compile(r'(url\(#|href="#)')
_SVG_TAG = re.compile(r"<svg\b")
_LINK = re.compile(r"<a\b")  # Graphviz wraps each node with a tooltip in <a xlink:title=...>
SVG_STYLE = "max-width:100%;height:auto"


def inline_svg(svg: str, prefix: str, label_id: str | None = None, description_id: str | None = None) -> str:
    """``svg`` for inlining into HTML: the prolog and the comments before ``<svg>`` dropped,
    every id (and every ``url(#…)``/``href="#…"`` pointing at one) prefixed with
    ``prefix-`` so several maps on one page never share an id, the tooltips' ``<a>``
    elements kept from the page's link underlining, and the root element
    labelled as an image (``aria-labelledby``/``aria-describedby`` naming the caption and
    outline when given)."""
    body = _PROLOG.sub("", svg, count=1).replace("\n\n", "\n&#10;")  # no blank line (see figure)
    body = _ID.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", body)
    body = _REFERENCE.sub(lambda m: f"{m.group(1)}{prefix}-", body)
    body = _LINK.sub('<a style="text-decoration:none"', body)  # page themes underline links
    aria = ' role="img"'
    if label_id:
        aria += f' aria-labelledby="{label_id}"'
    if description_id:
        aria += f' aria-describedby="{description_id}"'
    return _SVG_TAG.sub(f'<svg style="{SVG_STYLE}"{aria}', body, count=1).rstrip() + "\n"
