"""The same premises both support and attack the same target.

A reason cannot count both for and against one conclusion; usually one of the two
relations is a slip. Premises are compared as a set, so a linked ``[a, b]`` that supports
``t`` and ``a`` alone attacking ``t`` are different reasons and allowed. The problem points
at the later of the two relations.

Passing example::

    title: Example
    claims:
      cost:
        text: The plan costs too much.
        attacks: plan
      plan: The city should build the tram.

Failing example (``cost`` supports and attacks ``plan``)::

    title: Example
    claims:
      cost:
        text: The plan costs too much.
        attacks: plan
        supports: plan
      plan: The city should build the tram.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import premise_list, relation_location, resolved_arguments
from argmap.model import Argument, ArgumentMap
from argmap.problems import Finding, Severity

ID = "contradictory-relations"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "the same premises both support and attack the same target"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    first: dict[tuple, Argument] = {}  # (premises, target, relation) -> the first such argument
    for arg in resolved_arguments(amap):
        first.setdefault((frozenset(arg.premises), arg.target, arg.relation), arg)
    reported: set[tuple] = set()
    for (premises, target, relation), arg in first.items():
        other = first.get((premises, target, "attacks" if relation == "supports" else "supports"))
        if other is None or (premises, target) in reported:
            continue  # one relation only, or the pair is reported already (where it first appeared)
        reported.add((premises, target))
        earlier, later = sorted((arg, other), key=relation_location)
        where = relation_location(earlier)
        verbs = "both support and attack" if len(later.premises) > 1 else "both supports and attacks"
        yield Finding(
            relation_location(later),
            f"{premise_list(later.premises)} {verbs} `{later.target}` "
            f"(the other relation is at line {where.line}, column {where.column})",
        )
