"""Argdown source → front matter and logical elements (one per statement, relation, pcs line…).

Comments are blanked out (keeping line numbers), the ``===`` front matter is read as YAML,
hard-wrapped lines are joined to the element they continue, and ``--`` … ``--`` inference
blocks become one element. Each element keeps its first line number and indentation; its
content is then parsed by the Lark grammar in ``grammar.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argmap.importers.argdown import safeyaml
from argmap.importers.common import Reporter

RELATION_MARKERS = ("<+", "<-", "<_", "+>", "->", "_>", "><", "+", "-", "_")


@dataclass
class Element:
    line: int
    indent: int
    text: str
    after_blank: bool  # a blank line (or the file's start) comes right before it


_OPENER = re.compile(r"\\.|/\*|<!--|(?<!:)//", re.DOTALL)  # an escape, or a comment's start
_CLOSER = {"/*": "*/", "<!--": "-->", "//": "\n"}
_NOT_NEWLINE = re.compile(r"[^\n]")


def strip_comments(text: str) -> str:
    """``/* */``, ``<!-- -->`` and ``//`` comments replaced by spaces (newlines kept); an escaped
    character never opens one, nor does the ``//`` of ``https://``. Found by regular-expression
    search, so the time is linear in the text with no Python step per character."""
    out: list[str] = []
    i = 0
    while (found := _OPENER.search(text, i)) is not None:
        opener = found.group()
        if opener[0] == "\\":
            out.append(text[i : found.end()])
            i = found.end()
            continue
        out.append(text[i : found.start()])
        end = text.find(_CLOSER[opener], found.end())
        end = len(text) if end < 0 else (end if opener == "//" else end + len(_CLOSER[opener]))
        out.append(_NOT_NEWLINE.sub(" ", text[found.start() : end]))
        i = end
    out.append(text[i:])
    return "".join(out)


def front_matter(lines: list[str], reporter: Reporter) -> tuple[dict, dict[str, int]]:
    """Read and blank out a leading ``===`` … ``===`` block: its mapping, and the line of each key."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "===":
        return {}, {}
    end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "==="), None)
    if end is None:
        reporter.warn("front matter `===` is never closed; ignored", line=first + 1)
        return {}, {}
    block = "\n".join(lines[first + 1 : end])
    for i in range(first, end + 1):
        lines[i] = ""
    data = safeyaml.load(block, reporter, first + 2, "front matter")
    if not isinstance(data, dict):
        return {}, {}
    return data, safeyaml.key_lines(block, first + 2)


def _starts_element(content: str) -> bool:
    if content.startswith(RELATION_MARKERS) and (
        content in RELATION_MARKERS or content.split(" ", 1)[0] in RELATION_MARKERS
    ):
        return True
    if content.startswith("#") and content.lstrip("#").startswith(" "):
        return True
    if content.startswith("(") and content[1:].split(")", 1)[0].isdigit():
        return True
    return (
        content.startswith(("--", "* ", "@import"))
        or content.split(" ", 1)[0].rstrip(".").isdigit()
        and content.split(" ", 1)[0].endswith(".")
    )


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


def elements(lines: list[str]) -> list[Element]:
    """Logical elements. An element's lines are collected in a list and joined once at the end:
    adding each continuation line to a growing string took time quadratic in its length."""
    found: list[Element] = []
    parts: list[list[str]] = []  # the text pieces of each element in ``found``
    blank, in_inference = True, False
    for number, raw in enumerate(lines, start=1):
        content = raw.strip()
        if not content:
            blank = True
            continue
        opening = content.strip("-") == "" and len(content) >= 2
        if in_inference:
            parts[-1].append(("\n" if opening else " ") + content)
            in_inference = not opening
        elif blank or _starts_element(content) or found[-1].text.startswith("--"):
            found.append(Element(number, _indent(raw), content, blank))
            parts.append([content])
            in_inference = content == "--"
        else:
            parts[-1].append(" " + content)
        blank = False
    for element, pieces in zip(found, parts):
        element.text = "".join(pieces)
    return found
