"""Where a code block handed to the pandoc filter came from: the document and its line.

pandoc tells a JSON filter neither the input files nor any positions, except with the
``sourcepos`` extension (``-f commonmark_x+sourcepos``), which puts ``data-pos`` on each
block. Without it the filter reads the command line of the pandoc process that started
it (Linux ``/proc``), finds the argmap fences in the Markdown files named there, and
matches the block's text to one of them. When neither works the message names the
block's number instead of its line.
"""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

from argmap.embed.fences import argmap_fences

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".qmd", ".rmd")
_POSITION = re.compile(r"^(?:(?P<file>.*)@)?(?P<line>\d+):\d+")


def locate(text: str, attrs: dict[str, str], number: int) -> tuple[str, int, str]:
    """(document, line of the block's first content line, content to parse) for the
    ``number``-th argmap block (1-based), whose text pandoc gives as ``text``."""
    position = _POSITION.match(attrs.get("data-pos", ""))
    if position:
        return position["file"] or "<stdin>", int(position["line"]) + 1, text
    found = _find_in_inputs(text, number)
    if found:
        return found
    return f"<argmap block {number} of the pandoc input>", 1, text


def _find_in_inputs(text: str, number: int) -> tuple[str, int, str] | None:
    """The fence whose content is ``text``; among identical ones the ``number``-th block
    overall is preferred (blocks come in document order)."""
    matches = []
    for path in input_files():
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for fence in argmap_fences(source):
            if textwrap.dedent(fence.content).strip("\n") == text.strip("\n"):
                matches.append((str(path), fence.content_line, fence.content))
    return matches[min(number, len(matches)) - 1] if matches else None


def input_files(pid: int | None = None) -> list[Path]:
    """The Markdown files on the command line of the process ``pid`` (default: the parent),
    when it is pandoc; empty elsewhere (no ``/proc``, or not started by pandoc)."""
    pid = os.getppid() if pid is None else pid
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return []
    args = [a.decode("utf-8", "replace") for a in argv if a]
    if not args or "pandoc" not in Path(args[0]).name:
        return []
    return [
        Path(a)
        for a in args[1:]
        if not a.startswith("-") and Path(a).suffix.lower() in MARKDOWN_SUFFIXES and Path(a).is_file()
    ]
