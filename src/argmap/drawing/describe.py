"""The text alternative of a diagram: the outline of what it shows, which ``svg.py`` puts
into the SVG's ``<desc>`` so that screen readers can read the diagram.

What is described is what is drawn: only the focused part, not the hidden steps of a
reveal, and a worksheet's blanks instead of the texts they hide (a decoration's label
replaces a claim's text, or an argument's "Because:"/"But:" lead).
"""

from __future__ import annotations

import re
from dataclasses import replace

from argmap.drawing.labels import clean
from argmap.drawing.options import RenderOptions
from argmap.drawing.outline import format_blocks
from argmap.drawing.outline_walk import Line, outline_lines
from argmap.drawing.scope import select
from argmap.model import ArgumentMap


def description(amap: ArgumentMap, options: RenderOptions = RenderOptions()) -> str:
    """The outline (text) of the part of ``amap`` that ``options`` draw."""
    shown = visible_map(amap, options)
    blocks = [[_relabelled(line, options) for line in block] for block in outline_lines(shown)]
    return clean(format_blocks(blocks, "text"))  # control characters are not allowed in XML


def visible_map(amap: ArgumentMap, options: RenderOptions) -> ArgumentMap:
    scope = select(amap, options.focus, options.depth)
    keep = (set(scope.claims) | set(scope.arguments)) - set(options.hidden)
    return replace(
        amap,
        claims={c: v for c, v in amap.claims.items() if c in keep},
        arguments={a: v for a, v in amap.arguments.items() if a in keep},
    )


def _relabelled(line: Line, options: RenderOptions) -> Line:
    decorations = options.decorations
    claim_label = decorations[line.claim].label if line.claim is not None and line.claim in decorations else None
    arg_label = decorations[line.argument].label if line.argument is not None and line.argument in decorations else None
    if claim_label is not None:
        line = replace(line, text=_BLANKS.sub("______", claim_label))
    if arg_label is not None and line.lead is not None:
        line = replace(line, lead=_BLANKS.sub("______", arg_label), label=None, linked=False)
    return line


_BLANKS = re.compile(r"_{3,}(?:\s+_{3,})*")  # a worksheet's lines to write on: one short blank to read
