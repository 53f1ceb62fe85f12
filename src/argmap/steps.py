"""The order in which a map is revealed, step by step: which ids are visible at each step.

Without ``steps:`` the reveal goes breadth-first from the conclusion: step 1 shows the
conclusion(s), each further step one argument with its premises, nearest the conclusion
first (supports before objections). Claims not reached that way (unconnected claims,
separate parts) each start a further step, and the breadth-first walk goes on from them.

With ``steps:`` each step shows the ids it lists, added to what earlier steps showed:
a claim, or an argument together with its premises. An argument that no step lists
appears by itself at the first step where its premises and its target are all shown,
so listing claims is enough; list an argument to choose a later step for it.
"""

from __future__ import annotations

from collections import deque

from argmap.graph import incoming, roots
from argmap.model import ArgumentMap


def reveal_steps(amap: ArgumentMap) -> list[frozenset[str]]:
    """The ids (claims and arguments) visible at each step; each set contains the one before."""
    if amap.steps:
        return authored_steps(amap)
    return breadth_first_steps(amap)


def breadth_first_steps(amap: ArgumentMap) -> list[frozenset[str]]:
    into = incoming(amap)
    visible: set[str] = set()
    steps: list[frozenset[str]] = []

    def walk(start: list[str]) -> None:
        visible.update(start)
        steps.append(frozenset(visible))
        queue = deque(start)
        while queue:
            for arg in into.get(queue.popleft(), ()):
                if arg.id in visible:
                    continue
                new = [p for p in arg.premises if p in amap.claims and p not in visible]
                visible.update([arg.id, *new])
                steps.append(frozenset(visible))
                queue.extend([*new, arg.id])

    starts = roots(amap)
    targeted = [cid for cid in starts if cid in into]
    walk(targeted or list(amap.claims)[:1])
    for cid in [*starts, *amap.claims]:
        if cid not in visible:
            walk([cid])
    return steps


def authored_steps(amap: ArgumentMap) -> list[frozenset[str]]:
    """Cumulative visible sets for the map's ``steps:``; unknown ids are left out (the
    validator reports them)."""
    listed = {node_id for step in amap.steps or () for node_id in step}
    visible: set[str] = set()
    steps = []
    for step in amap.steps or ():
        for node_id in step:
            visible.update(_shown_by(amap, node_id))
        _add_ready_arguments(amap, visible, listed)
        steps.append(frozenset(visible))
    return steps


def _shown_by(amap: ArgumentMap, node_id: str) -> list[str]:
    if node_id in amap.claims:
        return [node_id]
    arg = amap.arguments.get(node_id)
    if arg is None:
        return []
    return [node_id, *(p for p in arg.premises if p in amap.claims)]


def _add_ready_arguments(amap: ArgumentMap, visible: set[str], listed: set[str]) -> None:
    """Show every unlisted argument whose premises and target are shown (repeatedly: an
    undercutter becomes ready once the argument it attacks is shown)."""
    changed = True
    while changed:
        changed = False
        for arg in amap.arguments.values():
            if arg.id in visible or arg.id in listed or arg.target not in visible:
                continue
            if arg.premises and all(p in visible for p in arg.premises):
                visible.add(arg.id)
                changed = True


def never_revealed(amap: ArgumentMap) -> list[str]:
    """Claims that the map's ``steps:`` never show, in model order (empty without steps)."""
    if not amap.steps:
        return []
    shown = authored_steps(amap)[-1]
    return [cid for cid in amap.claims if cid not in shown]


def all_ids(amap: ArgumentMap) -> frozenset[str]:
    return frozenset([*amap.claims, *amap.arguments])
