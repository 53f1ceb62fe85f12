"""Text for the drawing: wrapping, escaping, HTML-like labels and tooltips.

Every text from a map goes through ``esc`` (HTML-like labels) or ``tooltip`` (escString
attributes) before it reaches Graphviz, so quotes, <, >, &, braces, pipes and backslashes
come out literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from argmap.drawing import measure
from argmap.drawing.bidi import is_rtl
from argmap.drawing.dotwriter import Text

WRAP = 32  # a line in a claim's box: as wide as 32 average Latin characters
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")  # and XML's non-characters


def clean(text: str) -> str:
    """Control characters removed (they are not allowed in XML), whitespace runs kept."""
    return text if text.isprintable() else _CONTROL.sub("", text)  # every one it removes is unprintable


def wrap(text: str, width: int = WRAP, size: float = 12.0) -> list[str]:
    """Lines as wide as ``width`` average Latin characters at ``size`` points, measured with
    the fonts' real widths, broken where UAX #14 allows (between ideographs too); words of
    space-separated scripts are never broken."""
    return measure.wrap(clean(text), measure.chars_width(width, size), size)


def wrap_widths(text: str, width: int = WRAP, size: float = 12.0) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """``wrap``'s lines and how wide each is set, in points: for a label and its box's size."""
    return measure.wrap_widths(clean(text), measure.chars_width(width, size), size)


def esc(text: str) -> str:
    """Text for an HTML-like label: &, <, > and quotes as entities, and backslashes doubled
    (Graphviz expands escapes such as \\N, the node's name, even in HTML-like labels).
    ``]`` too: Graphviz 2.43 refuses a label whose text before a closing tag is only ``]``."""
    escaped = clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # as html.escape
    return escaped.replace('"', "&quot;").replace("\\", "\\\\").replace("]", "&#93;")


RLE, PDF = "\u202b", "\u202c"  # RIGHT-TO-LEFT EMBEDDING, POP DIRECTIONAL FORMATTING


def lines_html(lines: Iterable[str]) -> str:
    """Lines joined by <BR/>. The lines of a right-to-left paragraph are each embedded (RLE … PDF):
    Graphviz sets each line on its own, and without the embedding an SVG viewer would set an
    Arabic line left to right, its final full stop on the wrong side."""
    lines = list(lines)
    if is_rtl(" ".join(lines)):
        lines = [f"{RLE}{line}{PDF}" if line else line for line in lines]
    return "<BR/>".join(esc(line) for line in lines)


@lru_cache(maxsize=512)
def _attributes(pairs: tuple[tuple[str, str], ...]) -> str:
    """` NAME="value"` for each pair: a drawing repeats the same few thousands of times."""
    return "".join(f' {name}="{value}"' for name, value in pairs)


def font(inner: str, size: str | None = None, color: str | None = None) -> str:
    attrs = _attributes(tuple(pair for pair in (("POINT-SIZE", size), ("COLOR", color)) if pair[1]))
    return f"<FONT{attrs}>{inner}</FONT>" if attrs else inner


_TABLE = {"BORDER": "0", "CELLBORDER": "0", "CELLSPACING": "0", "CELLPADDING": "0"}


def table(rows: Iterable[str], **attrs: str) -> str:
    """An HTML-like TABLE without borders; ``rows`` are complete <TR> elements."""
    return f"<TABLE{_attributes(tuple({**_TABLE, **attrs}.items()))}>{''.join(rows)}</TABLE>"


def cell(inner: str, **attrs: str) -> str:
    return f"<TD{_attributes(tuple(attrs.items()))}>{inner}</TD>"


def claim_label(
    text: str,
    speaker: str | None,
    *,
    implicit: bool,
    mark: str | None,
    style: Mapping[str, str],
    badge: str | None = None,
    unstated: str = "unstated premise",
    lines: Sequence[str] | None = None,
) -> str:
    """A claim's box: the wrapped text (``lines``, if the caller has wrapped it already), then
    the speaker (or "unstated premise") smaller; both aligned right when the text runs right to
    left (Arabic, Hebrew); ``badge`` (HTML) at the end of that last row."""
    body = lines_html(wrap(text) if lines is None else lines)
    if implicit:
        body = f"<I>{body}</I>"
    if mark:
        body = f"<B>{esc(mark)}</B> {body}"
    side = "RIGHT" if is_rtl(clean(text)) else "LEFT"
    span = {"COLSPAN": "2"} if badge else {}
    rows = [f"<TR>{cell(body, ALIGN=side, BALIGN=side, **span)}</TR>"]
    byline = unstated if implicit and not speaker else speaker
    small = ""
    if byline:
        small = font(
            f"<I>{esc(byline)}</I>" if implicit and not speaker else esc(byline), style["small"], style["muted"]
        )
    if byline or badge:
        right = cell(badge, ALIGN="RIGHT", CELLPADDING="0") if badge else ""
        rows.append(f"<TR>{cell(small, ALIGN=side, BALIGN=side, CELLPADDING='0')}{right}</TR>")
    return "<" + table(rows, CELLSPACING="3") + ">"


def badge_html(
    badge: str | None, strength: float | None, style: Mapping[str, str], bar: tuple[str, str] = ("#555555", "#FFFFFF")
) -> str | None:
    """A mark such as ✓ and/or a strength as a small bar and the number, in one small row."""
    parts = []
    if strength is not None:
        parts.append(cell(strength_bar(strength, *bar), FIXEDSIZE="TRUE", WIDTH=str(BAR_WIDTH + 2), HEIGHT="9"))
        parts.append(cell(font(f"<B>{strength:.2f}</B>", style["small"], style["ink"])))
    if badge:
        parts.append(cell(font(f"<B>{esc(badge)}</B>", style["small"], style["ink"])))
    return table([f"<TR>{''.join(parts)}</TR>"], CELLSPACING="2") if parts else None


BAR_WIDTH = 28


def strength_bar(strength: float, ink: str, fill: str) -> str:
    """A bar ``BAR_WIDTH`` points long, filled in ``ink`` to the strength's share."""
    done = round(max(0.0, min(1.0, strength)) * BAR_WIDTH)
    cells = [
        cell("", WIDTH=str(w), HEIGHT="7", BGCOLOR=colour, FIXEDSIZE="TRUE")
        for w, colour in ((done, ink), (BAR_WIDTH - done, fill))
        if w
    ]
    return table([f"<TR>{''.join(cells)}</TR>"], BORDER="1", COLOR=ink)


