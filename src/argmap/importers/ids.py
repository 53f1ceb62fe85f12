"""Valid, unique argmap ids for imported things: a slug of a name or text, de-duplicated."""

from __future__ import annotations

import re
import unicodedata

from argmap.loading.nodekinds import ID_PATTERN

_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int = 40) -> str:
    """Lower-case ASCII words joined by ``-``, cut at a word boundary; "" if none remain."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    words = [w for w in _NOT_ID.split(folded.lower()) if w]
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > max_length:
            return result or word[:max_length]
        result = candidate
    return result


def is_valid_id(text: str) -> bool:
    return bool(ID_PATTERN.match(text))


class IdMaker:
    """Hands out ids that are valid and unique within one namespace."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}  # per slug, the suffix to try next: no counting up from 2 each time

    def keep(self, wanted: str, fallback: str) -> str:
        """``wanted`` itself when it is a valid id, else a slug of it (see ``make``)."""
        if is_valid_id(wanted) and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        return self.make(wanted, fallback)

    def make(self, text: str, fallback: str) -> str:
        """A slug of ``text`` (``fallback`` when it has no letters or digits), then -2, -3, …"""
        base = slug(text) or fallback
        candidate, n = base, self._next.get(base, 1)
        if n > 1:
            candidate = f"{base}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self._next[base] = n + 1
        self.taken.add(candidate)
        return candidate
