"""Graphviz's HTML-like labels, read and sized by argmap itself.

The WebAssembly Graphviz cannot read HTML-like labels, so ``plain_labels`` gives it each node
as an empty box of the size this module computes, and after the layout the label is drawn
into the SVG at the node's place. Only the subset argmap writes is read: TABLE (BORDER,
CELLBORDER, CELLSPACING, CELLPADDING), TR, TD (ALIGN, BALIGN, BGCOLOR, COLOR, BORDER,
CELLPADDING, STYLE rounded/dashed, WIDTH, HEIGHT, FIXEDSIZE, a nested TABLE), FONT (POINT-SIZE, COLOR), B, I, U, BR.
Sizes follow Graphviz's rules: a cell is its content plus padding and border, a column as wide
as its widest cell, a table its columns plus the spacing around each; a line is 1.2 times its
largest font size high. Widths come from ``measure`` (the fonts' advance widths).
``html_label_svg`` draws a parsed and sized label as SVG.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from argmap.drawing import measure

# Line height in font sizes, as Graphviz with Pango sets DejaVu Sans (fitted to dot's node
# sizes): lines in a table cell, and lines of a label that is not a table.
LINE, BARE_LINE = 1.085, 0.985


@dataclass(frozen=True)
class Style:
    size: float = 12.0
    color: str = "#000000"
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Text:
    """Lines of runs (text, style); ``align`` places the lines in the block (BALIGN)."""

    lines: list[list[tuple[str, Style]]]
    align: str = "CENTER"
    spacing: float = LINE
    width: float = 0.0
    height: float = 0.0

    def measure(self) -> None:
        self.width = max((sum(measure.width(t, s.size, s.bold) for t, s in line) for line in self.lines), default=0.0)
        self.height = sum(line_height(line, self.spacing) for line in self.lines)


@dataclass
class Cell:
    content: Text | Table
    attrs: dict[str, str]
    padding: float
    border: float
    width: float = 0.0
    height: float = 0.0


@dataclass
class Table:
    rows: list[list[Cell]]
    attrs: dict[str, str]
    spacing: float
    border: float
    widths: list[float] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0


def parse(html: str, style: Style) -> Text | Table | None:
    """The label between ``label=<`` and ``>``, or None when it is not well-formed."""
    try:
        root = ET.fromstring(f"<LABEL>{html}</LABEL>")
    except ET.ParseError:
        return None
    table = root.find("TABLE")
    if table is not None and not (root.text or "").strip():
        block: Text | Table = _table(table, style)
    else:
        block = _text(root, style, "CENTER")
        block.spacing = BARE_LINE
    _size(block)
    return block


def _text(element: ET.Element, style: Style, align: str) -> Text:
    lines: list[list[tuple[str, Style]]] = [[]]
    _runs(element, style, lines)
    return Text([[(t, s) for t, s in line if t] or [("", _last_style(line, style))] for line in lines], align)


def _runs(element: ET.Element, style: Style, lines: list) -> None:
    if element.text:
        lines[-1].append((_literal(element.text), style))
    for child in element:
        if child.tag == "BR":
            lines.append([])
        else:
            _runs(child, _styled(child, style), lines)
        if child.tail:
            lines[-1].append((_literal(child.tail), style))


def _literal(text: str) -> str:
    """Label text as Graphviz shows it: backslashes were doubled (labels.esc), newlines are spaces."""
    return " ".join(text.split("\n")).replace("\\\\", "\\")


def _styled(element: ET.Element, style: Style) -> Style:
    a = element.attrib
    if element.tag == "FONT":
        return Style(
            float(a.get("POINT-SIZE", style.size)),
            a.get("COLOR", style.color),
            style.bold,
            style.italic,
            style.underline,
        )
    return Style(
        style.size,
        style.color,
        style.bold or element.tag == "B",
        style.italic or element.tag == "I",
        style.underline or element.tag == "U",
    )


def _last_style(line: list, style: Style) -> Style:
    return line[-1][1] if line else style


def _table(element: ET.Element, style: Style) -> Table:
    a = element.attrib
    border = float(a.get("BORDER", 1))
    cellborder = float(a.get("CELLBORDER", border))
    padding = float(a.get("CELLPADDING", 2))
    rows = []
    for tr in element.findall("TR"):
        cells = []
        for td in tr.findall("TD"):
            inner = td.find("TABLE")
            content = _table(inner, style) if inner is not None else _text(td, style, td.get("BALIGN", "CENTER"))
            cells.append(
                Cell(
                    content, dict(td.attrib), float(td.get("CELLPADDING", padding)), float(td.get("BORDER", cellborder))
                )
            )
        rows.append(cells)
    return Table(rows, dict(a), float(a.get("CELLSPACING", 2)), border)


def _size(block: Text | Table) -> None:
    if isinstance(block, Text):
        block.measure()
        return
    columns = max((len(row) for row in block.rows), default=0)
    block.widths, block.heights = [0.0] * columns, []
    for row in block.rows:
        for i, cell in enumerate(row):
            _size(cell.content)
            edge = 2 * (cell.padding + cell.border)
            cell.width, cell.height = _given_size(cell, cell.content.width + edge, cell.content.height + edge)
            block.widths[i] = max(block.widths[i], cell.width)
        block.heights.append(max((cell.height for cell in row), default=0.0))
    outer = 2 * block.border
    block.width = sum(block.widths) + (columns + 1) * block.spacing + outer
    block.height = sum(block.heights) + (len(block.rows) + 1) * block.spacing + outer


def _given_size(cell: Cell, width: float, height: float) -> tuple[float, float]:
    """A cell's WIDTH/HEIGHT (points, border included) are minimums, exact with FIXEDSIZE."""
    fixed = cell.attrs.get("FIXEDSIZE", "").upper() == "TRUE"
    given_w, given_h = float(cell.attrs.get("WIDTH", 0)), float(cell.attrs.get("HEIGHT", 0))
    return (
        given_w if fixed and given_w else max(width, given_w),
        given_h if fixed and given_h else max(height, given_h),
    )


def line_height(line: list[tuple[str, Style]], spacing: float) -> float:
    """A line's height: ``spacing`` times its largest font size."""
    return spacing * max(s.size for _, s in line)