def caption_label(
    label: str | None, scheme: str | None, mark: str | None, style: Mapping[str, str], badge: str | None = None
) -> str:
    """An argument's junction: its label, and its scheme in italics, both small; ``badge``
    (HTML) in a row of its own under them."""
    lines = []
    if label or mark:
        text = lines_html(wrap(label or "", 24))
        lines.append(f"<B>{esc(mark)}</B> {text}" if mark else text)
    if scheme:
        lines.append(f"<I>{lines_html(wrap(scheme.replace('-', ' '), 24))}</I>")
    body = font("<BR/>".join(lines), style["argument"], style["ink"])
    if badge:
        return "<" + table([f"<TR>{cell(body)}</TR>", f"<TR>{cell(badge)}</TR>"]) + ">"
    return "<" + body + ">"


def tooltip(*parts: str | None) -> str:
    """An escString attribute value: the parts on separate lines, every text literal.

    Graphviz (2.43) unescapes a tooltip twice on its way into SVG, so each backslash is
    written as four; ``&`` is written as ``&amp;`` because Graphviz passes an entity such as
    ``&lt;`` through unchanged, so a text containing one would otherwise lose it."""
    texts = [" ".join(clean(p).split()).replace("&", "&amp;").replace("\\", "\\\\\\\\") for p in parts if p]
    return Text("\\n".join(texts))
