"""An HTML-like label (parsed and sized by ``html_label``) drawn as SVG elements.

Tables draw their border, cells their background and border (STYLE rounded/dashed) and then
their content placed by ALIGN; text is drawn line by line as ``<text>`` of ``<tspan>`` runs,
with the baseline where Pango puts it in ``dot``'s drawings.
"""

from __future__ import annotations

from html import escape

from argmap.drawing.html_label import Cell, Style, Table, Text, line_height


def draw(block: Text | Table, cx: float, cy: float, font: str) -> str:
    """SVG elements for ``block`` centred at (``cx``, ``cy``) in SVG coordinates."""
    out: list[str] = []
    _draw(block, cx - block.width / 2, cy - block.height / 2, block.width, block.height, font, out)
    return "".join(out)


def _draw(block, x: float, y: float, w: float, h: float, font: str, out: list[str]) -> None:
    if isinstance(block, Text):
        _draw_text(block, x, y, w, font, out)
        return
    if block.border:
        out.append(
            _rect(
                x + block.border / 2,
                y + block.border / 2,
                w - block.border,
                h - block.border,
                "none",
                block.attrs.get("COLOR", "#000000"),
                block.border,
                block.attrs.get("STYLE", ""),
            )
        )
    top = y + block.border + block.spacing
    for row, height in zip(block.rows, block.heights, strict=False):
        left = x + block.border + block.spacing
        for cell, width in zip(row, block.widths, strict=False):
            _draw_cell(cell, left, top, width, height, font, out)
            left += width + block.spacing
        top += height + block.spacing


def _draw_cell(cell: Cell, x: float, y: float, w: float, h: float, font: str, out: list[str]) -> None:
    a, b = cell.attrs, cell.border
    if "BGCOLOR" in a or b:
        out.append(
            _rect(
                x + b / 2,
                y + b / 2,
                w - b,
                h - b,
                a.get("BGCOLOR", "none"),
                a.get("COLOR", "#000000") if b else "none",
                b,
                a.get("STYLE", ""),
            )
        )
    inset = cell.padding + b
    inner_w, inner_h = w - 2 * inset, h - 2 * inset
    content = cell.content
    align = a.get("ALIGN", "CENTER")
    free = inner_w - content.width
    left = x + inset + (0 if align == "LEFT" else free if align == "RIGHT" else free / 2)
    top = y + inset + (inner_h - content.height) / 2
    _draw(content, left, top, content.width, content.height, font, out)


def _draw_text(text: Text, x: float, y: float, w: float, font: str, out: list[str]) -> None:
    for line in text.lines:
        height = line_height(line, text.spacing)
        y += height
        words = "".join(t for t, _ in line)
        if not words.strip():
            continue
        align = text.align
        anchor, at = {"LEFT": ("start", x), "RIGHT": ("end", x + w)}.get(align, ("middle", x + w / 2))
        baseline = y - height + max(s.size for _, s in line) * 0.8  # where Pango puts it (dot)
        spans = "".join(_tspan(t, s) for t, s in line)
        out.append(
            f'<text text-anchor="{anchor}" x="{at:.2f}" y="{baseline:.2f}" '
            f'font-family="{escape(font)}" xml:space="preserve">{spans}</text>'
        )


def _tspan(text: str, style: Style) -> str:
    attrs = f' font-size="{style.size:.2f}" fill="{escape(style.color)}"'
    attrs += ' font-weight="bold"' if style.bold else ""
    # DejaVu Sans Oblique has no Arabic, Hebrew, Devanagari or CJK: a renderer would take another
    # font's unjoined glyphs, wider than measured. Those scripts are drawn upright instead.
    attrs += ' font-style="italic"' if style.italic and all(ord(c) < 0x590 for c in text) else ""
    attrs += ' text-decoration="underline"' if style.underline else ""
    return f"<tspan{attrs}>{escape(text, quote=False)}</tspan>"


def _rect(x: float, y: float, w: float, h: float, fill: str, stroke: str, width: float, style: str) -> str:
    rounded = ' rx="4" ry="4"' if "rounded" in style.lower() else ""
    dashed = ' stroke-dasharray="5,2"' if "dashed" in style.lower() else ""
    return (
        f'<rect x="{x:.2f}" y="{y:.2f}" width="{max(w, 0):.2f}" height="{max(h, 0):.2f}"{rounded}{dashed} '
        f'fill="{escape(fill)}" stroke="{escape(stroke)}" stroke-width="{width:g}"/>'
    )
