"""The legend node: what the drawing's colours, lines and symbols mean.

The legend is a node of its own, kept on the conclusions' rank, so it fills the space
beside the main conclusion instead of widening the picture. Its size depends only on the
map and the options (not on ``hidden``): at every step of a reveal the legend has the same
size, so the boxes never move; a speaker not shown yet is drawn in the page's colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.drawing.bidi import is_rtl
from argmap.drawing.labels import cell, esc, font, lines_html, table, wrap
from argmap.drawing.themes import PAGE, Theme

ROLE_WRAP = 28


@dataclass(frozen=True)
class Features:
    """What the drawing contains, so the legend explains only what a reader will see."""

    speakers: tuple[tuple[str, str | None, tuple[str, str] | None], ...] = ()  # name, role, colours
    unshown: frozenset[str] = frozenset()  # speakers (names) whose boxes a reveal step hides
    attack: bool = False
    implicit: bool = False
    implicit_words: str = "unstated premise"  # or "unstated objection", as the boxes say
    junction: bool = False  # an unlabelled junction dot is drawn
    caption: bool = False
    parts: bool = False  # a forest: each part's conclusion is numbered, none is the map's


def legend_label(theme: Theme, features: Features, extra: tuple[tuple[str, str], ...], samples: tuple = ()) -> str:
    """Speakers drawn as their boxes look, then the symbols, in a grid of a few columns;
    ``samples`` (KeySample) in columns of their own on the right, no more rows than the grid,
    so adding them widens the legend to the right and moves nothing else."""
    speakers = [_speaker_cell(theme, *speaker, hidden=speaker[0] in features.unshown) for speaker in features.speakers]
    key = _key_cells(theme, features) + [_symbol(theme, esc(s), esc(m)) for s, m in extra]
    columns = legend_columns(features)
    rows = [cells[i : i + columns] for cells in (speakers, key) for i in range(0, len(cells), columns)]
    body = [f"<TR>{''.join(row)}{'<TD></TD>' * (columns - len(row))}</TR>" for row in rows]
    grid = table(body, CELLSPACING="4")
    if not samples:
        return "<" + grid + ">"
    cells = [_sample_cells(theme, sample) for sample in samples]
    per_column = max(1, len(rows) - 1)  # sample rows are a little taller than the grid's
    side = ["".join(cells[i]) for i in range(len(cells))]
    side_rows = [side[i::per_column] for i in range(min(per_column, len(side)))]
    side_table = table([f"<TR>{''.join(row)}</TR>" for row in side_rows], CELLSPACING="3")
    return "<" + table([f"<TR>{cell(grid, VALIGN='TOP')}{cell(side_table, VALIGN='TOP')}</TR>"]) + ">"


def _sample_cells(theme: Theme, sample) -> tuple[str, str]:
    """Two cells: a small box drawn as the decorated boxes are (border style and colour,
    badge, bar or filled argument box), and what it means."""
    from argmap.drawing.labels import badge_html

    text = theme.text
    meaning = cell(
        font(lines_html(sample.meaning.split("\n")), text["caption"], text["ink"]), ALIGN="LEFT", BALIGN="LEFT"
    )
    inner = badge_html(sample.badge, sample.strength, text, theme.bar) or ""
    if sample.argument_fill is not None:  # two cells, not a colour list: every engine draws them
        done = round(62 * sample.argument_fill)
        halves = [
            cell("", BGCOLOR=colour, WIDTH=str(w), HEIGHT="18", FIXEDSIZE="TRUE")
            for colour, w in ((theme.bar_tint, done), (theme.caption["fillcolor"], 62 - done))
            if w
        ]
        box = cell(
            table([f"<TR>{''.join(halves)}</TR>"], BORDER="1", COLOR=theme.caption["color"]),
            FIXEDSIZE="TRUE",
            WIDTH="66",
            HEIGHT="22",
        )
    elif sample.border is None:
        box = cell(inner)
    else:
        mark = font(f"<B>{esc(sample.badge)}</B>", text["small"], text["ink"]) if sample.badge else " "
        box = cell(
            mark,
            BORDER="2",
            STYLE=sample.border,
            COLOR=sample.colour,
            CELLPADDING="1",
            FIXEDSIZE="TRUE",
            WIDTH="30",
            HEIGHT="20",
        )
    return box, meaning


def legend_columns(features: Features) -> int:
    return 3 if len(features.speakers) > 4 else 2


def _speaker_cell(
    theme: Theme, name: str, role: str | None, colours: tuple[str, str] | None, hidden: bool = False
) -> str:
    """A speaker as their boxes look; one whose boxes a reveal step hides keeps its place (so
    nothing moves) but is drawn in the page's colour: the legend names only who is shown."""
    text = theme.text
    ink, muted = (PAGE, PAGE) if hidden else (text["ink"], text["muted"])
    inner = esc(name)
    if role:
        inner += "<BR/>" + font(lines_html(wrap(role, ROLE_WRAP)), text["small"], muted)
    side = "RIGHT" if is_rtl(name) else "LEFT"
    attrs = {
        "BORDER": "1",
        "STYLE": "rounded",
        "CELLPADDING": "4",
        "ALIGN": side,
        "BALIGN": side,
        "COLOR": PAGE if hidden else theme.claim["color"],
    }
    if colours:  # drawn even when hidden (in white), so the legend's shapes stay the same
        attrs.update(BGCOLOR=PAGE, COLOR=PAGE) if hidden else attrs.update(BGCOLOR=colours[0], COLOR=colours[1])
    return cell(font(inner, text["caption"], ink), **attrs)


