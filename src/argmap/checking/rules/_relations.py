"""Helpers the rules share (modules starting with ``_`` are helpers, not rules).

Every rule but ``unknown-reference`` looks only at *resolved* relations: arguments whose
premises are all claims and whose target exists. A dangling id is ``unknown-reference``'s
problem alone (one mistake, one problem).
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.graph import premise_ids as used_as_premise  # noqa: F401 (the rules' name)
from argmap.graph import resolved, resolved_arguments, self_referential  # noqa: F401
from argmap.graph import target_ids as used_as_target  # noqa: F401
from argmap.model import Argument, ArgumentMap, Claim
from argmap.problems import Location
from argmap.suggest import Suggester


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


def node_ids(amap: ArgumentMap) -> Iterator[str]:
    """Ids a target may name and a message may suggest: claims and author-written arguments
    (listed only when a suggestion is asked for)."""
    yield from amap.claims
    yield from (aid for aid, arg in amap.arguments.items() if arg.shorthand is None)


def meant_nodes(amap: ArgumentMap) -> set[str]:
    """Claims and arguments that an unknown premise or target most likely meant (the ids
    ``unknown-reference`` suggests). Rules about unused things count them as used: the
    misspelling is ``unknown-reference``'s problem."""
    claims, nodes = Suggester(amap.claims), Suggester(node_ids(amap))
    meant: set[str | None] = set()
    for arg in amap.arguments.values():
        for premise in arg.premises:
            if premise not in amap.claims:
                meant.add(claims.closest(premise))
        if arg.target is not None and amap.node(arg.target) is None:
            meant.add(nodes.closest(arg.target))
    return {node for node in meant if node is not None}


def meant_speakers(amap: ArgumentMap) -> set[str]:
    """Speakers that an unknown ``speaker:`` most likely meant (see ``meant_nodes``)."""
    known = Suggester(amap.speakers)
    nodes: tuple[Claim | Argument, ...] = (*amap.claims.values(), *amap.arguments.values())
    named = {node.speaker for node in nodes if node.speaker is not None and node.speaker not in amap.speakers}
    return {meant for meant in map(known.closest, named) if meant is not None}
