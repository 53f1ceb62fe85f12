"""Holding hands: every content word of a premise appears in the conclusion or in another
premise of the same argument (teaching rule, off by default).

The companion of ``rabbit-rule``, after Rationale: the premises of an argument hold
hands with each other and with the conclusion. A premise word that has no partner
anywhere else in the argument does no work: either a co-premise is missing that says
how it bears on the conclusion, or the word is irrelevant. The check ignores small
function words and quantities, compares stems ("attacked" matches "attack"), and speaks
about premises with at least a third of their words unpartnered, in one message per
argument, and only where ``rabbit-rule`` has nothing to say about it (see ``_wording``). Turn it on with
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

from argmap.checking.rules._wording import naming, rabbit_rule_speaks, word_gaps, words
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "holding-hands"
DEFAULT_SEVERITY = Severity.INFO
SUMMARY = "a word of a premise that neither the conclusion nor another premise mentions"
ENABLED_BY_DEFAULT = False
TEACHING = True
SKIP_AFTER_LOADER_ERRORS = True  # a premise the loader dropped would make a false report


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for gaps in word_gaps(amap, settings):
        if not gaps.alone or rabbit_rule_speaks(gaps, settings):
            continue
        arg = gaps.arg
        first = gaps.alone[0][0]
        where = arg.loc(f"premises.{first}")
        parts = "; ".join(
            f"`{arg.premises[i]}` brings in {words(tuple(dict.fromkeys(found)))}" for i, found in gaps.alone
        )
        if len(arg.premises) > 1:
            unmentioned = f"which neither the conclusion (`{arg.target}`) nor another premise mentions"
        else:
            unmentioned = f"which the conclusion (`{arg.target}`) does not mention"
        yield Finding(
            where, f"in {naming(arg)}, {parts}, {unmentioned}; say how that bears on the conclusion, or leave it out"
        )
