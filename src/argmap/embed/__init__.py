"""Argument maps inside documents: MkDocs, Sphinx, pandoc and Jupyter share this core.

A block (a Markdown fence ```` ```argmap ````, a Sphinx directive, a notebook cell) holds
either a map in YAML or ``file: path`` with options (``focus``, ``depth``, ``theme``,
``step``, ``direction``, ``legend``, ``speakers``). ``parse_block`` reads it, ``draw_block``
loads, validates and draws it (the same SVG as ``argmap render``), ``figure`` wraps the
SVG for a page. Every failure is an ``EmbedError`` naming the document and the block's
line, which each adapter turns into a failed build. The adapters import their tools
(mkdocs, sphinx, IPython); this core imports none of them.
"""

from __future__ import annotations

from argmap.embed.block import OPTION_KEYS, Block, parse_block
from argmap.embed.draw import Drawn, draw_block
from argmap.embed.errors import EmbedError
from argmap.embed.html import caption_html, figure, inline_svg

__all__ = [
    "OPTION_KEYS",
    "Block",
    "Drawn",
    "EmbedError",
    "caption_html",
    "draw_block",
    "figure",
    "inline_svg",
    "parse_block",
    "embed_html",
]


def embed_html(block: Block, prefix: str) -> tuple[str, Drawn]:
    """The block's ``<figure>`` and what was drawn (for the adapter's warnings and dependencies)."""
    drawn = draw_block(block)
    return figure(drawn.visible, drawn.svg, prefix), drawn
