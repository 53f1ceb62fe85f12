"""Helpers the rules share (modules starting with ``_`` are helpers, not rules).

Every rule but ``unknown-reference`` looks only at *resolved* relations: arguments whose
premises are all claims and whose target exists. A dangling id is ``unknown-reference``'s
problem alone (one mistake, one problem).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from argmap.model import Argument, ArgumentMap
from argmap.problems import Location
from argmap.suggest import Suggester


def resolved(amap: ArgumentMap, arg: Argument) -> bool:
    """True when the argument has premises, they are all claims, and its target exists."""
    if not arg.premises or arg.target is None or amap.node(arg.target) is None:
        return False
    return all(premise in amap.claims for premise in arg.premises)


def self_referential(arg: Argument) -> bool:
    """An argument targeting itself or one of its own premises (``self-reference``'s problem)."""
    return arg.target == arg.id or arg.target in arg.premises


def resolved_arguments(amap: ArgumentMap, *, with_self_references: bool = False) -> Iterator[Argument]:
    """Resolved arguments in model order; those that target themselves or their own premises
    only when asked (they are ``self-reference``'s problem, so other rules skip them)."""
    for arg in _resolved_in_order(amap):
        if with_self_references or not self_referential(arg):
            yield arg


_last_resolved: tuple[weakref.ref, tuple[Argument, ...]] | None = None


def _resolved_in_order(amap: ArgumentMap) -> tuple[Argument, ...]:
    """Worked out once per map, not once per rule (five rules ask; on a 5,000-claim map this
    was nearly half of all checking). A map is immutable, so the map it was worked out for,
    held weakly, identifies the answer."""
    global _last_resolved
    if _last_resolved is not None and _last_resolved[0]() is amap:
        return _last_resolved[1]
    arguments = (amap.arguments.get(node_id) for node_id in amap.order)
    found = tuple(arg for arg in arguments if arg is not None and resolved(amap, arg))
    _last_resolved = (weakref.ref(amap), found)
    return found


def relation_location(arg: Argument) -> Location:
    """Where a relation is written: its target value (``supports: x`` or a shorthand list item)."""
    return arg.loc("target")


def describe(arg: Argument) -> str:
    """How a message names an argument: by its id, or as the claim's shorthand relation."""
    if arg.shorthand is not None:
        return f"`{arg.shorthand}` {arg.relation} `{arg.target}`"
    return f"argument `{arg.id}`"


def premise_list(premises) -> str:
    return ", ".join(f"`{p}`" for p in premises)


def used_as_premise(amap: ArgumentMap) -> set[str]:
    return {premise for arg in amap.arguments.values() for premise in arg.premises}


def used_as_target(amap: ArgumentMap) -> set[str]:
    return {arg.target for arg in amap.arguments.values() if arg.target is not None}


def node_ids(amap: ArgumentMap) -> list[str]:
    """Ids a target may name and a message may suggest: claims and author-written arguments."""
    return list(amap.claims) + [aid for aid, arg in amap.arguments.items() if arg.shorthand is None]


def meant_nodes(amap: ArgumentMap) -> set[str]:
    """Claims and arguments that an unknown premise or target most likely meant (the ids
    ``unknown-reference`` suggests). Rules about unused things count them as used: the
    misspelling is ``unknown-reference``'s problem."""
    claims, nodes, meant = Suggester(amap.claims), Suggester(node_ids(amap)), set()
    for arg in amap.arguments.values():
        for premise in arg.premises:
            if premise not in amap.claims:
                meant.add(claims.closest(premise))
        if arg.target is not None and amap.node(arg.target) is None:
            meant.add(nodes.closest(arg.target))
    return meant - {None}


def meant_speakers(amap: ArgumentMap) -> set[str]:
    """Speakers that an unknown ``speaker:`` most likely meant (see ``meant_nodes``)."""
    known = Suggester(amap.speakers)
    named = {node.speaker for node in (*amap.claims.values(), *amap.arguments.values())}
    return {known.closest(name) for name in named if name is not None and name not in amap.speakers} - {None}
