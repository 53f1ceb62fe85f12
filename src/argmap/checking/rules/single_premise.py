"""A reason or objection with only one premise (teaching rule, off by default).

An argument from one premise nearly always leans on a second, unstated one: "It will
rain, so take an umbrella" needs "If it rains, an umbrella keeps you dry". Writing the
hidden co-premise down (as a claim with ``implicit: true``) is the step students most
often skip. Turn this rule on with ``argmap validate --teaching`` or ``teaching = true``
in ``[tool.argmap]``. The claim-level ``supports:``/``attacks:`` shorthand always makes
a one-premise argument, so it is reported too; several aimed at one claim share a message.

Passing example::

    title: Example
    claims:
      umbrella: Take an umbrella.
      rain: It will rain.
      umbrella-keeps-dry:
        text: In the rain an umbrella keeps you dry.
        implicit: true
    arguments:
      weather:
        premises: [rain, umbrella-keeps-dry]
        supports: umbrella

Failing example (``rain`` alone)::

    title: Example
    claims:
      umbrella: Take an umbrella.
      rain:
        text: It will rain.
        supports: umbrella
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking.rules._relations import resolved_arguments
from argmap.checking.rules._wording import naming
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "single-premise"
DEFAULT_SEVERITY = Severity.INFO
SUMMARY = "a reason or objection with one premise, which usually hides a second one"
ENABLED_BY_DEFAULT = False
TEACHING = True
SKIP_AFTER_LOADER_ERRORS = True  # a premise the loader dropped would make a false report


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    """One message per target and relation: a conclusion with six one-premise reasons (a
    news article's usual shape) gets one line naming them, not six."""
    groups: dict[tuple[str | None, str], list] = {}
    for arg in resolved_arguments(amap):
        if len(arg.premises) == 1:
            groups.setdefault((arg.target, arg.relation), []).append(arg)
    for args in groups.values():
        yield _finding(args[0]) if len(args) == 1 else _group_finding(args)


def _where(arg):
    return arg.loc("target") if arg.shorthand else arg.loc("premises")


def _finding(arg) -> Finding:
    premise = "" if arg.shorthand else f", `{arg.premises[0]}`"
    return Finding(
        _where(arg),
        f"{naming(arg)} stands on one premise{premise}: what else must be true for it "
        f"to {_verb(arg)} `{arg.target}`? Add that co-premise (`implicit: true` if unsaid)",
    )


def _group_finding(args) -> Finding:
    from argmap.words import listing  # only the teaching rules need the word lists

    first = args[0]
    kind = "reasons" if first.relation == "supports" else "objections"
    premises = listing([arg.premises[0] for arg in args])
    return Finding(
        _where(first),
        f"{len(args)} {kind} for `{first.target}` stand on one premise each "
        f"({premises}): what else must be true for each to {_verb(first)} it? "
        "Add those co-premises (`implicit: true` if unsaid)",
    )


def _verb(arg) -> str:
    return "support" if arg.relation == "supports" else "count against"
