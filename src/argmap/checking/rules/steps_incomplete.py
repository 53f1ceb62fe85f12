"""The reveal order ``steps:`` never shows some claims.

``argmap reveal`` and the web page's step buttons show a map step by step; a claim that
no step shows never appears, so the last step is not the whole map. A claim is shown
when a step lists it, or lists an argument that has it as a premise. (An id in
``steps:`` that names nothing is ``unknown-reference``'s problem.)

Passing example::

    title: Example
    claims:
      umbrella: Take an umbrella.
      rain:
        text: It will rain.
        supports: umbrella
    steps:
      - umbrella
      - rain

Failing example (``rain`` is never shown)::

    title: Example
    claims:
      umbrella: Take an umbrella.
      rain:
        text: It will rain.
        supports: umbrella
    steps:
      - umbrella
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "steps-incomplete"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "a claim that the reveal order `steps:` never shows"
ENABLED_BY_DEFAULT = True
SKIP_AFTER_LOADER_ERRORS = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    from argmap.steps import never_revealed

    where = amap.loc("steps")
    for claim_id in never_revealed(amap):
        yield Finding(
            where,
            f"claim `{claim_id}` is never shown by `steps:`; add it to a step "
            "(or an argument that has it as a premise)",
        )
