"""The map as an indented outline from the conclusion down: a handout, and the diagram's alt text.

This module writes the outline's lines (walked from the map in ``outline_walk``) as plain
text, two spaces an indent, or as Markdown nested lists, part by part for a map of several
unconnected parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from argmap.drawing.bidi import isolate
from argmap.drawing.outline_walk import Line, outline_lines
from argmap.mdtext import markdown_text, one_line
from argmap.model import ArgumentMap

FORMATS = ("text", "markdown")


def outline(amap: ArgumentMap, fmt: str = "text", title: bool = True, parts: bool = False) -> str:
    """The outline as plain text (two spaces an indent) or as Markdown (nested lists); with
    ``parts``, a map of several unconnected parts is outlined part by part, each under a
    "Part N" heading (numbered as the drawing and ``render --part N`` number them)."""
    if parts:
        from argmap.drawing.parts import parts as find_parts
        from argmap.drawing.parts import submap

        found = find_parts(amap)
        if len(found) > 1:
            texts = [
                _title(title_of(amap, number, len(found), part), fmt, level=2)
                + "\n\n"
                + format_blocks(outline_lines(submap(amap, part)), fmt).rstrip("\n")
                for number, part in enumerate(found, 1)
            ]
            head = [_title(amap.title, fmt)] if title and amap.title else []
            return "\n\n".join(head + texts) + "\n"
    return format_blocks(outline_lines(amap), fmt, amap.title if title else None)


def title_of(amap: ArgumentMap, number: int, total: int, part) -> str:
    claims = sum(1 for node in part if node in amap.claims)
    return f"Part {number} of {total} ({claims} claim{'s' if claims != 1 else ''})"


def format_blocks(blocks: list[list[Line]], fmt: str = "text", title: str | None = None) -> str:
    """Lines (possibly changed by the caller, e.g. a worksheet's blanks) as text or Markdown."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown outline format {fmt!r} (use {', '.join(FORMATS)})")
    render = _text if fmt == "text" else _markdown
    parts = [render(block) for block in blocks if block]
    if title:
        parts.insert(0, _title(title, fmt))
    return "\n\n".join(parts) + "\n"


def _title(title: str, fmt: str, level: int = 1) -> str:
    return one_line(title) if fmt == "text" else f"{'#' * level} {markdown_text(title)}"


@dataclass(frozen=True)
class _Style:
    """How one output format (plain text or Markdown) writes texts, names and bullets."""

    escape: Callable[[str], str]
    strong: Callable[[str], str]
    speaker: Callable[[str], str]
    unstated: str
    see_above: str
    bullet: str  # before each of several linked premises (Markdown's list items are bullets already)


# Each text from the map is a directional isolate when it runs right to left (bidi.isolate).
TEXT = _Style(isolate, lambda t: t, lambda n: f"[{isolate(n)}]", "(unstated)", "(see above)", "- ")
MARKDOWN = _Style(
    lambda t: isolate(markdown_text(t)),
    lambda t: f"**{t}**" if t else t,
    lambda n: f"\\[{isolate(markdown_text(n))}\\]",
    "*(unstated)*",
    "*(see above)*",
    "",
)


def _text(block: list[Line]) -> str:
    return "\n".join("  " * line.depth + _format(line, TEXT) for line in block)


def _markdown(block: list[Line]) -> str:
    """The conclusion in bold as a paragraph, everything under it as a nested list."""
    first, rest = block[0], block[1:]
    lines = ["  " * (line.depth - 1) + "- " + _format(line, MARKDOWN) for line in rest]
    return "\n".join([_format(first, MARKDOWN, conclusion=True), *([""] if lines else []), *lines])


def _format(line: Line, style: _Style, conclusion: bool = False) -> str:
    """ "text [Speaker]", "Because: text", "Because (label): text", "Because, together (label) [Speaker]:"."""
    text = style.escape(line.text)
    words = [
        style.unstated if line.implicit else "",
        style.strong(text) if conclusion else text,
        style.speaker(line.speaker) if line.speaker else "",
        style.see_above if line.repeated else "",
    ]
    body = " ".join(word for word in words if word)
    if line.lead is None:
        return (style.bullet if line.bullet else "") + body
    head = style.strong(f"{line.lead}, together" if line.linked else line.lead)
    if line.label:
        head += f" ({style.escape(line.label)})"
    return f"{head} {body}:" if line.linked and body else f"{head}: {body}" if body else f"{head}:"
