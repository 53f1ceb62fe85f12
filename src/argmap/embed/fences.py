"""Finding ```` ```argmap ```` fenced blocks in Markdown, with their line numbers.

Follows CommonMark's fence rules closely enough for documentation: a fence is three or
more backticks or tildes, indented at most three spaces (deeper inside list items and
admonitions, which this scanner allows); it closes with the same character, at least as
many of them, and nothing after. A fence inside another fence (a longer ```` ```` ````
block showing an argmap block as an example) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*?)[ \t]*$")
LANGUAGE = "argmap"


@dataclass(frozen=True)
class Fence:
    start: int  # index of the opening fence line (0-based)
    end: int  # index just after the closing fence line (or the end of the text)
    indent: str  # the opening fence's indentation
    info: str  # the info string after the fence characters
    content: str  # the lines between the fences, indentation kept

    @property
    def content_line(self) -> int:
        """The 1-based line number of the first line of the content."""
        return self.start + 2


def argmap_fences(text: str, language: str = LANGUAGE) -> Iterator[Fence]:
    """Each fenced block whose info string's first word is ``language``, in order."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        opening = _OPEN.match(lines[i].rstrip("\r\n"))
        if not opening or (opening["fence"][0] == "`" and "`" in opening["info"]):
            i += 1
            continue
        close = _closing_index(lines, i + 1, opening["fence"])
        if info_language(opening["info"]) == language:
            content = "".join(lines[i + 1 : close])
            yield Fence(i, min(close + 1, len(lines)), opening["indent"], opening["info"], content)
        i = close + 1


def info_language(info: str) -> str:
    """The language an info string names: ``argmap``, ``{argmap}`` (MyST), ``{.argmap x=1}``
    (pandoc attributes) and ``argmap title`` all name ``argmap``."""
    words = info.strip().lstrip("{").split()
    return words[0].lstrip(".").rstrip("}") if words else ""


def _closing_index(lines: list[str], start: int, fence: str) -> int:
    pattern = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
    for j in range(start, len(lines)):
        if pattern.match(lines[j].rstrip("\r\n")):
            return j
    return len(lines)


def replace_fences(text: str, replacement, language: str = LANGUAGE) -> str:
    """``text`` with each argmap fence replaced by ``replacement(fence, number)`` (1-based),
    which returns the new lines (its indentation is the adapter's business)."""
    lines = text.splitlines(keepends=True)
    out, last = [], 0
    for number, fence in enumerate(argmap_fences(text, language), 1):
        out.extend(lines[last : fence.start])
        out.append(replacement(fence, number))
        last = fence.end
    out.extend(lines[last:])
    return "".join(out)
