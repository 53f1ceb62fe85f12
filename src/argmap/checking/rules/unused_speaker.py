"""A speaker that no claim or argument names.

Usually a ``speaker:`` field was forgotten or misspelt somewhere, or the speaker is left
over from an earlier version of the map. A speaker that a misspelt ``speaker:`` most
likely meant counts as used (the misspelling is ``unknown-reference``'s), and so does one a
dialogue tag names (``agreed-by-ann``, ``disagreed-by-``, ``challenged-by-``, ``asked-by-``, as the
AIF import writes them). Not checked while the loader reports errors,
since a ``speaker:`` it could not read would make a speaker look unused.

Passing example::

    title: Example
    speakers:
      ann: Ann Lee
    claims:
      rain:
        text: It will rain.
        speaker: ann

Failing example (nobody names ``bob``)::

    title: Example
    speakers:
      ann: Ann Lee
      bob: Bob Stone
    claims:
      rain:
        text: It will rain.
        speaker: ann
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from argmap.checking.rules._relations import meant_speakers
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "unused-speaker"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "a speaker that no claim or argument names"
ENABLED_BY_DEFAULT = True
SKIP_AFTER_LOADER_ERRORS = True
DIALOGUE_TAG = re.compile(r"(?:agreed|disagreed|challenged|asked)-by-(.+)")


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    named = {c.speaker for c in amap.claims.values()} | {a.speaker for a in amap.arguments.values()}
    named |= meant_speakers(amap)  # a misspelt name is unknown-reference's problem
    named |= {m.group(1) for c in amap.claims.values() for t in c.tags if (m := DIALOGUE_TAG.fullmatch(t))}
    for speaker in amap.speakers.values():
        if speaker.id not in named:
            yield Finding(speaker.location, f"speaker `{speaker.id}` is not named by any claim or argument")
