"""The map's title, a claim's text or a quote is an empty or blank string.

A blank box says nothing. (A *missing* or null ``text`` or ``title`` is the loader's
``schema`` problem, not this one.)

Passing example::

    title: Example
    claims:
      rain: It will rain.

Failing example (the claim's text is blank)::

    title: Example
    claims:
      rain:
        text: "  "
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "empty-text"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "a title, claim text or quote that is empty or blank"
ENABLED_BY_DEFAULT = True


def _blank(text: str | None) -> bool:
    return text is not None and (not text or text.isspace())  # as `not text.strip()`, without a copy


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    if _blank(amap.title):
        yield Finding(amap.loc("title"), "the map's `title` is empty")
    for claim in amap.claims.values():
        if _blank(claim.text):
            yield Finding(claim.loc("text"), f"claim `{claim.id}` has an empty text")
        if _blank(claim.quote):
            yield Finding(claim.loc("quote"), f"claim `{claim.id}` has an empty `quote`; remove it or quote the source")
