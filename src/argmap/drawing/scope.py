"""Which claims and arguments a drawing shows, and what role each plays in it.

Pure functions of the model; dangling references (possible when a map with errors is
drawn with --force) are skipped rather than raised on.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.model import Argument, ArgumentMap
from argmap.drawing.errors import OptionError


@dataclass(frozen=True)
class Scope:
    claims: tuple[str, ...]  # in model order
    arguments: tuple[str, ...]  # in model order, each with a drawable target and premise
    junctions: frozenset[str]  # arguments drawn with a junction node
    main: frozenset[str]  # claims that support or attack nothing in the drawing


def select(amap: ArgumentMap, focus: str | None = None, depth: int | None = None) -> Scope:
    """Everything, or only ``focus`` and what leads to it, ``depth`` argument levels deep."""
    keep = _everything(amap) if focus is None else _leading_to(amap, focus, depth)
    claims = tuple(cid for cid in amap.claims if cid in keep)
    arguments = tuple(aid for aid in amap.order if aid in amap.arguments and aid in keep
                      and _drawable(amap, amap.arguments[aid], keep))
    return Scope(claims, arguments, _junctions(amap, arguments), _main(amap, claims, arguments))


def _everything(amap: ArgumentMap) -> set[str]:
    return set(amap.claims) | set(amap.arguments)


def _leading_to(amap: ArgumentMap, focus: str, depth: int | None) -> set[str]:
    if amap.node(focus) is None:
        raise OptionError(f"--focus {focus!r}: no claim or argument with this id")
    into: dict[str, list[Argument]] = {}
    for arg in amap.arguments.values():
        into.setdefault(arg.target or "", []).append(arg)
    keep, frontier, level = {focus}, [focus], 0
    while frontier and (depth is None or level < depth):
        level += 1
        reached = []
        for node_id in frontier:
            for arg in into.get(node_id, ()):
                for new in (arg.id, *arg.premises):
                    if new not in keep and amap.node(new) is not None:
                        keep.add(new)
                        reached.append(new)
        frontier = reached
    return keep


def _drawable(amap: ArgumentMap, arg: Argument, keep: set[str]) -> bool:
    return arg.target in keep and any(p in keep and p in amap.claims for p in arg.premises)


def _junctions(amap: ArgumentMap, arguments: tuple[str, ...]) -> frozenset[str]:
    """Linked premises, a caption, or an undercutter/backing pointing at it: a junction."""
    targeted = {amap.arguments[a].target for a in arguments}
    return frozenset(a for a in arguments
                     if len(amap.arguments[a].premises) > 1 or a in targeted
                     or amap.arguments[a].label or amap.arguments[a].scheme)


def _main(amap: ArgumentMap, claims: tuple[str, ...], arguments: tuple[str, ...]) -> frozenset[str]:
    premises = {p for a in arguments for p in amap.arguments[a].premises}
    return frozenset(c for c in claims if c not in premises)
