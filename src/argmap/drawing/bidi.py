"""Which way a paragraph runs: the Unicode bidirectional algorithm's rules P2–P3.

A paragraph whose first strong character is Hebrew or Arabic (bidi class R or AL) runs right
to left, and argmap aligns it to the right of its box. The reordering inside a line is left to
whatever draws the text (Pango under Graphviz, the browser, resvg), which all implement the
whole algorithm; argmap wraps in logical order, as UAX #9 expects, so none is needed here.
"""

from __future__ import annotations

import unicodedata

_ISOLATES = {"LRI": 1, "RLI": 1, "FSI": 1, "PDI": -1}


def is_rtl(text: str | None) -> bool:
    """True when ``text``'s first strong character (outside isolates) is right-to-left."""
    if not text or text.isascii():  # no ASCII character is R, AL or an isolate
        return False
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATES:
            depth = max(0, depth + _ISOLATES[kind])
        elif depth == 0 and kind == "L":
            return False
        elif depth == 0 and kind in ("R", "AL"):
            return True
    return False


def direction(text: str | None) -> str:
    """``"rtl"`` or ``"ltr"``, for an HTML ``dir`` or an SVG ``direction``."""
    return "rtl" if is_rtl(text) else "ltr"


def isolate(text: str) -> str:
    """``text`` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds right-to-left
    characters, so that inserted among other words ("Because: … [speaker]") it keeps its own
    direction and the punctuation around it stays where it was written (UAX #9, isolates)."""
    if text.isascii():  # no ASCII character is R, AL or AN: the usual case, without a scan
        return text
    if any(unicodedata.bidirectional(char) in ("R", "AL", "AN") for char in set(text)):
        return f"\u2068{text}\u2069"
    return text
