"""A drawn map as HTML for a page: the SVG inlined (no XML prolog, ids made unique) in a
``<figure>`` with a caption (title and source) and the text outline as the description
that screen readers read, also offered to every reader in a closed ``<details>``."""

from __future__ import annotations

import html
import re

from argmap.drawing.svg import inline_svg
from argmap.model import ArgumentMap

CAPTION_STYLE = "text-align:center;font-size:0.9em"


def figure(amap: ArgumentMap, svg: str, prefix: str) -> str:
    """The whole ``<figure>``; every text from the map is escaped. It has no blank line, so
    Markdown processors pass it through as one raw HTML block."""
    caption_id, outline_id = f"{prefix}-caption", f"{prefix}-outline"
    described = outline_text(amap)
    parts = [
        f'<figure class="argmap" id="{prefix}">',
        inline_svg(svg, prefix, caption_id, outline_id).rstrip(),
        f'<figcaption id="{caption_id}" style="{CAPTION_STYLE}">{caption_html(amap)}</figcaption>',
    ]
    text = html.escape(described.strip()).replace("\n", "&#10;")
    parts.append(
        f'<details class="argmap-outline"><summary>Text outline</summary>'
        f'<pre id="{outline_id}" style="white-space:pre-wrap">{text}</pre></details>'
    )
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
