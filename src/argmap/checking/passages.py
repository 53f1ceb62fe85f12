"""The passages of a source text that a "quote not found" message shows: the closest one
(difflib on sliding windows, bounded) or one that differs only in case, spelt as the file
spells it."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from argmap.checking.sourcetext import SourceText

CLOSE_ENOUGH = 0.6  # difflib ratio from which a passage is shown as "closest"
# Bounds on the "closest passage" hint, whose exact ratio is quadratic in the quote's length:
# without them a 2 kB misquote against a 1 MB text of look-alike windows took many minutes.
LONGEST_HINTED = 600  # characters of a quote (part) still given a closest passage
MOST_EXACT = 16  # windows compared exactly, those with the highest upper bounds
HINTS_PER_MAP = 10  # missing quotes of one map that get a closest passage
WIDEST_WIDENING = 30  # characters a passage may grow by on each side to reach a word's end


def closest_passage(source: SourceText, part: str) -> str | None:
    """The passage of the text most like ``part`` (difflib on a sliding window), widened to
    whole words and spelt as in the file; None when nothing is close enough."""
    text, size = source.text or "", len(part)
    if not source.passages or not text or not size or size > LONGEST_HINTED:
        return None
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(part)
    step = max(1, size // 4)
    starts: Sequence[int]
    from argmap.checking import textindex  # only a quote that was not found needs it

    if len(text) > textindex.LARGE_TEXT:  # a word index, built once per text, picks the windows
        starts = textindex.likely_starts(text, part, step)
    else:
        starts = range(0, max(1, len(text) - size + step), step)
    best_ratio, best_start = _best_window(matcher, text, size, starts)
    near = range(max(0, best_start - step), min(len(text), best_start + step + 1))
    best_ratio, best_start = _best_window(matcher, text, size, near, (best_ratio, best_start))
    if best_ratio < CLOSE_ENOUGH:
        return None
    return as_written(source, text[best_start : best_start + size], whole_words=True)


def _best_window(matcher, text: str, size: int, starts, best=(0.0, 0)) -> tuple[float, int]:
    """The window with the highest ratio (the earliest of equals), if higher than ``best``.

    ``ratio()`` is quadratic in the window's length and English windows all look alike to
    its cheap filters, so every window first gets its linear upper bound (``quick_ratio``)
    and the exact ratio is computed from the highest bound down, stopping once no bound
    can beat the best ratio found: the same answer, a missing quote in a 60 KB article in
    tens of milliseconds instead of over a second."""
    bounds = []
    for start in starts:
        matcher.set_seq1(text[start : start + size])
        bounds.append((-matcher.quick_ratio(), start))
    bounds.sort()
    top, top_start = 0.0, None
    for negative_bound, start in bounds[:MOST_EXACT]:
        if -negative_bound < top:
            break
        matcher.set_seq1(text[start : start + size])
        ratio = matcher.ratio()
        if ratio > top or (ratio == top and top_start is not None and start < top_start):
            top, top_start = ratio, start
    return (top, top_start) if top_start is not None and top > best[0] else best


def differs_in_case(source: SourceText, part: str) -> str | None:
    """The passage, spelt as in the file, that matches ``part`` when case is ignored."""
    text = source.text or ""
    if not source.passages:
        return None
    lowered, wanted = text.lower(), part.lower()
    at = lowered.find(wanted)
    if at < 0 or len(lowered) != len(text):
        return None
    return as_written(source, text[at : at + len(wanted)])


_LOOSE = {
    " ": r"\s+",
    "'": "[" + re.escape("'\u2018\u2019\u201a\u201b\u2032\u02bc") + "]",
    '"': "[" + re.escape('"\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') + "]",
    "-": r"\s*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]+\s*",
}


def as_written(source: SourceText, passage: str, whole_words: bool = False) -> str:
    """A passage of the normalised text the way the file spells it (quotes, dashes), with
    its white space collapsed, widened to whole words if asked; the passage itself when it
    cannot be found in the file."""
    pattern = "".join(_LOOSE.get(ch, re.escape(ch)) for ch in passage).replace(r"\.\.\.", r"(?:\.\.\.|\u2026)")
    match = re.search(pattern, source.original)
    text, start, end = (source.original, *match.span()) if match else (passage, 0, len(passage))
    if whole_words:  # to the ends of words, but never far (NUL-separated text has no spaces)
        first, last = max(0, start - WIDEST_WIDENING), min(len(text), end + WIDEST_WIDENING)
        while start > first and text[start - 1].isprintable() and not text[start - 1].isspace():
            start -= 1
        while end < last and text[end].isprintable() and not text[end].isspace():
            end += 1
    return " ".join(text[start:end].split())
