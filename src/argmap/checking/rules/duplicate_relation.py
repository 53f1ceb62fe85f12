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
    # Only relations stated more than once are sorted by where they are stated (the first one
    # there is the original); the findings come out in the order of the later statements.
    stated: dict[tuple, list[Argument]] = {}
    for arg in resolved_arguments(amap):
        stated.setdefault((frozenset(arg.premises), arg.relation, arg.target), []).append(arg)
    findings = [finding for args in stated.values() if len(args) > 1 for finding in _repeats(args)]
    yield from sorted(findings, key=lambda finding: _place(finding.location))


def _repeats(args: list[Argument]) -> Iterator[Finding]:
    first, *later = sorted(args, key=lambda arg: _place(_statement_location(arg)))
    at = _statement_location(first)
    named = f" (argument `{first.id}`)" if first.shorthand is None else ""
    for arg in later:
        message = (
            f"{premise_list(arg.premises)} {arg.relation} `{arg.target}` is stated twice; "
            f"first at line {at.line}, column {at.column}{named}"
        )
        yield Finding(_statement_location(arg), message)


def _place(at: Location) -> tuple[str, int, int]:
    """A location as a tuple: sorting compares tuples in C, Locations in Python."""
    return at.path, at.line, at.column


def _statement_location(arg: Argument) -> Location:
    """A shorthand is stated at its target value, an argument at its key."""
    return relation_location(arg) if arg.shorthand is not None else arg.location
