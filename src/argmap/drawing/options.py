"""What a caller can ask of a drawing: theme, direction, legend, page, focus, and the
per-node decorations and hidden nodes that the teaching and evaluation features use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

DIRECTIONS = ("BT", "TB", "LR", "RL")
PAGES = ("slide", "a4", "letter")
FORMATS = ("svg", "png", "pdf", "dot")
PNG_DPI = 170  # the documented resolution of a PNG: crisp text on slides and screens


@dataclass(frozen=True)
class Decoration:
    """Changes to one claim's box or one argument's junction.

    ``mark`` is drawn in the box (e.g. "✓"); ``label`` replaces the claim's text (e.g. a
    worksheet blank "(3) ______") or an argument's caption; ``node_attrs`` are Graphviz
    attribute overrides (color, style, penwidth, ...); ``tooltip_extra`` is appended to
    the SVG tooltip. ``badge`` (e.g. "✓") and ``strength`` (a bar and the number) are drawn
    at the end of the box's last row, where they do not widen it; ``edge_attrs`` style an
    argument drawn as a plain arrow (``node_attrs`` apply to boxes only then).
    """

    mark: str | None = None
    label: str | None = None
    node_attrs: Mapping[str, str] = field(default_factory=dict)
    tooltip_extra: str | None = None
    badge: str | None = None
    strength: float | None = None
    edge_attrs: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class KeySample:
    """A legend entry drawn as a sample: a small box with this border (and badge or bar),
    then what it means. ``border`` is solid, dashed, dotted or None (no box)."""

    meaning: str
    badge: str | None = None
    border: str | None = None
    colour: str = "#000000"
    strength: float | None = None
    argument_fill: float | None = None  # a named-argument box filled to this share


@dataclass(frozen=True)
class RenderOptions:
    """How to draw a map. ``hidden`` ids stay in the layout but are drawn invisible, so a
    step-by-step reveal keeps every box where it is. ``focus`` draws only that claim (or
    argument) and what leads to it, ``depth`` argument levels deep (None: all)."""

    theme: str = "default"
    direction: str = "BT"
    legend: bool = True
    speakers: bool = True
    page: str | None = None
    focus: str | None = None
    depth: int | None = None
    hidden: frozenset[str] = frozenset()
    decorations: Mapping[str, Decoration] = field(default_factory=dict)
    extra_legend: tuple[tuple[str, str], ...] = ()
    # True: every box keeps the size the undecorated drawing gives it, so decorations move
    # nothing (render_bytes lays the plain map out first); the extra legend rows go in a
    # column of their own on the legend's right
    keep_layout: bool = False
    key_samples: tuple[KeySample, ...] = ()

    def __post_init__(self) -> None:
        from argmap.drawing.errors import OptionError
        from argmap.drawing.themes import THEMES

        if self.theme not in THEMES:
            raise OptionError(f"unknown theme {self.theme!r} (use {', '.join(THEMES)})")
        if self.direction not in DIRECTIONS:
            raise OptionError(f"unknown direction {self.direction!r} (use {', '.join(DIRECTIONS)})")
        if self.page is not None and self.page not in PAGES:
            raise OptionError(f"unknown page {self.page!r} (use {', '.join(PAGES)})")
        if self.depth is not None and self.depth < 0:
            raise OptionError(f"depth must be 0 or more, not {self.depth}")
