"""The graph's label: title, source line and legend, as one HTML-like table at the top.

Everything here depends only on the map and the options (not on ``hidden``), so the label
has the same size at every step of a reveal and the boxes below it never move.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..model import ArgumentMap
from .labels import cell, esc, font, lines_html, table, wrap
from .themes import Theme


@dataclass(frozen=True)
class Features:
    """What the drawing contains, so the legend explains only what a reader will see."""

    speakers: tuple[tuple[str, str, str | None, tuple[str, str] | None], ...]  # id, name, role, colours
    attack: bool = False
    implicit: bool = False
    linked: bool = False
    caption: bool = False


def graph_label(amap: ArgumentMap, theme: Theme, features: Features, legend: bool,
                extra: tuple[tuple[str, str], ...]) -> str:
    text = theme.text
    rows = [_row(font(f"<B>{lines_html(wrap(amap.title or 'Untitled map', 70))}</B>", text["title"]))]
    source = _source_line(amap)
    if source:
        rows.append(_row(font(lines_html(wrap(source, 110)), text["source"], text["muted"])))
    if legend:
        rows.append(_row(_legend(theme, features, extra), CELLPADDING="4"))
    return "<" + table(rows, CELLPADDING="2") + ">"


def _row(inner: str, **attrs: str) -> str:
    return f"<TR>{cell(inner, **attrs)}</TR>"


def _source_line(amap: ArgumentMap) -> str | None:
    src = amap.source
    if src is None:
        return None
    parts = [p for p in (src.title, src.author, src.publisher, src.date) if p]
    return ("Source: " + " · ".join(parts)) if parts else None


def _legend(theme: Theme, features: Features, extra: tuple[tuple[str, str], ...]) -> str:
    """One row of speakers (drawn as they appear on the boxes), one row of symbols."""
    rows = []
    speakers = [_speaker_cell(theme, name, role, colours) for _, name, role, colours in features.speakers]
    if speakers:
        rows.append(_row(table([f"<TR>{''.join(speakers)}</TR>"], CELLSPACING="5")))
    key = _key_cells(theme, features) + [_symbol(theme, esc(s), esc(m)) for s, m in extra]
    rows.append(_row(table([f"<TR>{''.join(key)}</TR>"], CELLSPACING="5")))
    return table(rows)


def _speaker_cell(theme: Theme, name: str, role: str | None, colours: tuple[str, str] | None) -> str:
    text = theme.text
    inner = esc(name)
    if role:
        inner += "<BR/>" + font(lines_html(wrap(role, 26)), text["small"], text["muted"])
    attrs: Mapping[str, str] = {"BORDER": "1", "STYLE": "rounded", "CELLPADDING": "4", "BALIGN": "LEFT"}
    if colours:
        attrs = {**attrs, "BGCOLOR": colours[0], "COLOR": colours[1]}
    return cell(font(inner, text["caption"], text["ink"]), **attrs)


def _key_cells(theme: Theme, f: Features) -> list[str]:
    size, ink = theme.text["caption"], theme.text["ink"]
    cells = [_symbol(theme, font("━━━▶", color=theme.support["color"]), "supports")]
    if f.attack:
        cells.append(_symbol(theme, font("╍╍╍┫", color=theme.attack["color"]), "attacks"))
    if f.linked:
        cells.append(_symbol(theme, "●", "premises that hold only together"))
    if f.caption:
        cells.append(cell(font("named argument<BR/><I>scheme</I>", size, ink), BORDER="1", STYLE="rounded",
                          BGCOLOR=theme.caption["fillcolor"], COLOR=theme.caption["color"], CELLPADDING="3"))
    if f.implicit:
        cells.append(cell(font("<I>unstated premise</I>", size, ink), BORDER="1", STYLE="dashed",
                          COLOR=theme.implicit["color"], CELLPADDING="4"))
    cells.append(cell(font("main conclusion", size, ink), BORDER="3", STYLE="rounded",
                      COLOR=theme.claim["color"], CELLPADDING="4"))
    return cells


def _symbol(theme: Theme, symbol: str, meaning: str) -> str:
    size = theme.text["caption"]
    return cell(font(f"{symbol} {meaning}", size, theme.text["ink"]), ALIGN="LEFT")
