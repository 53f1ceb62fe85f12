"""The source lines of a YAML file as the hints read them: indentation, and the content
lines (not blank, not only a comment) before and after a line. Indices are 0-based, as the
parser's marks are."""

from __future__ import annotations

import re

_KEY_START = re.compile(r"\s*(?:-\s+)?[\w-]+:(?:\s|$)")


class Lines:
    def __init__(self, text: str):
        self.text = text
        self._lines = [line.rstrip("\r") for line in text.split("\n")]

    def __len__(self) -> int:
        return len(self._lines)

    def raw(self, index: int) -> str:
        return self._lines[index] if 0 <= index < len(self._lines) else ""

    def indent(self, index: int) -> int:
        raw = self.raw(index)
        return len(raw) - len(raw.lstrip(" "))

    def is_content(self, index: int) -> bool:
        stripped = self.raw(index).strip()
        return bool(stripped) and not stripped.startswith("#")

    def previous(self, index: int) -> int | None:
        return next((i for i in range(index - 1, -1, -1) if self.is_content(i)), None)

    def next_content(self, index: int) -> int | None:
        return next((i for i in range(index + 1, len(self._lines)) if self.is_content(i)), None)

    def parent(self, index: int) -> int | None:
        """The nearest content line above that is indented less."""
        indent = self.indent(index)
        return next((i for i in range(index - 1, -1, -1) if self.is_content(i) and self.indent(i) < indent), None)

    def text_start(self, index: int) -> int:
        """The first line of the run of text lines (no ``key:``) at ``index``'s indentation."""
        start = index
        while True:
            above = self.previous(start)
            if above is None or self.indent(above) != self.indent(index) or _KEY_START.match(self.raw(above)):
                return start
            start = above
