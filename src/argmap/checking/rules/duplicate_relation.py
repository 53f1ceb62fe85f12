"""The same relation stated twice: the same premises, the same kind (supports or attacks),
the same target.

It often happens when a relation is written once as a claim's ``supports:`` shorthand and
again as an argument; the diagram would draw two arrows for one reason. Premises are
compared as a set, so a linked ``[a, b] → t`` and a shorthand ``a → t`` are different
arguments and allowed. The problem points at the later statement.

Passing example::

    title: Example
    claims:
      rain: It will rain.
      umbrella: Take an umbrella.
    arguments:
      weather:
        premises: [rain]
        supports: umbrella

Failing example (``rain`` supports ``umbrella`` twice)::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrella
      umbrella: Take an umbrella.
    arguments:
      weather:
        premises: [rain]
        supports: umbrella
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import premise_list, relation_location, resolved_arguments
from argmap.model import Argument, ArgumentMap
from argmap.problems import Finding, Location, Severity

ID = "duplicate-relation"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "the same premises, kind and target stated twice"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    seen: dict[tuple, Argument] = {}
    for arg in sorted(resolved_arguments(amap), key=_statement_place):
        key = (frozenset(arg.premises), arg.relation, arg.target)
        if key not in seen:
            seen[key] = arg
            continue
        first = seen[key]
        at = _statement_location(first)
        named = f" (argument `{first.id}`)" if first.shorthand is None else ""
        message = (
            f"{premise_list(arg.premises)} {arg.relation} `{arg.target}` is stated twice; "
            f"first at line {at.line}, column {at.column}{named}"
        )
        yield Finding(_statement_location(arg), message)


def _statement_place(arg: Argument) -> tuple[str, int, int]:
    """The statement's location as a tuple: sorting compares tuples in C, Locations in Python."""
    at = _statement_location(arg)
    return at.path, at.line, at.column


def _statement_location(arg: Argument) -> Location:
    """A shorthand is stated at its target value, an argument at its key."""
    return relation_location(arg) if arg.shorthand is not None else arg.location
