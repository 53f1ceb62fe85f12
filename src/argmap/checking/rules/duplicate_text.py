"""Two claims with the same text (compared ignoring case and runs of white space).

Two ids for one statement split its relations between two boxes in the diagram; use one
claim and point both relations at it. The problem points at the later claim's text.

Passing example::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.

Failing example (``rain-again`` repeats ``rain``)::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.
      rain-again:
        text: It will  RAIN.
        supports: umbrella
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap, Claim
from argmap.problems import Finding, Severity

ID = "duplicate-text"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "two claims with the same text (ignoring case and white space)"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    first: dict[str, Claim] = {}
    for claim in amap.claims.values():
        key = " ".join((claim.text or "").split()).casefold()
        if not key:
            continue  # a missing text is the loader's problem, a blank one empty-text's
        if key not in first:
            first[key] = claim
            continue
        earlier = first[key]
        yield Finding(
            claim.loc("text"),
            f"claim `{claim.id}` has the same text as claim `{earlier.id}` (line {earlier.location.line})",
        )