def _key_cells(theme: Theme, f: Features) -> list[str]:
    size, ink = theme.text["caption"], theme.text["ink"]
    cells = [_symbol(theme, font("━━━▶", color=theme.support["color"]), "supports")]
    if f.attack:
        cells.append(_symbol(theme, font("╍╍╍┫", color=theme.attack["color"]), "attacks"))
    if f.junction:
        cells.append(_symbol(theme, "●", "where an argument's premises meet"))
    if f.caption:
        cells.append(
            cell(
                font("named argument<BR/><I>scheme</I>", size, ink),
                BORDER="1",
                STYLE="rounded",
                BGCOLOR=theme.caption["fillcolor"],
                COLOR=theme.caption["color"],
                CELLPADDING="3",
            )
        )
    if f.implicit:
        cells.append(
            cell(
                font(f"<I>{esc(f.implicit_words)}</I>", size, ink),
                BORDER="1",
                STYLE="dashed",
                COLOR=theme.implicit["color"],
                CELLPADDING="4",
            )
        )
    conclusion = "a part's conclusion" if f.parts else "main conclusion"
    cells.append(
        cell(font(conclusion, size, ink), BORDER="3", STYLE="rounded", COLOR=theme.claim["color"], CELLPADDING="4")
    )
    return cells


def _symbol(theme: Theme, symbol: str, meaning: str) -> str:
    size = theme.text["caption"]
    return cell(font(f"{symbol} {meaning}", size, theme.text["ink"]), ALIGN="LEFT")


def legend_size(features: Features, extra_rows: int) -> tuple[float, float]:
    """Rough points wide and high of the legend node (for the proportions estimate)."""
    from argmap.drawing.measure import chars_width, width

    columns = legend_columns(features)
    speakers = features.speakers
    widths = [
        max([width(name, 10), chars_width(24, 10)] + [width(line, 10) for line in wrap(role or "", ROLE_WRAP)])
        for name, role, _ in speakers
    ]
    heights = [16 + 12 * len(wrap(role, ROLE_WRAP)) if role else 24 for _, role, _ in speakers]
    keys = 2 + sum((features.attack, features.junction, features.caption, features.implicit)) + extra_rows
    height = sum(max(heights[i : i + columns]) + 4 for i in range(0, len(heights), columns))
    height += -(-keys // columns) * 30
    return columns * (max(widths, default=chars_width(24, 10)) + 14), height
