"""A cycle of support: claims (or arguments) that, followed through their ``supports``
relations, lead back to where they started, however long the way.

Such a chain proves nothing: each step rests on the one it is meant to prove. The message
lists the cycle in order, and the problem points at the relation that closes it (the first
one found when the map is read in order). Mutual *attacks* are not circular and are
allowed; a claim supporting itself is ``self-reference``.

Passing example (two claims that attack each other)::

    title: Example
    claims:
      rain:
        text: It will rain.
        attacks: sun
      sun:
        text: It will be sunny.
        attacks: rain

Failing example (``a`` → ``b`` → ``c`` → ``a``)::

    title: Example
    claims:
      a:
        text: The witness is reliable.
        supports: b
      b:
        text: The witness's account is true.
        supports: c
      c:
        text: The witness said they are reliable.
        supports: a
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import relation_location, resolved_arguments
from argmap.model import Argument, ArgumentMap
from argmap.problems import Finding, Location, Severity

ID = "circular-support"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "a cycle of support relations, however long"
ENABLED_BY_DEFAULT = True

SHOWN_AT_EACH_END = 5  # a longer cycle is shown as its first and last members


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    successors = _support_graph(amap)
    for path, closing in _back_edges(successors, amap.order):
        yield Finding(_closing_location(amap, path[-1], closing), f"circular support: {_show(amap, path)}")


def _support_graph(amap: ArgumentMap) -> dict[str, list[str]]:
    """premise claim → argument → target, for every resolved supporting argument."""
    successors: dict[str, list[str]] = {}
    for arg in resolved_arguments(amap):
        if arg.is_attack:
            continue
        assert arg.target is not None  # a resolved argument's target exists
        for premise in arg.premises if len(arg.premises) == 1 else dict.fromkeys(arg.premises):
            successors.setdefault(premise, []).append(arg.id)
        successors[arg.id] = [arg.target]
    return successors


def _back_edges(successors: dict[str, list[str]], roots) -> Iterator[tuple[list[str], str]]:
    """Iterative depth-first search (no recursion: a chain of any length is fine), linear in
    the size of the graph. For each edge that closes a cycle, yield the path from the node it
    returns to up to the node it leaves, and the node it returns to. The path is kept as the
    insertion order of ``position`` (node -> its index on the path)."""
    done: set[str] = set()
    for root in roots:
        if root in done or root not in successors:
            continue
        position, pending = {root: 0}, [iter(successors[root])]
        while pending:
            node = next(pending[-1], None)
            if node is None:
                done.add(position.popitem()[0])  # the last node on the path
                pending.pop()
            elif node in position:
                yield list(position)[position[node] :], node
            elif node in done:
                continue
            elif node not in successors:  # leads nowhere: no cycle through it
                done.add(node)
            else:
                position[node] = len(position)
                pending.append(iter(successors[node]))


def _closing_location(amap: ArgumentMap, source: str, target: str) -> Location:
    """An argument's edge is its target value; a claim's edge is its place among the premises."""
    arg = amap.arguments.get(source)
    if arg is not None:
        return relation_location(arg)
    closed: Argument = amap.arguments[target]
    return closed.loc(f"premises.{closed.premises.index(source)}")


def _show(amap: ArgumentMap, cycle: list[str]) -> str:
    """The cycle's claims and author-written arguments (shorthand relations are the arrows)."""
    members = [node for node in cycle if node in amap.claims or amap.arguments[node].shorthand is None]
    shown = [f"`{node}`" for node in members]
    if len(shown) > 2 * SHOWN_AT_EACH_END + 1:
        shown = shown[:SHOWN_AT_EACH_END] + ["…"] + shown[-SHOWN_AT_EACH_END:]
        return " → ".join(shown + [shown[0]]) + f" (a cycle of {len(members)})"
    return " → ".join(shown + [shown[0]])
