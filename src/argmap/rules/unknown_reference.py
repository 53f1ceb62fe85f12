"""A premise, target or speaker names an id that is not defined.

Ids are matched exactly (case matters). When an existing id is close, the message
suggests it.

Passing example::

    title: Example
    claims:
      rain: It will rain.
      umbrella:
        text: Take an umbrella.
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

from ..model import ArgumentMap
from ..problems import Finding, Severity
from ..suggest import Suggester

ID = "unknown-reference"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "a premise, target or speaker id that is not defined"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, context=None) -> Iterator[Finding]:
    nodes = Suggester([*amap.claims, *(a for a in amap.arguments if amap.arguments[a].shorthand is None)])
    claims, speakers = Suggester(amap.claims), Suggester(amap.speakers)
    for claim in amap.claims.values():
        if claim.speaker is not None and claim.speaker not in amap.speakers:
            yield _finding(claim.loc("speaker"), "speaker", claim.speaker, speakers)
    for arg in amap.arguments.values():
        for i, premise in enumerate(arg.premises):
            if premise not in amap.claims:
                yield _finding(arg.loc(f"premises.{i}"), "premise", premise, claims)
        if arg.target is not None and amap.node(arg.target) is None:
            yield _finding(arg.loc("target"), "target", arg.target, nodes)
        if arg.speaker is not None and arg.speaker not in amap.speakers:
            yield _finding(arg.loc("speaker"), "speaker", arg.speaker, speakers)


def _finding(location, role: str, name: str, known: Suggester) -> Finding:
    message = f"unknown {role} `{name}`"
    close = known.closest(name)
    if close:
        message += f"; did you mean `{close}`?"
    return Finding(location, message)
