"""The rabbit rule: every content word of a conclusion appears in some premise of the
argument (teaching rule, off by default).

Named, after Rationale, for the magician: you cannot pull a rabbit out of a hat that has
no rabbit in it. A word of the conclusion that no premise mentions is something the
premises never talk about, so they cannot establish it: usually a co-premise is missing
that connects the premises to that word. The check ignores small function words
("the", "of", "would", ...) and quantities (numbers, ordinals, units, months), compares
stems ("enforce" matches "enforcement"), and speaks when at least a third of the
conclusion's words are missing, once per argument (see ``_wording``). Turn
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

from argmap.checking.rules._wording import naming, word_gaps, words
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "rabbit-rule"
DEFAULT_SEVERITY = Severity.INFO
SUMMARY = "a word of a conclusion that no premise of the argument mentions"
ENABLED_BY_DEFAULT = False
TEACHING = True
SKIP_AFTER_LOADER_ERRORS = True  # a premise the loader dropped would make a false report


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for gaps in word_gaps(amap, settings):
        if not gaps.missing:
            continue
        arg = gaps.arg
        role = "conclusion" if arg.relation == "supports" else "attacked claim"
        missing = tuple(dict.fromkeys(gaps.missing))  # "US" stands for two words: named once
        verb = "appears" if len(missing) == 1 else "appear"
        yield Finding(
            arg.loc("target"),
            f"{words(missing)} in the {role} `{arg.target}` {verb} in no "
            f"premise of {naming(arg)}; a co-premise that links "
            f"{'it' if len(missing) == 1 else 'them'} in is probably missing",
        )
