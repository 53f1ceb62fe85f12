"""Worksheets: the diagram with chosen boxes (or relations) blanked out and numbered, the
answer key with the same numbers marked, and cards with the removed texts to cut out.

What can be blanked: ``premises`` (claims that are premises and that nothing supports or
attacks: the basic reasons), ``conclusions`` (claims that something supports or attacks,
the main conclusion included), ``relations`` (every relation is drawn alike, with a
numbered box to write "supports" or "attacks" in), or a number N of claims chosen at
random with the seed. Blanks are numbered in reading order on the drawn page: top to
bottom, then left to right (``worksheet_order``). The key marks each blank with its number
and the card that belongs there, and an answer list goes with the cards. The same map,
choice and seed always give the same worksheet.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from argmap.drawing.domids import dom_id
from argmap.drawing.labels import wrap
from argmap.drawing.options import Decoration, RenderOptions
from argmap.drawing.outline_walk import outline_lines
from argmap.graph import premise_ids
from argmap.model import ArgumentMap
from argmap.teaching.worksheet_cards import make_cards
from argmap.teaching.worksheet_order import page_order

CHOICES = ("premises", "conclusions", "relations")
BLANK_LINE = "_" * 30
WRITE_IN = {"height": "0.42", "margin": "0.1,0.08"}  # room to write "supports" by hand


@dataclass(frozen=True)
class Worksheet:
    blanks: tuple[str, ...]  # ids, in the order of their numbers (1, 2, ...)
    sheet: tuple[ArgumentMap, RenderOptions]
    key: tuple[ArgumentMap, RenderOptions]
    cards: str  # Markdown, for the students
    answers: str = ""  # Markdown, for the teacher: blank -> card
    relations: bool = False

    def render(self, fmt: str) -> tuple[bytes, bytes]:
        """The worksheet and the key as ``fmt`` (svg, png, pdf)."""
        from argmap.drawing import render_bytes

        sheet, key = render_bytes(*self.sheet, fmt), render_bytes(*self.key, fmt)
        if self.relations and fmt == "svg":
            sheet = _without_argument_tooltips(sheet)
        return sheet, key


def reading_order(amap: ArgumentMap) -> tuple[list[str], list[str]]:
    """Claims and arguments in the order the outline mentions them first."""
    claims: dict[str, None] = {}  # ordered sets
    arguments: dict[str, None] = {}
    for block in outline_lines(amap):
        for line in block:
            if line.claim:
                claims.setdefault(line.claim, None)
            if line.argument:
                arguments.setdefault(line.argument, None)
    return list(claims), list(arguments)


def choose_blanks(amap: ArgumentMap, blank: str, seed: int) -> list[str]:
    """The ids to blank, numbered in reading order. ``blank`` is a choice or a number;
    a number larger than the map's claims raises ValueError."""
    claims, arguments = reading_order(amap)
    if blank == "relations":
        return arguments
    used, targets = premise_ids(amap), {a.target for a in amap.arguments.values()}
    if blank == "premises":
        return [c for c in claims if c in used and c not in targets]
    if blank == "conclusions":
        return [c for c in claims if c in targets]
    count = int(blank)
    if not 1 <= count <= len(claims):
        raise ValueError(f"--blank {count}: choose between 1 and {len(claims)} (the map's claims)")
    chosen = set(random.Random(seed).sample(claims, count))
    return [c for c in claims if c in chosen]


def make_worksheet(amap: ArgumentMap, blank: str, seed: int, base: RenderOptions = RenderOptions()) -> Worksheet:
    relations = blank == "relations"
    blanks = _in_page_order(amap, choose_blanks(amap, blank, seed), relations, base)
    numbers = {node_id: n for n, node_id in enumerate(blanks, 1)}
    sheet = _sheet(amap, numbers, relations, base)
    deck = make_cards(amap, blanks, relations, seed)
    key = (
        _titled(amap, "answer key"),
        replace(
            base,
            decorations={
                node_id: Decoration(mark=f"({n}) card {deck.letters[node_id]}:") for node_id, n in numbers.items()
            },
        ),
    )
    return Worksheet(tuple(blanks), sheet, key, deck.cards, deck.answers, relations)


def _sheet(amap: ArgumentMap, numbers: dict[str, int], relations: bool, base: RenderOptions):
    return _relations_sheet(amap, numbers, base) if relations else _claims_sheet(amap, numbers, base)


