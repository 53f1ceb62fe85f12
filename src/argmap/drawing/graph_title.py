"""The graph's label: the map's title and its source line, above the drawing.

Both are wrapped to even lines (a long title never leaves one word alone on its last line,
the source's date never stands alone); ``fit`` measures the same lines to size the drawing.
"""

from __future__ import annotations

from argmap.drawing.labels import cell, clean, font, lines_html, table, wrap
from argmap.drawing.themes import Theme
from argmap.model import ArgumentMap

TITLE_WRAP, SOURCE_WRAP = 70, 110


def title_lines(amap: ArgumentMap) -> tuple[list[str], list[str]]:
    title = balanced(
        amap.title if amap.title and clean(amap.title).strip() else "Untitled map", TITLE_WRAP
    )  # never <B></B>
    return title, _source_lines(amap)


def balanced(text: str, width: int) -> list[str]:
    """``text`` wrapped on as few lines as at ``width``, but as even as they can be: a long
    title ("… — worksheet") never leaves one word alone on its last line."""
    lines = wrap(text, width)
    if len(lines) < 2:
        return lines
    for narrower in range(-(-len(clean(text)) // len(lines)), width):
        even = wrap(text, narrower)
        if len(even) == len(lines):
            return even
    return lines


def graph_label(amap: ArgumentMap, theme: Theme) -> str:
    title, source = title_lines(amap)
    rows = [_row(font(f"<B>{lines_html(title)}</B>", theme.text["title"]))]
    if source:
        rows.append(_row(font(lines_html(source), theme.text["source"], theme.text["muted"])))
    return "<" + table(rows, CELLPADDING="2") + ">"


def _row(inner: str, **attrs: str) -> str:
    return f"<TR>{cell(inner, **attrs)}</TR>"


def _source_lines(amap: ArgumentMap) -> list[str]:
    """ "Source: title · author · publisher · date", wrapped between its parts where it can be,
    never leaving the date (or any short part) alone on a line."""
    src = amap.source
    if src is None:
        return []
    parts = [p for p in (src.title, src.author, src.publisher) if p]
    if src.date:
        if parts:
            parts[-1] = f"{parts[-1]} · {src.date}"  # glued: the date never stands alone
        else:
            parts = [src.date]
    if not parts:
        return []
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]} · {part}" if lines else f"Source: {part}"
        if lines and len(joined) <= SOURCE_WRAP:
            lines[-1] = joined
        elif lines:
            lines.append(part)
        else:
            lines.append(joined)
    return [piece for line in lines for piece in wrap(line, SOURCE_WRAP)]
