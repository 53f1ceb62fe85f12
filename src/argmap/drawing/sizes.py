"""Honest sizes: how large a picture comes out, and what that means for its text.

Graphviz silently shrinks a bitmap wider or taller than 32,767 px ("too large for
cairo-renderer bitmaps") and many image viewers refuse far smaller ones. So before a PNG
is drawn its size is measured (a layout to Graphviz's ``plain`` format: the scale and the
size in inches) and the resolution chosen to stay within MAX_SIDE and MAX_PIXELS; below
PNG_DPI a note says so, and below MIN_DPI (text no longer legible) the picture is refused
with advice. With ``--page`` the picture is scaled to the page: a note says when body text
comes out smaller than MIN_TEXT_PT.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from argmap.drawing.errors import RenderError
from argmap.drawing.options import PNG_DPI  # the documented resolution
from argmap.drawing.paper import Measure, on_page

if TYPE_CHECKING:
    from argmap.drawing.engine import Layout

MIN_DPI = 72  # below it 12 pt text is under 12 px: not legible on a screen
MAX_SIDE = 16384  # px: what browsers' canvases and common image tools open (Graphviz: 32,767)
MAX_PIXELS = 64_000_000  # 256 MB as RGBA; Pillow warns of a "decompression bomb" from 89 million
BODY_PT = 12.0  # a claim's text in the drawing
MIN_TEXT_PT = 6.0
PARTS = "draw a part (--focus ID, --part N) or one diagram per part (--split-parts)"


class PictureTooLarge(RenderError):
    """Even at MIN_DPI the bitmap would be larger than image tools open."""


def parse_plain(plain: bytes, pad: float) -> Measure:
    """The first line of Graphviz's ``plain`` output, ``graph scale width height`` (the
    unscaled drawing in inches, without the pad around it)."""
    head = plain.split(b"\n", 1)[0].split()
    if len(head) < 4 or head[0] != b"graph":
        raise RenderError("Graphviz gave no size for the picture")
    scale, width, height = (float(x) for x in head[1:4])
    return Measure((width + 2 * pad) * scale, (height + 2 * pad) * scale, scale)


def png_dpi(measure: Measure) -> tuple[int, str | None]:
    """The resolution for a PNG of this picture and, when it is below PNG_DPI, why.
    PictureTooLarge when even MIN_DPI is too much."""
    width, height = max(measure.width, 0.01), max(measure.height, 0.01)
    fits = min(MAX_SIDE / max(width, height), math.sqrt(MAX_PIXELS / (width * height)))
    if fits >= PNG_DPI:
        return PNG_DPI, None
    size = f"{width:.0f} × {height:.0f} inches"
    if fits < MIN_DPI:
        raise PictureTooLarge(
            f"the picture is {size}: a PNG of it would be too large to open even at "
            f"{MIN_DPI} dpi (at most {MAX_SIDE:,} px a side, {MAX_PIXELS / 1e6:g} million "
            f"pixels): {PARTS}, or use SVG or PDF"
        )
    dpi = int(fits)
    return dpi, (
        f"the picture is {size}: PNG drawn at {dpi} dpi instead of {PNG_DPI}, to stay within "
        f"{MAX_SIDE:,} px a side and {MAX_PIXELS / 1e6:g} million pixels; for every detail use SVG or PDF, or {PARTS}"
    )


def page_note(measure: Measure, page: str) -> str | None:
    """A note when the picture, scaled to ``page``, has body text smaller than MIN_TEXT_PT."""
    body = BODY_PT * min(measure.scale, 1.0)
    if body >= MIN_TEXT_PT:
        return None
    return (
        f"--page {page}: the map is scaled to {measure.scale:.0%}, so its text comes out at "
        f"{body:.1f} pt (less than {MIN_TEXT_PT:g} pt, too small to read): {PARTS}, "
        "or leave out --page for a larger picture"
    )


def start_checked_layout(
    source: str,
    fmt: str,
    timeout: float | None = None,
    engine: str = "auto",
    page: str | None = None,
    theme: str = "default",
    notes: list[str] | None = None,
    spare: Layout | None = None,
) -> Layout:
    """``engine.start``, but a PNG (or a picture for a page) is measured first: the PNG at the
    resolution ``png_dpi`` allows, and what the user should know appended to ``notes``. The
    last (or only) layout is begun, not waited for (``.result()`` gives the output);
    ``spare``: a ``dot`` started ahead for the first layout (``engine.spare_dot``)."""
    from argmap.drawing.engine import layout, start
    from argmap.drawing.themes import THEMES

    if fmt != "png" and not page:
        return start(source, fmt, timeout, engine, spare=spare)
    measure = parse_plain(layout(source, "plain", timeout, engine, spare=spare), float(THEMES[theme].graph["pad"]))
    found = [page_note(measure, page) if page else None]
    dpi = None
    if fmt == "png":
        dpi, note = png_dpi(measure)
        found.append(note)
    if notes is not None:
        notes.extend(note for note in found if note)
    if page:  # the picture is the page: a4 and letter exactly, a slide 16:9
        source = on_page(source, measure, float(THEMES[theme].graph["pad"]))
    return start(source, fmt, timeout, engine, dpi=dpi)
