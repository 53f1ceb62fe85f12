"""How wide a text is set, and where its lines may break, in any script.

Widths come from ``data/advance_widths.txt``: every character's advance width in the fonts the
diagram names (DejaVu Sans, then Lohit Devanagari, then Droid Sans Fallback for CJK, the order
fontconfig falls back in), written by ``tools/font_widths.py`` with fontTools. So no font
library is loaded at run time, and the estimate is the same on every machine. Shaping is not
applied: joined Arabic and Devanagari conjuncts are set somewhat narrower than the sum of their
characters, so for them the estimate errs on the wide side.

Line breaks follow the Unicode line-breaking algorithm (UAX #14) through ``uniseg`` for text
with CJK characters (a line may break between ideographs, never before 。 or after 「). Text
of scripts that separate words with spaces breaks at spaces only, as UAX #14 allows there, and
words are never broken; this path needs no library (uniseg costs ~60 ms to import and
~0.1 ms a character, too much to pay for every Latin claim).
"""

from __future__ import annotations

import pkgutil
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache, reduce
from itertools import accumulate
from operator import add

CHAR = 0.52  # average width of a Latin character in DejaVu Sans, in ems
UNKNOWN = 1.0  # width (ems) of a character no listed font has: as wide as an ideograph
_TOKEN = re.compile(r"\S+\s*")
_WHITESPACE = re.compile(r"\s")
_CJK_FROM = 0x2E80  # CJK radicals, kana, ideographs, Hangul, fullwidth forms lie above
_NO_BREAK_BEFORE = set("!?;:,.)]}»›…") | {"\u060c", "\u061b", "\u061f", "\u3001", "\u3002"}
_CJK_CHAR = chr(_CJK_FROM)
# a token, and the tokens after it that begin with closing punctuation (what break_units joins)
_UNIT = re.compile(f"\\S+\\s*(?:[{re.escape(''.join(sorted(_NO_BREAK_BEFORE)))}]\\S*\\s*)*")


class _Table:
    """Runs of characters of equal width, looked up by bisection."""

    def __init__(self) -> None:
        # pkgutil, not importlib.resources: that one imports tempfile, random and zipfile (~4 ms a run)
        data = pkgutil.get_data("argmap", "data/advance_widths.txt")
        if data is None:  # a loader that cannot read package data: never one argmap is installed with
            raise FileNotFoundError("argmap.data/advance_widths.txt")
        text = data.decode("utf-8")
        header, _, body = text.partition("\n# bold ")
        bold, _, runs = body.partition("\n")
        self.bold = float(bold)
        fields = runs.split()  # "start count width" per run: hex, decimal, thousandths of an em
        self.starts = [int(start, 16) for start in fields[0::3]]
        self.ends = [start + int(count) for start, count in zip(self.starts, fields[1::3], strict=False)]
        self.widths = [int(width) / 1000 for width in fields[2::3]]

    def em(self, char: str) -> float:
        code = ord(char)
        at = bisect_right(self.starts, code) - 1
        if at >= 0 and code < self.ends[at]:
            return self.widths[at]
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            return 0.0  # a combining mark or format character: no advance of its own
        return UNKNOWN


@lru_cache(maxsize=1)
def _table() -> _Table:
    return _Table()


class _Ems(dict):
    """Each character's width in ems, looked up once (a dict lookup per character after)."""

    def __missing__(self, char: str) -> float:
        found = self[char] = _table().em(char)
        return found


_EMS = _Ems()
_em = _EMS.__getitem__


def width(text: str, font_size: float = 12.0, bold: bool = False) -> float:
    """Points wide ``text`` is set at ``font_size`` points (bold: DejaVu Sans Bold's proportion)."""
    ems = reduce(add, map(_em, text), 0.0)  # one by one from the left, as ``wrap`` sums a line
    return ems * font_size * (_table().bold if bold else 1.0)


def chars_width(chars: int, font_size: float = 12.0) -> float:
    """Points wide a Latin line of ``chars`` average characters is: how wrap widths are given."""
    return chars * font_size * CHAR


def wrap(text: str, width_pt: float, font_size: float = 12.0) -> list[str]:
    """Lines no wider than ``width_pt`` points where the text allows it (a word wider than the
    line keeps a line of its own). Whitespace becomes spaces; lines lose their trailing ones.
    Remembered: the steps of a reveal, the pages of a build, wrap the same texts again."""
    return list(_wrap(text, width_pt, font_size)[0])


def wrap_widths(text: str, width_pt: float, font_size: float = 12.0) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """``wrap``'s lines, and each line's ``width`` at ``font_size`` (the same number, measured
    as the lines were made): a box's label and its size estimate from one computation."""
    return _wrap(text, width_pt, font_size)


@lru_cache(maxsize=8192)
def _wrap(text: str, width_pt: float, font_size: float) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The lines and their widths in points."""
    units = break_units(_WHITESPACE.sub(" ", text).strip())
    return _set(units, "".join(units), width_pt, font_size)


def _set(units: list[str], text: str, width_pt: float, font_size: float) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """``units`` (which make up ``text``) set in lines. A line's width in ems is its characters'
    widths added one by one from 0.0, left to right (``ems``, a running sum per line): the same
    sum, in the same order, as ``width`` of the line gives, so a line breaks exactly where
    measuring it whole would break it, and no line is measured twice."""
    lines: list[str] = []
    widths: list[float] = []
    first, start = 0, 0  # the line's first unit, and where it starts in the text
    window = int(width_pt / font_size / CHAR) + 12  # characters of a line, and a word more (more if needed)
    while first < len(units):
        ems = list(accumulate(map(_em, text[start : start + window]), initial=0.0))  # ems[i]: of i characters
        end, after = start + len(units[first]), first + 1  # the first unit goes in whatever its width
        while after < len(units):
            word = units[after].rstrip()
            inked = end + len(word) if word else start + len(text[start:end].rstrip())
            if inked - start >= len(ems):
                _sum_further(ems, text, start, inked - start + window)
            if ems[inked - start] * font_size > width_pt:
                break
            end, after = end + len(units[after]), after + 1
        line = text[start:end].rstrip()
        if line:
            if len(line) >= len(ems):
                _sum_further(ems, text, start, len(line))
            lines.append(line)
            widths.append(ems[len(line)] * font_size * 1.0)
        first, start = after, end
    return (tuple(lines), tuple(widths)) if lines else (("",), (0.0,))


def _sum_further(ems: list[float], text: str, start: int, count: int) -> None:
    """The running sum ``ems`` of ``text`` from ``start`` carried on to ``count`` characters."""
    more = accumulate(map(_em, text[start + len(ems) - 1 : start + count]), initial=ems[-1])
    next(more)  # ems[-1] again
    ems.extend(more)


def break_units(text: str) -> list[str]:
    """``text`` cut at each place a line may break, trailing spaces kept with the unit."""
    if not text or max(text) < _CJK_CHAR:  # spaces separate words: one pass of a pattern
        return _UNIT.findall(text)
    units: list[str] = []
    for token in _TOKEN.findall(text):
        parts = _uax14_units(token) if any(ord(c) >= _CJK_FROM for c in token) else [token]
        for part in parts:
            if units and part[0] in _NO_BREAK_BEFORE:
                units[-1] += part  # closing punctuation stays with what it closes (UAX #14 LB13)
            else:
                units.append(part)
    return units


def _uax14_units(token: str) -> list[str]:
    from uniseg.linebreak import line_break_units  # ~60 ms to import: only for CJK text

    return list(line_break_units(token))
