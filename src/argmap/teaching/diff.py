"""Grading: a student's map (the answer) compared with the teacher's (the key).

Claims are matched by id, else by similar text (``match.py``). Relations are compared
premise by premise: each premise→target pair of the key is found in the answer with
the same relation (correct), with the other one (reversed: support where the key has
attack), pointing the other way (backwards), or not at all (missing); pairs only the
answer has are extra. Premises that the key links in one argument but the answer gives
as separate reasons (or the other way round) are reported too.

Nodes are named in the key's terms: a matched claim by its key id, a claim only the
answer has as ``answer:<id>``, an argument (the target of an undercutter or backing) as
``argument:<key id>`` or ``answer-argument:<id>``. Author ids never contain ``:``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.model import ArgumentMap
from argmap.teaching.arguments import Pair, relation_pairs
from argmap.teaching.match import ClaimMatch, match_claims


@dataclass(frozen=True)
class Linkage:
    premises: tuple[str, ...]
    target: str
    answer_arguments: tuple[str, ...] = ()  # the answer's argument(s) that hold these premises


@dataclass
class Comparison:
    matches: list[ClaimMatch]
    missing_claims: list[str]  # key ids
    extra_claims: list[str]  # answer ids
    correct: list[Pair] = field(default_factory=list)
    missing: list[Pair] = field(default_factory=list)  # key pairs absent from the answer
    extra: list[Pair] = field(default_factory=list)  # answer pairs absent from the key
    reversed: list[Pair] = field(default_factory=list)  # as the answer has them
    backwards: list[Pair] = field(default_factory=list)  # as the answer has them
    linked_in_key: list[Linkage] = field(default_factory=list)  # ... but separate in the answer
    linked_in_answer: list[Linkage] = field(default_factory=list)  # ... but separate in the key
    kept_linked: int = 0  # linked groups of the key whose premises the answer has in one argument
    key_groups: int = 0  # linked groups in the key

    @property
    def same(self) -> bool:
        return not (
            self.missing_claims
            or self.extra_claims
            or self.missing
            or self.extra
            or self.reversed
            or self.backwards
            or self.linked_in_key
            or self.linked_in_answer
        )

    @property
    def earned(self) -> int:
        return len(self.matches) + len(self.correct) + self.kept_linked

    @property
    def possible(self) -> int:
        """Everything in the key, plus everything the answer adds (extras cost a point)."""
        key_items = len(self.matches) + len(self.missing_claims) + self.key_pairs + self.key_groups
        return key_items + len(self.extra_claims) + len(self.extra) + len(self.linked_in_answer)

    @property
    def key_pairs(self) -> int:
        return len(self.correct) + len(self.missing) + len(self.reversed) + len(self.backwards)

    @property
    def score(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 100.0


def compare(key: ArgumentMap, answer: ArgumentMap) -> Comparison:
    matches = match_claims(key, answer)
    to_key = {m.answer: m.key for m in matches}
    matched_answers = set(to_key)
    result = Comparison(
        matches,
        [c for c in key.claims if c not in {m.key for m in matches}],
        [c for c in answer.claims if c not in matched_answers],
    )
    key_pairs = relation_pairs(key, None)
    answer_pairs = relation_pairs(answer, (key, to_key))
    _compare_pairs(result, key_pairs, answer_pairs)
    _compare_linkage(result, key_pairs, answer_pairs)
    return result


def _compare_pairs(result: Comparison, key_pairs: dict, answer_pairs: dict) -> None:
    for where, pair in key_pairs.items():
        mine = answer_pairs.get(where)
        flipped = answer_pairs.get((where[1], where[0]))
        if mine is not None:
            (result.correct if mine.relation == pair.relation else result.reversed).append(
                pair if mine.relation == pair.relation else mine
            )
        elif flipped is not None and (flipped.premise, flipped.target) not in key_pairs:
            result.backwards.append(flipped)
        else:
            result.missing.append(pair)
    backwards = {(p.premise, p.target) for p in result.backwards}
    result.extra = [p for where, p in answer_pairs.items() if where not in key_pairs and where not in backwards]


def _compare_linkage(result: Comparison, key_pairs: dict, answer_pairs: dict) -> None:
    """Groups of premises linked on one side whose pairs the other side has in several arguments."""
    for groups, other, found in (
        (_groups(key_pairs), answer_pairs, result.linked_in_key),
        (_groups(answer_pairs), key_pairs, result.linked_in_answer),
    ):
        in_answer = other is answer_pairs
        for (target, own), premises in groups.items():
            present = [p for p in premises if (p, target) in other]  # a missing premise is counted once
            if len(present) < 2:
                continue
            arguments = tuple(dict.fromkeys(other[(p, target)].argument for p in present))
            if len(arguments) > 1:
                found.append(Linkage(tuple(present), target, arguments if in_answer else (own,)))
            elif in_answer:
                result.kept_linked += 1
    result.key_groups = sum(1 for premises in _groups(key_pairs).values() if len(premises) > 1)


def _groups(pairs: dict) -> dict[tuple[str, str], list[str]]:
    """(target, argument) -> its premises, in order."""
    groups: dict[tuple[str, str], list[str]] = {}
    for (premise, target), pair in pairs.items():
        groups.setdefault((target, pair.argument), []).append(premise)
    return groups
