"""The map as a ``dotwriter.Digraph`` (``.source``: the DOT): pure and deterministic (model
order, no timestamps).

``nodes.Drawing`` makes the nodes and lines; here they are written into the graph with the
title, the legend beside the main conclusions, and the edge lengths that ``fit`` chose to
keep the picture's proportions.
"""

from __future__ import annotations

from typing import Mapping

from argmap.drawing import fit
from argmap.drawing.dotwriter import Digraph
from argmap.drawing.features import features_of
from argmap.drawing.forest import graph_attrs, should_pack, title_with_legend
from argmap.drawing.graph_title import graph_label
from argmap.drawing.legend import legend_label, legend_size
from argmap.drawing.nodes import Drawing
from argmap.drawing.options import RenderOptions
from argmap.drawing.restates import add_restatements
from argmap.model import ArgumentMap

LEGEND = "legend"
STACK_WEIGHT = "4"  # keeps a stacked node under its sibling rather than under its conclusion


def _drawn(amap: ArgumentMap, options: RenderOptions) -> Drawing:
    drawing = Drawing(amap, options)
    for claim_id in drawing.scope.claims:
        drawing.add_claim(amap.claims[claim_id])
    for arg_id in drawing.scope.arguments:
        drawing.add_argument(amap.arguments[arg_id])
    add_restatements(drawing)
    return drawing


def drawn_features(amap: ArgumentMap, options: RenderOptions = RenderOptions()):
    """What the drawing of ``amap`` shows (legend.Features): the symbols a legend elsewhere —
    the web page's — should explain, and no others."""
    return features_of(_drawn(amap, options))


def build_graph(
    amap: ArgumentMap, options: RenderOptions = RenderOptions(), pinned: Mapping[str, tuple[str, str]] | None = None
) -> Digraph:
    """``pinned``: (width, height) in inches by node name, from a layout of the undecorated
    map (``RenderOptions.keep_layout``): boxes keep them, so decorations move nothing."""
    drawing = _drawn(amap, options)
    theme = drawing.theme
    features = features_of(drawing)
    beside = legend_size(features, len(options.extra_legend)) if options.legend else (0.0, 0.0)
    packed = bool(drawing.part_of) and should_pack(
        drawing.nodes, drawing.lines, options.direction, beside, fit.title_size(amap)
    )
    graph_attr = {**theme.graph, "rankdir": options.direction}
    graph = Digraph(
        "argmap",
        graph_attr=graph_attrs(graph_attr) if packed else graph_attr,
        node_attr=dict(theme.node),
        edge_attr=dict(theme.edge),
    )
    title = graph_label(amap, theme)
    if options.legend:
        label = legend_label(theme, features, options.extra_legend, options.key_samples)
        if packed:  # under the title: a node of its own would be packed in among the parts
            title = title_with_legend(title, label)
        else:
            drawing.nodes.append((LEGEND, {"label": label, "shape": "plain", "id": "legend"}, beside))
    graph.attr(label=title)
    sizes = {name: size for name, _, size in drawing.nodes}
    edges = [] if packed else [(tail, head) for tail, head, _ in drawing.lines]  # packed: no search
    boxes = frozenset(drawing.names[c] for c in drawing.scope.claims)
    layout, size = fit.fit_page(
        sizes, edges, drawing.movable(), boxes, options.page, options.direction, fit.title_size(amap)
    )
    if packed:
        layout = fit.Layout([1] * len(drawing.lines))
    if size:
        graph.attr(size=size)
    for name, attrs, _ in drawing.nodes:
        graph.node(name, **{**attrs, **_pinned(name, pinned)})
    for index, (tail, head, attrs) in enumerate(drawing.lines):
        extra = {"minlen": str(layout.minlen[index])} if layout.minlen[index] > 1 else {}
        graph.edge(tail, head, **attrs, **extra)
    for node, sibling in layout.stacked:  # wrapped rows: the node hangs under its sibling
        graph.edge(node, sibling, style="invis", weight=STACK_WEIGHT)
    if packed:
        _part_top_ranks(graph, drawing)
    else:
        _top_rank(graph, drawing, options.legend)
    return graph


def _part_top_ranks(graph: Digraph, drawing: Drawing) -> None:
    """In a forest, each part's conclusions share its top rank (one rank for all the parts
    would join them into one)."""
    tops: dict[int, list[str]] = {}
    for claim_id, number in drawing.part_of.items():
        tops.setdefault(number, []).append(drawing.names[claim_id])
    for names in tops.values():
        if len(names) > 1:
            with graph.subgraph() as rank:
                rank.attr(rank="same")
                for name in names:
                    rank.node(name)


def _pinned(name: str, sizes: Mapping[str, tuple[str, str]] | None) -> dict[str, str]:
    """A box's size fixed to the undecorated layout's; the legend only at least as high (its
    added samples widen it to the right, where nothing else is)."""
    if not sizes or name not in sizes:
        return {}
    width, height = sizes[name]
    if name == LEGEND:
        return {"height": height}
    return {"width": width, "height": height, "fixedsize": "true"}


def _top_rank(graph: Digraph, drawing: Drawing, legend: bool) -> None:
    """The main conclusions (and the legend beside them) share the top rank."""
    tops = [drawing.names[c] for c in drawing.scope.claims if c in drawing.scope.main]
    if legend:
        tops.append(LEGEND)
    if len(tops) > 1:
        with graph.subgraph() as rank:
            rank.attr(rank="same")
            for name in tops:
                rank.node(name)
