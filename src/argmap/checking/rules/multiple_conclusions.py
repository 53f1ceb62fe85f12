"""More than one conclusion: claims that are supported or attacked but themselves support
or attack nothing.

Many maps are meant to argue for exactly one main claim; turn this rule on
(``--enable multiple-conclusions``) to check that. The first conclusion in the file is
taken as the main one, and each further one is reported. Claims connected to nothing are
``orphan-claim``'s problem and not counted here.

Passing example::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.

Failing example (both ``umbrella`` and ``boots`` are conclusions)::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: [umbrella, boots]
      umbrella: Take an umbrella.
      boots: Wear boots.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import used_as_premise, used_as_target
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "multiple-conclusions"
DEFAULT_SEVERITY = Severity.INFO
SUMMARY = "more than one claim that supports or attacks nothing"
ENABLED_BY_DEFAULT = False
SKIP_AFTER_LOADER_ERRORS = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    premises, targets = used_as_premise(amap), used_as_target(amap)
    conclusions = [c for c in amap.claims.values() if c.id in targets and c.id not in premises]
    for claim in conclusions[1:]:
        main = conclusions[0]
        yield Finding(
            claim.location,
            f"claim `{claim.id}` is a further conclusion (it supports or attacks "
            f"nothing); the first is `{main.id}` (line {main.location.line})",
        )
