"""Text for the drawing: wrapping, escaping, HTML-like labels and tooltips.

Every text from a map goes through ``esc`` (HTML-like labels) or ``tooltip`` (escString
attributes) before it reaches Graphviz, so quotes, <, >, &, braces, pipes and backslashes
come out literally.
"""

from __future__ import annotations

import html
import re
import textwrap
from typing import Iterable, Mapping

import graphviz

WRAP = 32  # characters a line in a claim's box
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")  # and XML's non-characters


def clean(text: str) -> str:
    """Control characters removed (they are not allowed in XML), whitespace runs kept."""
    return _CONTROL.sub("", text)


def wrap(text: str, width: int = WRAP) -> list[str]:
    """Lines of about ``width`` characters; words are never broken."""
    lines = textwrap.wrap(clean(text), width=width, break_long_words=False, break_on_hyphens=False)
    return lines or [""]


def esc(text: str) -> str:
    """Text for an HTML-like label: &, <, > and quotes as entities, and backslashes doubled
    (Graphviz expands escapes such as \\N, the node's name, even in HTML-like labels).
    ``]`` too: Graphviz 2.43 refuses a label whose text before a closing tag is only ``]``."""
    escaped = html.escape(clean(text), quote=False).replace('"', "&quot;").replace("\\", "\\\\")
    return escaped.replace("]", "&#93;")


def lines_html(lines: Iterable[str]) -> str:
    return "<BR/>".join(esc(line) for line in lines)


def font(inner: str, size: str | None = None, color: str | None = None) -> str:
    attrs = "".join(f' {name}="{value}"' for name, value in (("POINT-SIZE", size), ("COLOR", color)) if value)
    return f"<FONT{attrs}>{inner}</FONT>" if attrs else inner


def table(rows: Iterable[str], **attrs: str) -> str:
    """An HTML-like TABLE without borders; ``rows`` are complete <TR> elements."""
    settings = {"BORDER": "0", "CELLBORDER": "0", "CELLSPACING": "0", "CELLPADDING": "0", **attrs}
    head = "".join(f' {name}="{value}"' for name, value in settings.items())
    return f"<TABLE{head}>{''.join(rows)}</TABLE>"


def cell(inner: str, **attrs: str) -> str:
    head = "".join(f' {name}="{value}"' for name, value in attrs.items())
    return f"<TD{head}>{inner}</TD>"


def claim_label(text: str, speaker: str | None, *, implicit: bool, mark: str | None,
                style: Mapping[str, str]) -> str:
    """A claim's box: the wrapped text, then the speaker (or "unstated premise") smaller."""
    body = lines_html(wrap(text))
    if implicit:
        body = f"<I>{body}</I>"
    if mark:
        body = f"<B>{esc(mark)}</B> {body}"
    rows = [f"<TR>{cell(body, ALIGN='LEFT', BALIGN='LEFT')}</TR>"]
    byline = "unstated premise" if implicit and not speaker else speaker
    if byline:
        small = font(f"<I>{esc(byline)}</I>" if implicit and not speaker else esc(byline),
                     style["small"], style["muted"])
        rows.append(f"<TR>{cell(small, ALIGN='LEFT', BALIGN='LEFT', CELLPADDING='0')}</TR>")
    return "<" + table(rows, CELLSPACING="3") + ">"


def caption_label(label: str | None, scheme: str | None, mark: str | None,
                  style: Mapping[str, str]) -> str:
    """An argument's junction: its label, and its scheme in italics, both small."""
    lines = []
    if label or mark:
        text = lines_html(wrap(label or "", 24))
        lines.append(f"<B>{esc(mark)}</B> {text}" if mark else text)
    if scheme:
        lines.append(f"<I>{lines_html(wrap(scheme.replace('-', ' '), 24))}</I>")
    return "<" + font("<BR/>".join(lines), style["caption"]) + ">"


def tooltip(*parts: str | None) -> str:
    """An escString attribute value: the parts on separate lines, every text literal.

    Graphviz (2.43) unescapes a tooltip twice on its way into SVG, so each backslash is
    written as four; ``&`` is written as ``&amp;`` because Graphviz passes an entity such as
    ``&lt;`` through unchanged, so a text containing one would otherwise lose it."""
    texts = [" ".join(clean(p).split()).replace("&", "&amp;").replace("\\", "\\\\\\\\")
             for p in parts if p]
    return graphviz.nohtml("\\n".join(texts))