def _in_page_order(amap: ArgumentMap, blanks: list[str], relations: bool, base: RenderOptions) -> list[str]:
    """The blanks in the order a reader meets them on the sheet: it is drawn once with the
    outline's numbers, and the boxes' places decide the final ones."""
    if len(blanks) < 2:
        return blanks
    numbers = {node_id: n for n, node_id in enumerate(blanks, 1)}
    sheet_map, options = _sheet(amap, numbers, relations, base)
    kind, name = ("arg", "relation") if relations else ("claim", "blank")
    return page_order(sheet_map, options, {node_id: dom_id(kind, f"{name}-{n}") for node_id, n in numbers.items()})


_ARG_TOOLTIP = re.compile(rb'(<g id="a_arg[^"]*">\s*<a)\s+xlink:title="[^"]*"')


def _without_argument_tooltips(svg: bytes) -> bytes:
    """Relation tooltips say "supports …", which on a relations worksheet (where every
    relation is drawn as support) would be wrong: they are removed."""
    return _ARG_TOOLTIP.sub(rb"\1", svg)


def _claims_sheet(amap: ArgumentMap, numbers: dict[str, int], base: RenderOptions):
    """The blanked claims lose their text, quote and note everywhere (box, tooltip, <desc>)
    and their ids (``blank-3``), so that nothing in the file gives the answer away."""
    claims = dict(amap.claims)
    for cid, n in numbers.items():
        claims[cid] = replace(claims[cid], text=blank_label(n, claims[cid].text), quote=None, note=None)
    names = {cid: f"blank-{n}" for cid, n in numbers.items()}
    shorthands = [aid for aid in amap.order if aid in amap.arguments and amap.arguments[aid].shorthand]
    names.update({aid: f"shorthand-{i}" for i, aid in enumerate(shorthands, 1)})  # their ids name claims
    sheet_map = renamed(replace(_titled(amap, "worksheet"), claims=claims), names)
    decorations = {names[cid]: Decoration(label=sheet_map.claims[names[cid]].text) for cid in numbers}
    return sheet_map, replace(base, decorations=decorations)


def blank_label(number: int, text: str | None) -> str:
    """ "(3) ____" on as many lines as the hidden text takes (at least two), so the box has
    room for handwriting and keeps about the size it has in the key."""
    lines = max(2, len(wrap(text or "")))
    return f"({number}) " + " ".join([BLANK_LINE[:-4]] + [BLANK_LINE] * (lines - 1))


def _relations_sheet(amap: ArgumentMap, numbers: dict[str, int], base: RenderOptions):
    """Every argument drawn as support, with no caption but its number: nothing on the sheet
    tells a support from an attack. The legend would, so it is left out; the title says what
    to do."""
    neutral = {
        aid: replace(arg, relation="supports", label=None, scheme=None, note=None)
        for aid, arg in amap.arguments.items()
    }
    title = f"{amap.title or 'Untitled map'} — worksheet: write in each numbered box whether it supports or attacks"
    names = {aid: f"relation-{n}" for aid, n in numbers.items()}
    sheet_map = renamed(replace(amap, arguments=neutral, title=title), names)
    decorations = {
        names[aid]: Decoration(label=f"({n}) {BLANK_LINE[:16]}", node_attrs=WRITE_IN) for aid, n in numbers.items()
    }
    return sheet_map, replace(base, legend=False, decorations=decorations)


def renamed(amap: ArgumentMap, names: dict[str, str]) -> ArgumentMap:
    """The map with claims and arguments renamed (``names``: old id -> new), references
    included; ``steps`` are dropped (a worksheet has none)."""

    def new(node_id):
        return names.get(node_id, node_id)

    claims = {new(cid): replace(claim, id=new(cid)) for cid, claim in amap.claims.items()}
    arguments = {
        new(aid): replace(
            arg,
            id=new(aid),
            premises=tuple(new(p) for p in arg.premises),
            target=new(arg.target),
            shorthand=arg.shorthand and new(arg.shorthand),
        )
        for aid, arg in amap.arguments.items()
    }
    return replace(amap, claims=claims, arguments=arguments, steps=None)


def _titled(amap: ArgumentMap, what: str) -> ArgumentMap:
    return replace(amap, title=f"{amap.title or 'Untitled map'} — {what}")
