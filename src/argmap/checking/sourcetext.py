"""The source text a map's quotes are checked against: located, read once, normalised.

Quotes are compared after normalising what typing and typesetting change but a reader
does not notice: runs of white space, curly and straight quotes and apostrophes, dash
variants (and the spaces around a dash), the ellipsis character. Case matters. A quote may
leave words out with ``...``, ``…`` or ``[...]``; its parts must then occur in order.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from argmap.loading import limits
from argmap.model import ArgumentMap
from argmap.writing import protect

_SAME_CHARACTER = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        "\u2026": "...",
        "\u00ad": None,
        "\u200b": None,
    }
)
_DASH = re.compile(r"\s*-+\s*")
_ELISION = re.compile(r"\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*")
CLOSE_ENOUGH = 0.6  # difflib ratio from which a passage is shown as "closest"
# Bounds on the "closest passage" hint, whose exact ratio is quadratic in the quote's length:
# without them a 2 kB misquote against a 1 MB text of look-alike windows took many minutes.
LONGEST_HINTED = 600  # characters of a quote (part) still given a closest passage
MOST_EXACT = 16  # windows compared exactly, those with the highest upper bounds
HINTS_PER_MAP = 10  # missing quotes of one map that get a closest passage
WIDEST_WIDENING = 30  # characters a passage may grow by on each side to reach a word's end
SPECIAL_FOLDERS = ("/proc", "/sys", "/dev")  # files there are the machine's state, not texts


class SourceTextError(Exception):
    """The source text cannot be used; the message says why (no path in it)."""


@dataclass(frozen=True)
class SourceText:
    """A source text read for the quote checks, normalised as quotes are compared."""

    name: str  # as the user wrote it, for messages
    text: str | None  # normalised; None when it cannot be read
    error: str | None = None
    original: str = ""  # as in the file, to show passages the way the reader sees them
    passages: bool = True  # messages may quote it (not a text outside the map's folder)


def normalise(text: str) -> str:
    text = " ".join(text.translate(_SAME_CHARACTER).split())
    return _DASH.sub("-", text)


def read(path: Path) -> tuple[str, str]:
    """The file's text, as is and normalised; UTF-8 with or without BOM. Raises SourceTextError."""
    if _special(path):
        raise SourceTextError("is not a regular file (a special file of the system, under /proc, /sys or /dev)")
    try:
        stat = path.stat()
    except OSError as exc:
        raise SourceTextError(
            "does not exist" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc.strerror})"
        ) from None
    if path.is_dir():
        raise SourceTextError("is a folder, not a text file")
    if not S_ISREG(stat.st_mode):  # /dev/zero or a pipe would be read for ever
        raise SourceTextError("is not a regular file")
    largest = limits.current().max_file_size
    if stat.st_size > largest:
        raise SourceTextError(
            f"is {stat.st_size:,} bytes, more than argmap reads ({largest:,}; raise `max-file-size` to read it)"
        )
    protect(path)
    return _read_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[str, str]:
    """Keyed on modification time and size too, so that a long-running process sees edits."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SourceTextError(f"cannot be read ({exc.strerror})") from None
    try:
        original = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceTextError(f"is not UTF-8 text (undecodable bytes at byte offset {exc.start})") from None
    return original, normalise(original)


def _special(path: Path) -> bool:
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):
        return False
    return any(resolved == folder or resolved.startswith(folder + "/") for folder in SPECIAL_FOLDERS)


def may_quote(map_path: str, text_path: Path) -> bool:
    """Whether messages may show passages of the text a map names: only when it lies in the
    map's folder or below, links followed. A map is untrusted; its ``source.text:
    ../../.ssh/id_rsa`` must not turn the closest-passage hint into a way to read files
    (into CI logs, autograder reports, ``argmap serve``'s page)."""
    try:
        return text_path.resolve().is_relative_to(Path(map_path).parent.resolve())
    except (OSError, RuntimeError):
        return False


def for_map(amap: ArgumentMap, override: Path | None = None) -> SourceText | None:
    """The text given on the command line (chosen by whoever runs argmap: its passages may be
    shown), else the map's ``source.text`` (relative to the map file; passages shown only when
    it is in the map's folder); None when there is neither."""
    if override is not None:
        name, path, passages = str(override), Path(override), True
    elif amap.source is not None and amap.source.text and amap.source.text.strip():
        name, path = amap.source.text, Path(amap.path).parent / amap.source.text
        passages = may_quote(amap.path, path)
    else:
        return None
    try:
        original, text = read(path)
        return SourceText(name, text, original=original, passages=passages)
    except SourceTextError as exc:
        return SourceText(name, None, str(exc))


def missing_part(text: str, quote: str) -> str | None:
    """None when the (normalised) quote occurs in the text, else the part that does not:
    the whole quote, or with elisions the first part not found after the previous one."""
    start = 0
    for part in filter(None, _ELISION.split(normalise(quote))):
        found = text.find(part, start)
        if found < 0:
            return part
        start = found + len(part)
    return None


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
