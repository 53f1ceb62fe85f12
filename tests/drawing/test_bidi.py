"""Which way a text runs, and when it is isolated: the ASCII shortcut answers as the scan does."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from argmap.drawing.bidi import is_rtl, isolate

_ISOLATES = {"LRI": 1, "RLI": 1, "FSI": 1, "PDI": -1}


def _scanned_rtl(text: str) -> bool:
    """UAX #9 P2–P3 by a scan of every character, as bidi.is_rtl did before its shortcut."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATES:
            depth = max(0, depth + _ISOLATES[kind])
        elif depth == 0 and kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def _scanned_isolate(text: str) -> str:
    rtl = any(unicodedata.bidirectional(char) in ("R", "AL", "AN") for char in text)
    return f"\u2068{text}\u2069" if rtl else text


MIXED = st.text(
    st.sampled_from("abc 12.,!?\u05d0\u05e9\u0627\u0644\u0661\u0662\u2066\u2067\u2068\u2069é日"), max_size=20
)


@given(st.one_of(st.text(st.characters(max_codepoint=127)), MIXED, st.text(max_size=30)))
def test_direction_and_isolation_as_the_full_scan(text):
    assert is_rtl(text) is _scanned_rtl(text)
    assert isolate(text) == _scanned_isolate(text)


def test_what_each_way_gives():
    assert is_rtl("\u05e9\u05dc\u05d5\u05dd, world") and not is_rtl("Hello, \u05e9\u05dc\u05d5\u05dd")
    assert not is_rtl("") and not is_rtl(None) and not is_rtl("2022-03-02")
    assert isolate("Plain text 42.") == "Plain text 42."
    assert isolate("\u0661\u0662") == "\u2068\u0661\u0662\u2069"  # Arabic-Indic digits (AN) are isolated too
    assert isolate("caf\u00e9 \u0627") == "\u2068caf\u00e9 \u0627\u2069"
