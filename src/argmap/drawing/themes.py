"""Themes are data: Graphviz attribute tables for each kind of node and line.

``graph.py`` looks attributes up here and never branches on a theme's name. The contrast
test (``tests/test_render_themes.py``) computes WCAG ratios from these tables: every line
and border that carries meaning at least 3:1 against the page, every text at least 4.5:1
against what is behind it.

Speaker colours come from the Okabe–Ito palette (colour-blind safe). Its yellow, orange
and sky blue are too light for thin lines on white, so each hue is used as a light FILL
behind dark text, with a darker shade of the same hue for the border.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

# Fonts in fallback order: DejaVu Sans (Latin, Greek, Cyrillic, Arabic, Hebrew), then
# Devanagari and CJK (Debian's fonts-lohit-deva and fonts-droid-fallback, installed by ./dev),
# then whatever the machine's sans-serif is. measure.py's widths come from the same fonts.
FONT = "DejaVu Sans,Lohit Devanagari,Droid Sans Fallback,sans-serif"
NODESEP, RANKSEP = 0.22, 0.32  # inches; the proportions estimate (estimate.py) uses them too
PAGE = "#FFFFFF"
INK = "#1A1A1A"

# (fill, border) per Okabe–Ito hue, in the order speakers receive them (similar hues last).
# The fills are far enough apart to tell on a washed-out projector: CIEDE2000 at least 13 between
# any two (orange and yellow, the closest, 13.6) and at least 12 from the white page
# (tests/drawing/test_speaker_colours.py measures it).
OKABE_ITO = (
    ("#F2CB75", "#9C6C00"),  # orange
    ("#C9E7F8", "#3B7CA1"),  # sky blue
    ("#9EDACA", "#008662"),  # bluish green
    ("#EBC9DC", "#A36186"),  # reddish purple
    ("#FAF5BD", "#7F7923"),  # yellow
    ("#7AB6D7", "#00527F"),  # blue
    ("#E39557", "#A34800"),  # vermilion
)


def _table(**attrs: str) -> Mapping[str, str]:
    return MappingProxyType(dict(attrs))


@dataclass(frozen=True)
class Theme:
    """Attribute tables; ``text`` holds font sizes and colours used inside HTML labels."""

    graph: Mapping[str, str]
    node: Mapping[str, str]
    edge: Mapping[str, str]
    claim: Mapping[str, str]  # a claim with no (known) speaker, or --no-speakers
    main: Mapping[str, str]  # added for a main conclusion (supports/attacks nothing)
    implicit: Mapping[str, str]  # added for an unstated premise
    junction: Mapping[str, str]  # where linked premises meet, no caption
    caption: Mapping[str, str]  # a junction that shows the argument's label/scheme
    support: Mapping[str, str]
    attack: Mapping[str, str]
    premise_line: Mapping[str, str]  # added to a premise's line into a junction
    speakers: tuple[tuple[str, str], ...]  # (fillcolor, color) per speaker, cycled
    text: Mapping[str, str] = field(default_factory=dict)
    bar: tuple[str, str] = ("#404040", "#FFFFFF")  # a strength bar: filled part, rest
    bar_tint: str = "#BDBDBD"  # an argument box filled to its strength


_COMMON_GRAPH = dict(
    fontname=FONT,
    bgcolor=PAGE,
    fontcolor=INK,
    margin="0",  # no extra PDF margin
    nodesep=f"{NODESEP:g}",
    ranksep=f"{RANKSEP:g}",
    pad="0.2",
    labelloc="t",
    outputorder="edgesfirst",
    newrank="true",
)
_COMMON_NODE = dict(fontname=FONT, fontsize="12", fontcolor=INK, shape="box", margin="0.11,0.07")
_COMMON_EDGE = dict(fontname=FONT, penwidth="1.6", arrowsize="0.9")
# argument: a named argument's label and scheme, one point under the claims' text, in full ink
# (at 10 pt in grey they were hard to read on a slide)
_TEXT = dict(size="12", small="10", caption="10", argument="11", title="18", source="10", ink=INK, muted="#3D3D3D")


def _theme(
    line: str,
    border: str,
    caption_fill: str,
    attack: Mapping[str, str],
    speakers: tuple,
    text: Mapping[str, str],
    **bar,
) -> Theme:
    """A theme from its inks: ``line`` for lines and dots, ``border`` for boxes. The themes differ
    only in these, in the attack line, the speakers' colours and the text colours."""
    return Theme(
        graph=_table(**_COMMON_GRAPH),
        node=_table(**_COMMON_NODE),
        edge=_table(**_COMMON_EDGE, color=line),
        claim=_table(style="rounded,filled", fillcolor=PAGE, color=border, penwidth="1.4"),
        main=_table(penwidth="3.6"),
        implicit=_table(style="rounded,dashed,filled", fillcolor=PAGE, color=border, penwidth="1.6"),
        junction=_table(shape="point", width="0.11", height="0.11", style="filled", color=line, fillcolor=line),
        caption=_table(
            shape="box",
            style="rounded,filled",
            fillcolor=caption_fill,
            color=border,
            penwidth="1.2",
            margin="0.08,0.04",
            fontsize="11",
            width="0.3",
            height="0.2",
        ),
        support=_table(color=line, style="solid", arrowhead="normal"),
        attack=attack,
        premise_line=_table(arrowhead="none"),
        speakers=speakers,
        text=text,
        **bar,
    )


DEFAULT = _theme(
    line="#262626",
    border="#4D4D4D",
    caption_fill="#F2F2F2",
    attack=_table(color="#B22222", style="dashed", arrowhead="tee", arrowsize="1.2"),
    speakers=OKABE_ITO,
    text=_table(**_TEXT),
    bar=("#2B5C8A", "#FFFFFF"),
    bar_tint="#A6C8E6",
)

PRINT = _theme(
    line="#000000",
    border="#000000",
    caption_fill="#EBEBEB",
    # without colour the bar is what says "attacks": large and heavy enough for a photocopy
    attack=_table(color="#000000", style="dashed", arrowhead="tee", arrowsize="2", penwidth="2.2"),
    speakers=(),  # black and white: the speaker's name on each box says who
    text=_table(**{**_TEXT, "ink": "#000000", "muted": "#333333"}),
)

THEMES: Mapping[str, Theme] = MappingProxyType({"default": DEFAULT, "print": PRINT})


def speaker_colours(amap, theme: str | Theme = "default") -> dict[str, tuple[str, str]]:
    """Speaker id -> (fill, border): the theme's palette in speaker order, cycled. The one
    place that decides a speaker's colour (the diagram, the web page's swatches, Mermaid)."""
    palette = (THEMES[theme] if isinstance(theme, str) else theme).speakers
    return {sid: palette[i % len(palette)] for i, sid in enumerate(amap.speakers)} if palette else {}
