"""Drawing argument maps with Graphviz.

``to_dot(amap, options)`` gives the DOT source (deterministic: the same map gives the same
bytes); ``render_bytes(amap, options, fmt)`` lays it out with ``dot`` into svg, png or pdf
(or returns the DOT for ``fmt="dot"``, which needs no Graphviz).
"""

from __future__ import annotations

from argmap.model import ArgumentMap
from argmap.drawing.errors import GraphvizNotFound, LayoutError, LayoutTimeout, OptionError, RenderError
from argmap.drawing.options import FORMATS, Decoration, RenderOptions

__all__ = ["to_dot", "render_bytes", "RenderOptions", "Decoration", "FORMATS", "RenderError",
           "GraphvizNotFound", "LayoutError", "LayoutTimeout", "OptionError"]


def to_dot(amap: ArgumentMap, options: RenderOptions = RenderOptions()) -> str:
    from argmap.drawing.dotgraph import build_graph

    return build_graph(amap, options).source


def render_bytes(amap: ArgumentMap, options: RenderOptions = RenderOptions(), fmt: str = "svg",
                 timeout: float | None = None, engine: str = "auto") -> bytes:
    """The diagram as ``fmt`` (svg, png, pdf or dot); ``engine``: auto, dot or wasm."""
    if fmt not in FORMATS:
        raise OptionError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    source = to_dot(amap, options)
    if fmt == "dot":
        return source.encode("utf-8")
    from argmap.drawing.engine import layout

    data = layout(source, fmt, timeout, engine)
    if fmt == "svg":
        from argmap.drawing.svg import accessible, text_alternative

        data = accessible(data, amap.title or "Argument map", text_alternative(amap, options))
    return data
