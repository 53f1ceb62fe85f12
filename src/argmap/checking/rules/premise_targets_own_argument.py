"""A premise of an argument also supports or attacks that same argument.

Backing an inference with one of its own premises adds nothing (the premise is already
there), and undercutting it with one of its own premises makes the argument defeat
itself. Usually the relation was meant for another argument. The problem points at the
relation's target value.

Passing example (``local-data`` backs the argument it is not part of)::

    title: Example
    claims:
      sky-grey: The sky is grey.
      rain: It will rain.
      local-data:
        text: Here, a grey sky is followed by rain nine times in ten.
        supports: forecast
    arguments:
      forecast:
        premises: [sky-grey]
        supports: rain

Failing example (``sky-grey`` backs its own argument)::

    title: Example
    claims:
      sky-grey:
        text: The sky is grey.
        supports: forecast
      rain: It will rain.
    arguments:
      forecast:
        premises: [sky-grey]
        supports: rain
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import premise_list, relation_location, resolved_arguments
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "premise-targets-own-argument"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "a premise of an argument also supports or attacks that argument"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for arg in resolved_arguments(amap):
        assert arg.target is not None  # a resolved argument's target exists
        target = amap.arguments.get(arg.target)
        if target is None:
            continue
        shared = [p for p in arg.premises if p in target.premises]
        if shared:
            many = len(shared) > 1
            yield Finding(
                relation_location(arg),
                f"{premise_list(shared)} {'are premises' if many else 'is a premise'} of argument "
                f"`{target.id}` and also {arg.relation.removesuffix('s') if many else arg.relation} it",
            )
