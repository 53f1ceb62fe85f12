"""A drawn map as HTML for a page: the SVG inlined (no XML prolog, ids made unique) in a
``<figure>`` with a caption (title and source) and the text outline as the description
that screen readers read, also offered to every reader in a closed ``<details>``."""

from __future__ import annotations

import html
import re

from argmap.model import ArgumentMap

_PROLOG = re.compile(r"\A(?:\s*<\?xml[^>]*\?>|\s*<!DOCTYPE[^>]*>|\s*<!--.*?-->)*\s*", re.S)
_ID = re.compile(r'(\sid=")([^"]*")')
_REFERENCE = re.compile(r'(url\(#|href="#)')
_SVG_TAG = re.compile(r"<svg\b")
_LINK = re.compile(r"<a\b")  # Graphviz wraps each node with a tooltip in <a xlink:title=...>
SVG_STYLE = "max-width:100%;height:auto"
CAPTION_STYLE = "text-align:center;font-size:0.9em"


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


def figure(amap: ArgumentMap, svg: str, prefix: str) -> str:
    """The whole ``<figure>``; every text from the map is escaped. It has no blank line, so
    Markdown processors pass it through as one raw HTML block."""
    caption_id, outline_id = f"{prefix}-caption", f"{prefix}-outline"
    described = outline_text(amap)
    parts = [f'<figure class="argmap" id="{prefix}">',
             inline_svg(svg, prefix, caption_id, outline_id).rstrip(),
             f'<figcaption id="{caption_id}" style="{CAPTION_STYLE}">{caption_html(amap)}</figcaption>']
    text = html.escape(described.strip()).replace("\n", "&#10;")
    parts.append(f'<details class="argmap-outline"><summary>Text outline</summary>'
                 f'<pre id="{outline_id}" style="white-space:pre-wrap">{text}</pre></details>')
    parts.append("</figure>")
    return "\n".join(parts) + "\n"


def caption_html(amap: ArgumentMap) -> str:
    """The map's title, then its source (title, author, publisher, date; linked to its url)."""
    title = f'<span class="argmap-title">{html.escape(amap.title or "Untitled map")}</span>'
    source = amap.source
    if source is None:
        return title
    parts = [p for p in (source.title, source.author, source.publisher, source.date) if p]
    if not parts:
        return title
    text = html.escape(" · ".join(parts))
    if source.url and re.match(r"https?://", source.url):
        text = f'<a href="{html.escape(source.url, quote=True)}">{text}</a>'
    return f'{title} <span class="argmap-source">— Source: {text}</span>'


def outline_text(amap: ArgumentMap) -> str:
    """The map's text outline (``argmap outline``), the diagram's alt text."""
    from argmap.drawing.outline import outline

    return outline(amap, "text")
