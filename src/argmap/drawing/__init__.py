"""Drawing argument maps with Graphviz.

``to_dot(amap, options)`` gives the DOT source (deterministic: the same map gives the same
bytes); ``render_bytes(amap, options, fmt)`` lays it out with ``dot`` into svg, png or pdf
(or returns the DOT for ``fmt="dot"``, which needs no Graphviz).
"""

from __future__ import annotations

from argmap.drawing.errors import GraphvizNotFound, LayoutError, LayoutTimeout, OptionError, RenderError
from argmap.drawing.options import FORMATS, Decoration, RenderOptions
from argmap.model import ArgumentMap

__all__ = [
    "to_dot",
    "render_bytes",
    "RenderOptions",
    "Decoration",
    "FORMATS",
    "RenderError",
    "GraphvizNotFound",
    "LayoutError",
    "LayoutTimeout",
    "OptionError",
]


def to_dot(amap: ArgumentMap, options: RenderOptions = RenderOptions(), sizes=None) -> str:
    from argmap.drawing.dotgraph import build_graph

    return build_graph(amap, options, sizes).source


def plain_sizes(
    amap: ArgumentMap, options: RenderOptions, timeout: float | None = None, engine: str = "auto", spare=None
) -> dict[str, tuple[str, str]]:
    """Every node's (width, height) in inches, as Graphviz lays out the map without its
    decorations: the sizes ``keep_layout`` holds the decorated boxes to."""
    from dataclasses import replace

    from argmap.drawing.engine import layout

    plain = replace(options, decorations={}, key_samples=(), keep_layout=False)
    sizes = {}
    for line in layout(to_dot(amap, plain), "plain", timeout, engine, spare=spare).decode("utf-8").splitlines():
        fields = line.split(" ", 6)
        if fields[0] == "node" and len(fields) > 5:
            sizes[fields[1].strip('"')] = (fields[4], fields[5])
    return sizes


def render_bytes(
    amap: ArgumentMap,
    options: RenderOptions = RenderOptions(),
    fmt: str = "svg",
    timeout: float | None = None,
    engine: str = "auto",
    notes: list[str] | None = None,
) -> bytes:
    """The diagram as ``fmt`` (svg, png, pdf or dot); ``engine``: auto, dot or wasm. What the
    caller should tell the user (a PNG drawn below 170 dpi, text too small for the page) is
    appended to ``notes``; a PNG too large to open raises PictureTooLarge."""
    if fmt not in FORMATS:
        raise OptionError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
    if fmt == "dot":
        return to_dot(amap, options).encode("utf-8")
    from argmap.drawing.engine import spare_dot

    first = "plain" if options.keep_layout or options.page or fmt == "png" else fmt
    spare = spare_dot(first, engine)  # dot starts up while the DOT is built
    try:
        running = _start(amap, options, fmt, timeout, engine, notes, spare)
    finally:
        if spare is not None:
            spare.release()  # when it was not needed after all
    if fmt != "svg":
        return running.result()
    try:  # while dot lays the map out, on another core
        from argmap.drawing.svg import accessible, text_alternative

        description = text_alternative(amap, options)
    except BaseException:
        running.cancel()
        raise
    return accessible(running.result(), amap.title or "Argument map", description)


def _start(amap: ArgumentMap, options: RenderOptions, fmt: str, timeout, engine: str, notes, spare):
    """The DOT built and its (last) layout begun: ``engine.Layout``."""
    from argmap.drawing.sizes import start_checked_layout

    sizes = plain_sizes(amap, options, timeout, engine, spare) if options.keep_layout else None
    source = to_dot(amap, options, sizes)
    return start_checked_layout(source, fmt, timeout, engine, options.page, options.theme, notes, spare)
