"""Text for the drawing: wrapping, escaping, HTML-like labels and tooltips.

Every text from a map goes through ``esc`` (HTML-like labels) or ``tooltip`` (escString
attributes) before it reaches Graphviz, so quotes, <, >, &, braces, pipes and backslashes
come out literally.
"""

from __future__ import annotations

import html
import re
from typing import Iterable, Mapping

import graphviz

from argmap.drawing import measure
from argmap.drawing.bidi import is_rtl

WRAP = 32  # a line in a claim's box: as wide as 32 average Latin characters
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")  # and XML's non-characters


def clean(text: str) -> str:
    """Control characters removed (they are not allowed in XML), whitespace runs kept."""
    return _CONTROL.sub("", text)


def wrap(text: str, width: int = WRAP, size: float = 12.0) -> list[str]:
    """Lines as wide as ``width`` average Latin characters at ``size`` points, measured with
    the fonts' real widths, broken where UAX #14 allows (between ideographs too); words of
    space-separated scripts are never broken."""
    return measure.wrap(clean(text), measure.chars_width(width, size), size)


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
    """A claim's box: the wrapped text, then the speaker (or "unstated premise") smaller; both
    aligned right when the text runs right to left (Arabic, Hebrew)."""
    body = lines_html(wrap(text))
    if implicit:
        body = f"<I>{body}</I>"
    if mark:
        body = f"<B>{esc(mark)}</B> {body}"
    side = "RIGHT" if is_rtl(clean(text)) else "LEFT"
    rows = [f"<TR>{cell(body, ALIGN=side, BALIGN=side)}</TR>"]
    byline = "unstated premise" if implicit and not speaker else speaker
    if byline:
        small = font(f"<I>{esc(byline)}</I>" if implicit and not speaker else esc(byline),
                     style["small"], style["muted"])
        rows.append(f"<TR>{cell(small, ALIGN=side, BALIGN=side, CELLPADDING='0')}</TR>")
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
