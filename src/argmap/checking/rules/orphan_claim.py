"""A claim that is neither a premise nor a target of any argument, in a map of more than
one claim.

It floats alone in the diagram: either a relation is missing, or the claim does not
belong in this map. A claim that a misspelt reference most likely meant (see
``unknown-reference``) counts as connected. Not checked while the loader reports errors,
since a relation it could not read would make a claim look unconnected.

Passing example::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.

Failing example (``wind`` is connected to nothing)::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.
      wind: It will be windy.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import meant_nodes, used_as_premise, used_as_target
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "orphan-claim"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "a claim that is neither a premise nor a target of any argument"
ENABLED_BY_DEFAULT = True
SKIP_AFTER_LOADER_ERRORS = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    if len(amap.claims) < 2:
        return
    connected = used_as_premise(amap) | used_as_target(amap) | meant_nodes(amap)
    connected |= {c.id for c in amap.claims.values() if c.restates} | {
        c.restates for c in amap.claims.values() if c.restates is not None
    }
    for claim in amap.claims.values():
        if claim.id not in connected:
            yield Finding(
                claim.location,
                f"claim `{claim.id}` is connected to nothing: it is neither a premise nor the target of an argument",
            )
