"""Holding hands: every content word of a premise appears in the conclusion or in another
premise of the same argument (teaching rule, off by default).

The companion of ``rabbit-rule``, after Rationale: the premises of an argument hold
hands with each other and with the conclusion. A premise word that has no partner
anywhere else in the argument does no work: either a co-premise is missing that says
how it bears on the conclusion, or the word is irrelevant. The check ignores small
function words and compares stems ("attacked" matches "attack"). Turn it on with
``argmap validate --teaching`` or ``teaching = true`` in ``[tool.argmap]``.

Passing example::

    title: Example
    claims:
      umbrella: You should take an umbrella.
      rain: It will rain today.
      rule: If it will rain today, you should take an umbrella.
    arguments:
      weather:
        premises: [rain, rule]
        supports: umbrella

Failing example (nothing links the grey clouds to rain)::

    title: Example
    claims:
      umbrella: You should take an umbrella.
      sky: The clouds are grey.
      rule: When it rains, you should take an umbrella.
    arguments:
      weather:
        premises: [sky, rule]
        supports: umbrella
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity
from argmap.checking.rules._relations import describe
from argmap.checking.rules._wording import worded_arguments
from argmap.words import listing

ID = "holding-hands"
DEFAULT_SEVERITY = Severity.INFO
SUMMARY = "a word of a premise that neither the conclusion nor another premise mentions"
ENABLED_BY_DEFAULT = False
TEACHING = True
SKIP_AFTER_LOADER_ERRORS = True  # a premise the loader dropped would make a false report


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for arg, conclusion, premises in worded_arguments(amap):
        for i, words in enumerate(premises):
            partners = set(conclusion).union(*(other for j, other in enumerate(premises) if j != i))
            alone = [word for stem, word in words.items() if stem not in partners]
            if alone:
                others = "the conclusion or another premise" if len(premises) > 1 else "the conclusion"
                yield Finding(arg.loc(f"premises.{i}"),
                              f"{listing(alone)} in premise `{arg.premises[i]}` of {describe(arg)} "
                              f"{'has' if len(alone) == 1 else 'have'} no partner in {others} "
                              f"(`{arg.target}`); say how {'it bears' if len(alone) == 1 else 'they bear'} "
                              "on the conclusion, or leave it out")
