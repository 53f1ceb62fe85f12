"""Which claims stand, given the attacks: grounded and preferred labellings of a map,
with a reason for each label. Pure: no printing, no typer; see framework.py for the rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from argmap.evaluation.explain import Reason, explain, reason
from argmap.evaluation.framework import IN, OUT, UNDEC, Framework, Label, OverrideError, build_framework
from argmap.evaluation.grounded import grounded
from argmap.evaluation.preferred import MAX_LABELLINGS, MAX_SEARCH_STEPS, PreferredTooLarge, accepted_in_all, preferred
from argmap.loading.yamlsource import gc_paused
from argmap.model import ArgumentMap

SEMANTICS = ("grounded", "preferred")

__all__ = [
    "Evaluation",
    "IN",
    "OUT",
    "UNDEC",
    "Label",
    "OverrideError",
    "PreferredTooLarge",
    "Reason",
    "SEMANTICS",
    "evaluate",
    "MAX_LABELLINGS",
    "MAX_SEARCH_STEPS",
]


@dataclass(frozen=True)
class Evaluation:
    semantics: str
    framework: Framework
    labellings: tuple[Mapping[str, Label], ...]  # grounded: exactly one
    step: Mapping[str, int] | None  # grounded decision order, for explanations
    accepted_in_all: frozenset[str]

    def summary(self, node_id: str) -> Label:
        """The node's label in every labelling; UNDECIDED where the labellings disagree."""
        found = {labelling[node_id] for labelling in self.labellings}
        return found.pop() if len(found) == 1 else UNDEC

    def is_split(self, node_id: str) -> bool:
        """True when preferred labellings disagree on this node."""
        return len({labelling[node_id] for labelling in self.labellings}) > 1

    def reason(self, node_id: str, index: int = 0) -> Reason:
        return reason(self.framework, node_id, self.labellings[index], self.step)

    def explain(self, node_id: str, index: int = 0) -> list[str]:
        return explain(self.framework, node_id, self.labellings[index], self.step)


@gc_paused()  # many small objects, no cycles: collections would only rescan them
def evaluate(
    amap: ArgumentMap, semantics: str = "grounded", assume: Iterable[str] = (), reject: Iterable[str] = ()
) -> Evaluation:
    """Label every claim and argument. Raises OverrideError for a bad --assume/--reject id,
    PreferredTooLarge when preferred semantics needs too long a search, ValueError for an
    unknown semantics."""
    if semantics not in SEMANTICS:
        raise ValueError(f"unknown semantics {semantics!r} (use {' or '.join(SEMANTICS)})")
    fw = build_framework(amap, assume, reject)
    if semantics == "grounded":
        result = grounded(fw)
        return Evaluation(
            semantics, fw, (result.labels,), result.step, frozenset(n for n, lab in result.labels.items() if lab is IN)
        )
    labellings = preferred(fw)
    return Evaluation(semantics, fw, tuple(labellings), None, accepted_in_all(labellings))
