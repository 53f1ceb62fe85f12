"""The map's ``source.text`` names a file that does not exist or cannot be read as UTF-8
text, so its quotes go unchecked.

The path is relative to the map file. When ``--source-text`` is given on the command
line, that file is used instead and ``source.text`` is not looked at.

Source text::

    Rain is expected this afternoon.

Passing example (``article.txt`` is next to the map)::

    title: Example
    source:
      text: article.txt
    claims:
      rain:
        text: It will rain.
        quote: Rain is expected

Failing example (there is no ``artcle.txt``)::

    title: Example
    source:
      text: artcle.txt
    claims:
      rain:
        text: It will rain.
        quote: Rain is expected
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking import sourcetext
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "source-text-missing"
DEFAULT_SEVERITY = Severity.WARNING
SUMMARY = "source.text names a file that does not exist or is not UTF-8 text"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    if getattr(settings, "source_text", None) is not None:
        return  # the command line's text replaces source.text
    source = sourcetext.for_map(amap)
    if source is not None and source.error is not None:
        assert amap.source is not None  # without an override, a source text comes from source.text
        yield Finding(amap.source.loc("text"), f"source text `{source.name}` {source.error}; quotes are not checked")
