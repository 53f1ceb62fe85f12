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

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

CHAR = 0.52  # average width of a Latin character in DejaVu Sans, in ems
UNKNOWN = 1.0  # width (ems) of a character no listed font has: as wide as an ideograph
_TOKEN = re.compile(r"\S+\s*")
_WHITESPACE = re.compile(r"\s")
_CJK_FROM = 0x2E80  # CJK radicals, kana, ideographs, Hangul, fullwidth forms lie above
_NO_BREAK_BEFORE = set("!?;:,.)]}»›…") | {"\u060c", "\u061b", "\u061f", "\u3001", "\u3002"}


class _Table:
    """Runs of characters of equal width, looked up by bisection."""

    def __init__(self) -> None:
        text = resources.files("argmap.data").joinpath("advance_widths.txt").read_text(encoding="utf-8")
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


@lru_cache(maxsize=4096)
def _em(char: str) -> float:
    return _table().em(char)


def width(text: str, font_size: float = 12.0, bold: bool = False) -> float:
    """Points wide ``text`` is set at ``font_size`` points (bold: DejaVu Sans Bold's proportion)."""
    ems = sum(_em(char) for char in text)
    return ems * font_size * (_table().bold if bold else 1.0)


def chars_width(chars: int, font_size: float = 12.0) -> float:
    """Points wide a Latin line of ``chars`` average characters is: how wrap widths are given."""
    return chars * font_size * CHAR


def wrap(text: str, width_pt: float, font_size: float = 12.0) -> list[str]:
    """Lines no wider than ``width_pt`` points where the text allows it (a word wider than the
    line keeps a line of its own). Whitespace becomes spaces; lines lose their trailing ones.
    Remembered: a drawing wraps each claim twice (its label and its size estimate)."""
    return list(_wrap(text, width_pt, font_size))


@lru_cache(maxsize=8192)
def _wrap(text: str, width_pt: float, font_size: float) -> tuple[str, ...]:
    lines: list[str] = []
    line, ems = "", 0.0  # ems: the line's width in ems, summed character by character as width() does
    for unit in break_units(_WHITESPACE.sub(" ", text).strip()):
        if line and _ems_with(line, ems, unit) * font_size > width_pt:
            lines.append(line.rstrip())
            line, ems = unit, _ems_with("", 0.0, unit, keep_spaces=True)
        else:
            line, ems = line + unit, _ems_with(line, ems, unit, keep_spaces=True)
    lines.append(line.rstrip())
    return tuple(line for line in lines if line) or ("",)


def _ems_with(line: str, ems: float, unit: str, keep_spaces: bool = False) -> float:
    """The width in ems of ``line + unit`` (without its trailing spaces unless ``keep_spaces``),
    from the line's own ``ems``: the same sum, in the same order, as ``width`` gives, so a line
    breaks exactly where measuring it whole would break it (no quadratic re-measuring)."""
    added = unit if keep_spaces else unit.rstrip()
    if not keep_spaces and not added:
        return sum(_em(char) for char in line.rstrip())
    for char in added:
        ems += _em(char)
    return ems


def break_units(text: str) -> list[str]:
    """``text`` cut at each place a line may break, trailing spaces kept with the unit."""
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
