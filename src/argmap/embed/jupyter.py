"""Maps in Jupyter: ``argmap.show(...)`` gives an object the notebook shows as the diagram,
and ``%load_ext argmap`` adds the ``%%argmap`` cell magic, whose cell holds what an
```` ```argmap ```` block holds (a map, or ``file:`` and options)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from argmap.embed import Block, Drawn, draw_block, parse_block
from argmap.embed.block import check_options
from argmap.embed.html import figure, inline_svg

MAP_SUFFIXES = (".yaml", ".yml")


class NotebookDiagram:
    """A drawn map. Jupyter shows ``_repr_html_`` (the figure with caption and outline) or
    ``_repr_svg_`` (the bare SVG); ``svg`` is exactly what ``argmap render`` writes."""

    def __init__(self, drawn: Drawn) -> None:
        self.map, self.svg, self.warnings, self._visible = drawn.amap, drawn.svg, drawn.warnings, drawn.visible
        # a prefix from the content: the same map gives the same notebook output every run
        self._prefix = "argmap-" + hashlib.sha256(drawn.svg.encode("utf-8")).hexdigest()[:10]

    def _repr_svg_(self) -> str:
        return inline_svg(self.svg, self._prefix)

    def _repr_html_(self) -> str:
        return figure(self._visible, self.svg, self._prefix)

    def __repr__(self) -> str:
        return f"<argmap map {self.map.title!r}: {len(self.map.claims)} claims, {len(self.map.arguments)} arguments>"


def show(source: str | Path, **options: Any) -> NotebookDiagram:
    """A map file (a ``Path``, or a one-line text ending in .yaml/.yml) or a map in YAML,
    drawn with ``options`` (focus, depth, theme, step, direction, legend, speakers).
    Raises EmbedError (with every problem) for a map with errors."""
    if isinstance(source, Path) or ("\n" not in source and source.strip().endswith(MAP_SUFFIXES)):
        checked = check_options(options, str(source), 1)
        return NotebookDiagram(draw_block(Block(str(source), 1, file=Path(source), options=checked)))
    block = parse_block(source, "<argmap.show>", 1, Path.cwd(), options=options, confined=False)  # the user's own
    return NotebookDiagram(draw_block(block))


def argmap_magic(line: str, cell: str) -> NotebookDiagram:
    """``%%argmap``: the cell is a map in YAML, or ``file:`` with options. A broken map is an
    EmbedError, so the cell fails (and a notebook run by nbclient or nbconvert stops)."""
    return NotebookDiagram(draw_block(parse_block(cell, "<cell>", 1, Path.cwd(), confined=False)))


def load_ipython_extension(ipython) -> None:
    ipython.register_magic_function(argmap_magic, magic_kind="cell", magic_name="argmap")
