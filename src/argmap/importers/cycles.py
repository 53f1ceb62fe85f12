"""Breaking the cycles of support in an imported map, in one depth-first pass.

argmap forbids a cycle of support (a supports b supports a); a foreign file may hold many. On
each cycle the walk finds, one argument is left out: the one read last in the foreign file (the
relation that closed the cycle), or, where the format gives no lines, the one whose edge closed
it. The walk then goes on (removing edges makes no new cycle), so a file with thousands of
cycles costs one walk, not one walk per cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping


def cycle_breakers(arguments: Mapping, line: Callable[[str], int]) -> list[str]:
    """Ids of the arguments to leave out, in the order found. ``arguments`` maps an id to an
    object with ``premises``, ``relation`` and ``target``; ``line(aid)`` is 0 when unknown."""
    edges: dict[str, list[tuple[str, str]]] = {}
    for aid, arg in arguments.items():
        if arg.relation == "supports":
            for premise in arg.premises:
                edges.setdefault(premise, []).append((aid, aid))
            edges.setdefault(aid, []).append((arg.target, aid))
    state: dict[str, int] = {}  # 1 on the walk's path, 2 done
    dropped: list[str] = []
    for start in list(edges):
        if start not in state:
            _walk(start, edges, state, dropped, line)
    return dropped


def _walk(start: str, edges: dict, state: dict, dropped: list[str], line: Callable[[str], int]) -> None:
    gone: set[str] = set(dropped)
    stack = [(start, iter(edges.get(start, ())), None)]  # node, its edges left, the argument that led here
    depth_of = {start: 0}
    state[start] = 1
    while stack:
        node, children, _ = stack[-1]
        for child, via in children:
            if via in gone:
                continue
            if state.get(child) == 1:
                on_cycle = [frame[2] for frame in stack[depth_of[child] + 1 :]] + [via]
                chosen = max(reversed(on_cycle), key=line)
                dropped.append(chosen)
                gone.add(chosen)
                if chosen != via:  # the path went through it: walk back to before it
                    cut = next(i for i in range(len(stack) - 1, 0, -1) if stack[i][2] == chosen)
                    for frame in stack[cut:]:
                        del state[frame[0]], depth_of[frame[0]]
                    del stack[cut:]
                break
            if child not in state:
                state[child] = 1
                depth_of[child] = len(stack)
                stack.append((child, iter(edges.get(child, ())), via))
                break
        else:
            state[node] = 2
            stack.pop()
