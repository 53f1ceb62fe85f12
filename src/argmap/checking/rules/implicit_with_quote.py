"""A claim marked ``implicit: true`` that also has a ``quote``.

An implicit premise is one the analyst adds because the source leaves it unstated, so it
has no words in the source to quote. Either the claim is stated after all (drop
``implicit``), or the quote belongs to another claim.

Passing example::

    title: Example
    claims:
      rain:
        text: It will rain.
        quote: Rain is expected this afternoon.
        supports: umbrella
      umbrella: Take an umbrella.
      dry-matters:
        text: Staying dry matters.
        implicit: true
        supports: umbrella

Failing example::

    title: Example
    claims:
      rain:
        text: It will rain.
        implicit: true
        quote: Rain is expected this afternoon.
        supports: umbrella
      umbrella: Take an umbrella.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "implicit-with-quote"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "a claim marked implicit (unstated) that quotes the source"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for claim in amap.claims.values():
        if claim.implicit and claim.quote is not None and claim.quote.strip():
            implicit_at = claim.loc("implicit")
            yield Finding(
                claim.loc("quote"),
                f"claim `{claim.id}` quotes the source but is marked `implicit: true` (line {implicit_at.line})",
            )
