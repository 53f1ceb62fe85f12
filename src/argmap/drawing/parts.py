"""A map cut down to some of its ids: the focused part, or one of its unconnected parts.

``submap`` keeps the claims given and the arguments that can still be drawn with them, so
commands that work on a whole map (reveal, the HTML page, outlines) work on a part alike.
``parts`` splits a map into its unconnected parts (a forest of debates), in model order.
"""

from __future__ import annotations

from dataclasses import replace

from argmap.drawing.scope import around, select
from argmap.model import ArgumentMap


def focused(amap: ArgumentMap, focus: str | None, depth: int | None = None) -> ArgumentMap:
    """The map cut down to what ``--focus``/``--depth`` draws (the whole map without focus).
    OptionError for an empty or unknown focus."""
    if focus is None:
        return amap
    return submap(amap, around(amap, focus, depth))


def submap(amap: ArgumentMap, ids: set[str] | frozenset[str]) -> ArgumentMap:
    """The claims in ``ids`` and the arguments in ``ids`` that are drawable with them (their
    premises cut to the kept claims); ``steps`` cut alike, empty steps left out."""
    scope = select(_only(amap, ids))
    claims = {cid: amap.claims[cid] for cid in scope.claims}
    arguments = {}
    for aid in scope.arguments:
        arg = amap.arguments[aid]
        arguments[aid] = replace(arg, premises=tuple(p for p in arg.premises if p in claims))
    steps = None
    if amap.steps is not None:
        kept = set(claims) | set(arguments)
        steps = tuple(s for s in (tuple(i for i in step if i in kept) for step in amap.steps) if s) or None
    return replace(amap, claims=claims, arguments=arguments, steps=steps)


def _only(amap: ArgumentMap, ids) -> ArgumentMap:
    return replace(
        amap,
        claims={c: v for c, v in amap.claims.items() if c in ids},
        arguments={a: v for a, v in amap.arguments.items() if a in ids},
    )


def parts(amap: ArgumentMap) -> list[frozenset[str]]:
    """The map's unconnected parts (claims and arguments joined by premises, targets and
    restatements), each
    a set of ids, ordered by their first claim in the map; one part for a connected map."""
    link: dict[str, str] = {node: node for node in (*amap.claims, *amap.arguments)}

    def root(node: str) -> str:
        while link[node] != node:
            link[node] = link[link[node]]
            node = link[node]
        return node

    for arg in amap.arguments.values():
        for other in (*arg.premises, arg.target or ""):
            if other in link:
                link[root(other)] = root(arg.id)
    for claim in amap.claims.values():  # a restatement belongs with the claim it restates
        if claim.restates is not None and claim.restates in amap.claims:
            link[root(claim.restates)] = root(claim.id)
    groups: dict[str, set[str]] = {}
    for node in (*amap.claims, *amap.arguments):
        groups.setdefault(root(node), set()).add(node)
    return [frozenset(group) for group in groups.values()]


def part_map(amap: ArgumentMap, number: int) -> ArgumentMap:
    """Part ``number`` (from 1, as drawn and outlined) as a map of its own, its title saying
    which part it is; OptionError when the map has no such part."""
    from argmap.drawing.errors import OptionError

    found = parts(amap)
    if not 1 <= number <= len(found):
        raise OptionError(
            f"--part {number}: the map has {len(found)} part{'s' if len(found) != 1 else ''} (see `argmap outline`)"
        )
    part = submap(amap, found[number - 1])
    if len(found) == 1:
        return part
    return replace(part, title=f"{amap.title or 'Untitled map'} — part {number} of {len(found)}")
