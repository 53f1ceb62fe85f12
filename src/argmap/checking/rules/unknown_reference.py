"""A premise, target, speaker, restated claim (``restates:``) or reveal step (``steps:``) names an
id that is not defined.

Ids are matched exactly (case matters). When an existing id is close, the message
suggests it. A premise must be a claim: naming an argument there is reported too,
since only claims can be premises (an argument is targeted with ``supports``/``attacks``).

Passing example::

    title: Example
    speakers:
      ann: Ann
    claims:
      rain: It will rain.
      umbrella:
        text: Take an umbrella.
        speaker: ann
    arguments:
      weather:
        premises: [rain]
        supports: umbrella

Failing example (``umbrela`` is misspelt)::

    title: Example
    claims:
      rain:
        text: It will rain.
        supports: umbrela
      umbrella: Take an umbrella.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import node_ids
from argmap.model import ArgumentMap
from argmap.problems import Finding, Location, Severity
from argmap.suggest import Suggester

ID = "unknown-reference"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "a premise, target, speaker, restated claim or step id that is not defined"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    claims, targets = Suggester(amap.claims), Suggester(node_ids(amap))
    speakers = Suggester(amap.speakers)
    for claim in amap.claims.values():
        if claim.speaker is not None and claim.speaker not in amap.speakers:
            yield _unknown(claim.loc("speaker"), "speaker", claim.speaker, speakers)
        if claim.restates is not None and claim.restates not in amap.claims:
            yield _unknown(claim.loc("restates"), "restated claim", claim.restates, claims)
    for arg in amap.arguments.values():
        if arg.shorthand is None:
            yield from _premises(amap, arg, claims)
        if arg.target is not None and amap.node(arg.target) is None:
            yield _unknown(arg.loc("target"), "target", arg.target, targets)
        if arg.speaker is not None and arg.speaker not in amap.speakers:
            yield _unknown(arg.loc("speaker"), "speaker", arg.speaker, speakers)
    yield from _steps(amap, targets)


def _steps(amap: ArgumentMap, nodes: Suggester) -> Iterator[Finding]:
    """Ids in the reveal order ``steps:`` name claims or arguments."""
    for i, step in enumerate(amap.steps or ()):
        for j, node_id in enumerate(step):
            if amap.node(node_id) is None:
                yield _unknown(amap.loc(f"steps.{i}.{j}"), "step id", node_id, nodes)


def _premises(amap: ArgumentMap, arg, claims: Suggester) -> Iterator[Finding]:
    for i, premise in enumerate(arg.premises):
        if premise in amap.claims:
            continue
        where = arg.loc(f"premises.{i}")
        if premise in amap.arguments:
            yield Finding(
                where,
                f"premise `{premise}` is an argument, but premises must be claims "
                f"(to back or undercut `{premise}`, make a claim that supports or attacks it)",
            )
        else:
            yield _unknown(where, "premise", premise, claims)


def _unknown(location: Location, role: str, name: str, known: Suggester) -> Finding:
    message = f"unknown {role} `{name}`"
    close = known.closest(name)
    if close is not None:
        message += f"; did you mean `{close}`?"
    elif role == "speaker" and not known.known:
        message += " (the map has no `speakers:`)"
    return Finding(location, message)
