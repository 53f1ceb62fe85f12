"""An argument lists the same premise twice.

The second mention adds nothing to the argument; often another premise was meant. The
problem points at the repeated item.

Passing example::

    title: Example
    claims:
      rain: It will rain.
      cold: It will be cold.
      coat: Wear a coat.
    arguments:
      weather:
        premises: [rain, cold]
        supports: coat

Failing example (``rain`` twice)::

    title: Example
    claims:
      rain: It will rain.
      cold: It will be cold.
      coat: Wear a coat.
    arguments:
      weather:
        premises: [rain, cold, rain]
        supports: coat
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "repeated-premise"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "an argument that lists the same premise twice"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    for arg in amap.arguments.values():
        first_index: dict[str, int] = {}
        for i, premise in enumerate(arg.premises):
            if premise not in first_index:
                first_index[premise] = i
            elif premise in amap.claims:  # an unknown id is unknown-reference's problem
                first = arg.loc(f"premises.{first_index[premise]}")
                yield Finding(
                    arg.loc(f"premises.{i}"),
                    f"premise `{premise}` is listed twice in argument "
                    f"`{arg.id}` (first at line {first.line}, column {first.column})",
                )
