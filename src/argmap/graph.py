"""Reading the map as a graph from the conclusion down: who points at what, and where to start.

Only arguments whose target exists count as relations here; a dangling id is the
validator's problem, and a teaching view simply leaves that relation out.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from argmap.model import Argument, ArgumentMap


def incoming(amap: ArgumentMap) -> dict[str, list[Argument]]:
    """Target id -> the arguments aimed at it: supports before attacks, each in model order."""
    result: dict[str, list[Argument]] = {}
    for relation in ("supports", "attacks"):
        for node_id in amap.order:
            arg = amap.arguments.get(node_id)
            if arg is not None and arg.target is not None and arg.relation == relation and _target_exists(amap, arg):
                result.setdefault(arg.target, []).append(arg)
    return result


def _target_exists(amap: ArgumentMap, arg: Argument) -> bool:
    return arg.target is not None and amap.node(arg.target) is not None


def premise_ids(amap: ArgumentMap) -> set[str]:
    """Claims used as a premise of some argument."""
    return {p for arg in amap.arguments.values() for p in arg.premises}


def roots(amap: ArgumentMap) -> list[str]:
    """Claims that are no argument's premise, in model order: conclusions (something
    points at them) first, then claims connected to nothing."""
    used, targets = premise_ids(amap), {a.target for a in amap.arguments.values()}
    free = [cid for cid in amap.claims if cid not in used]
    return [c for c in free if c in targets] + [c for c in free if c not in targets]


def conclusions(amap: ArgumentMap) -> list[str]:
    """Claims that something supports or attacks and that support or attack nothing."""
    targets = {a.target for a in amap.arguments.values()}
    return [cid for cid in roots(amap) if cid in targets]


def unstated_label(amap: ArgumentMap, claim_id: str) -> str:
    """What an implicit claim is called on its box: "unstated objection" when it is a premise
    of attacks only, otherwise "unstated premise"."""
    relations = {arg.relation for arg in amap.arguments.values() if claim_id in arg.premises}
    return "unstated objection" if relations == {"attacks"} else "unstated premise"


def speaker_name(amap: ArgumentMap, speaker_id: str | None) -> str | None:
    """The speaker's name, or the id itself when it names no speaker."""
    if speaker_id is None:
        return None
    speaker = amap.speakers.get(speaker_id)
    return speaker.name if speaker is not None and speaker.name else speaker_id


def target_ids(amap: ArgumentMap) -> set[str]:
    """Ids that some argument supports or attacks."""
    return {arg.target for arg in amap.arguments.values() if arg.target is not None}


def resolved(amap: ArgumentMap, arg: Argument) -> bool:
    """True when the argument has premises, they are all claims, and its target exists."""
    claims, target = amap.claims, arg.target
    if not arg.premises or target is None or (target not in claims and target not in amap.arguments):
        return False
    for premise in arg.premises:  # a loop, not all() over a generator: this runs for every argument
        if premise not in claims:
            return False
    return True


def self_referential(arg: Argument) -> bool:
    """An argument targeting itself or one of its own premises (``self-reference``'s problem)."""
    return arg.target == arg.id or arg.target in arg.premises


def resolved_arguments(amap: ArgumentMap, *, with_self_references: bool = False) -> Iterator[Argument]:
    """Resolved arguments in model order; those that target themselves or their own premises
    only when asked (they are ``self-reference``'s problem, so other rules skip them)."""
    every, plain = _resolved_in_order(amap)
    return iter(every if with_self_references else plain)


_last_resolved: tuple[weakref.ref[ArgumentMap], tuple[Argument, ...], tuple[Argument, ...]] | None = None


def _resolved_in_order(amap: ArgumentMap) -> tuple[tuple[Argument, ...], tuple[Argument, ...]]:
    """Every resolved argument, and those that are not self-referential: worked out once per
    map, not once per rule (five rules ask; on a 5,000-claim map this was nearly half of all
    checking). A map is immutable, so the map it was worked out for, held weakly, identifies
    the answer."""
    global _last_resolved
    if _last_resolved is not None and _last_resolved[0]() is amap:
        return _last_resolved[1], _last_resolved[2]
    every, plain, arguments = [], [], amap.arguments
    for node_id in amap.order:
        arg = arguments.get(node_id)
        if arg is not None and resolved(amap, arg):
            every.append(arg)
            if not self_referential(arg):
                plain.append(arg)
    _last_resolved = (weakref.ref(amap), tuple(every), tuple(plain))
    return _last_resolved[1], _last_resolved[2]
