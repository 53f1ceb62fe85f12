"""The rabbit rule: every content word of a conclusion appears in some premise of the
argument (teaching rule, off by default).

Named, after Rationale, for the magician: you cannot pull a rabbit out of a hat that has
no rabbit in it. A word of the conclusion that no premise mentions is something the
premises never talk about, so they cannot establish it: usually a co-premise is missing
that connects the premises to that word. The check ignores small function words
("the", "of", "would", ...) and compares stems ("enforce" matches "enforcement"). Turn
it on with ``argmap validate --teaching`` or ``teaching = true`` in ``[tool.argmap]``.

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

Failing example (``umbrella`` comes from nowhere)::

    title: Example
    claims:
      umbrella: You should take an umbrella.
      rain: It will rain today.
      wet: You should not get wet today.
    arguments:
      weather:
        premises: [rain, wet]
        supports: umbrella
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity
from argmap.checking.rules._relations import describe
from argmap.checking.rules._wording import worded_arguments
from argmap.words import listing

ID = "rabbit-rule"
DEFAULT_SEVERITY = Severity.INFO
SUMMARY = "a word of a conclusion that no premise of the argument mentions"
ENABLED_BY_DEFAULT = False
TEACHING = True
SKIP_AFTER_LOADER_ERRORS = True  # a premise the loader dropped would make a false report


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for arg, conclusion, premises in worded_arguments(amap):
        covered = set().union(*premises)
        missing = [word for stem, word in conclusion.items() if stem not in covered]
        if missing:
            role = "conclusion" if arg.relation == "supports" else "attacked claim"
            yield Finding(arg.loc("target"), f"{listing(missing)} in the {role} `{arg.target}` "
                                             f"{_appear(missing)} in no premise of {describe(arg)}; "
                                             "a co-premise that links them in is probably missing")


def _appear(words: list[str]) -> str:
    return "appears" if len(words) == 1 else "appear"
