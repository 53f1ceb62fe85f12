"""A claim that supports, attacks or restates itself, or an argument that targets itself or
one of its own premises.

Such a relation says nothing: a reason cannot be its own conclusion, and a claim cannot be a
restatement of itself. The problem points at the offending target value.

Passing example::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.

Failing example (``rain`` supports itself)::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: rain
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import relation_location, resolved_arguments, self_referential
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "self-reference"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "a claim or argument that supports, attacks or restates itself, or targets its own premise"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for arg in resolved_arguments(amap, with_self_references=True):
        if not self_referential(arg):
            continue
        if arg.shorthand is not None:
            message = f"claim `{arg.shorthand}` {arg.relation} itself"
        elif arg.target == arg.id:
            message = f"argument `{arg.id}` {arg.relation} itself"
        else:
            message = f"argument `{arg.id}` {arg.relation} its own premise `{arg.target}`"
        yield Finding(relation_location(arg), message)
    for claim in amap.claims.values():
        if claim.restates is not None and claim.restates == claim.id:
            yield Finding(claim.loc("restates"), f"claim `{claim.id}` restates itself")
