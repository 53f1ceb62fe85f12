"""The map's nodes and lines with their Graphviz attributes and estimated sizes.

Claims are rounded boxes named ``c1…``; an argument whose premises are linked, that has a
caption (label/scheme) or that an undercutter or backing points at gets a junction node
named ``a1…``; any other argument is a plain arrow from its premise to its target. Every
node carries ``id="claim-<id>"``/``id="arg-<id>"`` so SVG elements can be found by argmap id.
"""

from __future__ import annotations

from argmap.drawing import fit
from argmap.drawing.domids import dom_id
from argmap.drawing.forest import part_byline, part_numbers
from argmap.drawing.labels import badge_html, caption_label, claim_label, wrap_widths
from argmap.drawing.options import Decoration, RenderOptions
from argmap.drawing.scope import Scope, select
from argmap.drawing.themes import THEMES, Theme, speaker_colours
from argmap.drawing.tooltips import argument_tooltip, claim_tooltip
from argmap.graph import speaker_name, unstated_label
from argmap.model import Argument, ArgumentMap, Claim

NO_DECORATION = Decoration()
LARGE_GROUP = 3  # linked premises from this many on may be spread over two rows


class Drawing:
    """Collects nodes and lines with their estimated sizes, then writes them into a Digraph."""

    def __init__(self, amap: ArgumentMap, options: RenderOptions) -> None:
        self.amap, self.options = amap, options
        self.theme: Theme = THEMES[options.theme]
        self.scope: Scope = select(amap, options.focus, options.depth)
        self.names = _node_names(amap)
        self.part_of = part_numbers(amap, self.scope)  # conclusion -> part number, in a forest
        self.colours = speaker_colours(amap, self.theme) if options.speakers else {}
        decorated = {a for a in self.scope.arguments if self._deco(a).label or self._deco(a).mark}
        self.junctions = self.scope.junctions | decorated
        self.nodes: list[tuple[str, dict[str, str], tuple[float, float]]] = []
        self.lines: list[tuple[str, str, dict[str, str]]] = []
        self.drawn: set[str] = set()  # "dot", "caption": kinds of junction drawn, for the legend

    def _deco(self, node_id: str) -> Decoration:
        return self.options.decorations.get(node_id, NO_DECORATION)

    def _badge(self, deco: Decoration) -> str | None:
        return badge_html(deco.badge, deco.strength, self.theme.text, self.theme.bar)

    def is_hidden(self, *ids: str) -> bool:
        """Whether any of these nodes is hidden (a reveal step): drawn invisible, keeping its place."""
        hidden = self.options.hidden
        return bool(hidden) and any(i in hidden for i in ids)

    def add_claim(self, claim: Claim) -> None:
        deco, theme = self._deco(claim.id), self.theme
        speaker = speaker_name(self.amap, claim.speaker)
        attrs = {**theme.claim, **(theme.implicit if claim.implicit else {})}
        if claim.speaker in self.colours:
            attrs["fillcolor"], attrs["color"] = self.colours[claim.speaker]
        if claim.id in self.scope.main:
            attrs.update(theme.main)
        text = deco.label if deco.label is not None else (claim.text or "")
        byline = speaker if self.options.speakers else None
        if claim.id in self.part_of:
            speaker = byline = part_byline(self.part_of[claim.id], byline)
        unstated = unstated_label(self.amap, claim.id) if claim.implicit else ""
        lines, widths = wrap_widths(text)
        attrs["label"] = claim_label(
            text,
            byline,
            implicit=claim.implicit,
            mark=deco.mark,
            style=theme.text,
            badge=self._badge(deco),
            unstated=unstated,
            lines=lines,
        )
        attrs["id"] = dom_id("claim", claim.id)
        attrs["tooltip"] = claim_tooltip(self.amap, claim, deco.tooltip_extra)
        attrs.update(deco.node_attrs)
        if self.is_hidden(claim.id):
            attrs["style"] = "invis"
        byline = speaker if self.options.speakers and speaker else unstated
        size = fit.box_size(widths, speaker is not None or claim.implicit, byline)
        self.nodes.append((self.names[claim.id], attrs, size))

    def add_argument(self, arg: Argument) -> None:
        deco, theme = self._deco(arg.id), self.theme
        relation = theme.attack if arg.is_attack else theme.support
        premises = [p for p in arg.premises if p in self.scope.drawn_claims]
        assert arg.target is not None  # the scope draws only arguments with a drawable target
        target = self.names[arg.target]
        hidden = self.is_hidden(arg.id, arg.target)
        if arg.id not in self.junctions:
            attrs = {
                **relation,
                "id": dom_id("arg", arg.id),
                "tooltip": argument_tooltip(self.amap, arg, deco.tooltip_extra),
                **(deco.edge_attrs or deco.node_attrs),
            }
            self._line(premises[0], target, attrs, hidden or self.is_hidden(premises[0]))
            return
        junction = self.names[arg.id]
        self._add_junction(arg, deco, hidden)
        for premise in premises:
            attrs = {**relation, **theme.premise_line, "id": dom_id("arg", arg.id, "premise", premise)}
            self._line(premise, junction, attrs, hidden or self.is_hidden(premise))
        attrs = {
            **relation,
            "id": dom_id("arg", arg.id, "target"),
            "tooltip": argument_tooltip(self.amap, arg, deco.tooltip_extra),
            **deco.edge_attrs,
        }  # the line out of an evaluated argument says what its box says
        self.lines.append((junction, target, {**attrs, **({"style": "invis"} if hidden else {})}))

    def _add_junction(self, arg: Argument, deco: Decoration, hidden: bool) -> None:
        label = deco.label if deco.label is not None else arg.label
        if label or arg.scheme or deco.mark:
            self.drawn.add("caption")
            attrs = {**self.theme.caption, "label": caption_label(label, arg.scheme, deco.mark, self.theme.text)}
            size = fit.caption_size(label, arg.scheme)
        else:
            attrs, size = {**self.theme.junction, "label": ""}, fit.POINT
            self.drawn.add("dot")
        attrs.update(
            id=dom_id("arg", arg.id), tooltip=argument_tooltip(self.amap, arg, deco.tooltip_extra), **deco.node_attrs
        )
        if deco.strength is not None and size is not fit.POINT:  # the box filled to its strength
            attrs.update(
                fillcolor=f"{self.theme.bar_tint};{deco.strength:.3f}:{attrs.get('fillcolor', 'white')}",
                gradientangle="0",
            )
        if size is fit.POINT and deco.edge_attrs:  # a dot: a box's border style would not show
            attrs.update(color=deco.edge_attrs.get("color", attrs.get("color", "")))
        if hidden:
            attrs["style"] = "invis"
        self.nodes.append((self.names[arg.id], attrs, size))

    def _line(self, premise: str, head: str, attrs: dict[str, str], hidden: bool) -> None:
        self.lines.append((self.names[premise], head, {**attrs, **({"style": "invis"} if hidden else {})}))

    def movable(self) -> frozenset[str]:
        """Nodes the fitting may move a rank down: whole arguments (a junction, or the premise
        of a plain arrow), and premises of a linked group only when the group is large."""
        names: set[str] = set()
        for arg_id in self.scope.arguments:
            arg = self.amap.arguments[arg_id]
            if arg_id not in self.junctions:
                names.update(self.names[p] for p in arg.premises if p in self.scope.drawn_claims)
                continue
            names.add(self.names[arg_id])
            if len(arg.premises) >= LARGE_GROUP:
                names.update(self.names[p] for p in arg.premises if p in self.scope.drawn_claims)
        return frozenset(names)


def _node_names(amap: ArgumentMap) -> dict[str, str]:
    """Generated Graphviz names (never raw ids: `a:b` would be read as node:port)."""
    names = {cid: f"c{i}" for i, cid in enumerate(amap.claims, 1)}
    args = [a for a in amap.order if a in amap.arguments]
    names.update({aid: f"a{i}" for i, aid in enumerate(args, 1)})
    return names
