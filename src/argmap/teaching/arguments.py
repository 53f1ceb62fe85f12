"""A map's relations as premise→target pairs, optionally renamed into another map's ids.

Renaming a student's map into the key's terms needs its arguments matched too, since an
undercutter or a backing targets an argument: an answer argument matches the key
argument with the same (renamed) target that shares the most premises with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from argmap.graph import resolved_arguments
from argmap.model import Argument, ArgumentMap


@dataclass(frozen=True)
class Pair:
    premise: str
    target: str
    relation: str  # supports | attacks
    argument: str  # the id of the argument it belongs to, in its own map


Translation = tuple[ArgumentMap, Mapping[str, str]]  # (the key, answer claim id -> key claim id)


def relation_pairs(amap: ArgumentMap, into: Translation | None) -> dict[tuple[str, str], Pair]:
    """(premise, target) -> Pair, for every resolved argument, in model order."""
    if into is None:
        claim = lambda cid: cid  # noqa: E731
        argument = lambda aid: f"argument:{aid}"  # noqa: E731
    else:
        key, to_key = into
        arg_map = match_arguments(key, amap, to_key)
        claim = lambda cid: to_key.get(cid, f"answer:{cid}")  # noqa: E731
        argument = lambda aid: f"argument:{arg_map[aid]}" if aid in arg_map else f"answer-argument:{aid}"  # noqa: E731
    pairs = {}
    for arg in resolved_arguments(amap):
        target = claim(arg.target) if arg.target in amap.claims else argument(arg.target)
        for premise in arg.premises:
            pairs[(claim(premise), target)] = Pair(claim(premise), target, arg.relation, arg.id)
    return pairs


def match_arguments(key: ArgumentMap, answer: ArgumentMap, to_key: Mapping[str, str]) -> dict[str, str]:
    """Answer argument id -> key argument id. Arguments aimed at claims match first, then
    those aimed at matched arguments (an undercutter of an undercutter needs a second round)."""
    key_args = [(a, a.target if a.target in key.claims else f"argument:{a.target}") for a in resolved_arguments(key)]
    matched: dict[str, str] = {}
    for _ in range(8):
        progress = False
        for arg in resolved_arguments(answer):
            target = _target_in_key(answer, arg, to_key, matched)
            if arg.id in matched or target is None:
                continue
            best = _best(key_args, target, {to_key.get(p) for p in arg.premises}, arg, set(matched.values()))
            if best is not None:
                matched[arg.id] = best
                progress = True
        if not progress:
            break
    return matched


def _target_in_key(answer: ArgumentMap, arg: Argument, to_key, matched) -> str | None:
    if arg.target in answer.claims:
        return to_key.get(arg.target)
    return f"argument:{matched[arg.target]}" if arg.target in matched else None


def _best(
    key_args: list[tuple[Argument, str | None]], target: str, premises: set, arg: Argument, taken: set[str]
) -> str | None:
    """The untaken key argument aimed at ``target`` sharing most premises (then: same relation,
    then model order)."""
    scored = []
    for order, (candidate, candidate_target) in enumerate(key_args):
        if candidate.id in taken or candidate_target != target:
            continue
        overlap = len(premises & set(candidate.premises))
        if overlap:
            scored.append((-overlap, candidate.relation != arg.relation, order, candidate.id))
    return min(scored)[3] if scored else None
