"""A claim's ``quote`` does not occur in the source text.

The source text is the file named by ``--source-text`` on the command line, else the
map's ``source.text`` (a path relative to the map file); without either, quotes are not
checked. The comparison ignores differences in white space, curly versus straight quotes
and apostrophes, and dash variants; case matters. Words may be left out with ``...``,
``…`` or ``[...]``. The message shows the closest passage of the text when there is one,
and only for a text in the map's folder (links followed) or given with ``--source-text``: a
map cannot make argmap print another file into a log.

Source text::

    Officials said on Monday that rain is expected this afternoon, and
    that the “storm” will pass by the evening.

Passing example::

    title: Example
    source:
      text: article.txt
    claims:
      rain:
        text: It will rain.
        quote: rain is expected this afternoon
        supports: umbrella
      umbrella:
        text: Take an umbrella.
        quote: the "storm" will ... pass
        supports: fine-evening
      fine-evening: The evening will be fine.

Failing example (the source says "this afternoon")::

    title: Example
    source:
      text: article.txt
    claims:
      rain:
        text: It will rain.
        quote: rain is expected this morning
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.checking import passages, sourcetext
from argmap.model import ArgumentMap
from argmap.problems import Finding, Severity

ID = "quote-not-found"
DEFAULT_SEVERITY = Severity.ERROR
SUMMARY = "a claim's quote that does not occur in the source text"
ENABLED_BY_DEFAULT = True


def check(amap: ArgumentMap, settings=None) -> Iterator[Finding]:
    source = sourcetext.for_map(amap, getattr(settings, "source_text", None))
    if source is None or source.text is None:
        return  # no text to check against (source-text-missing says so when one was named)
    hints = passages.HINTS_PER_MAP  # the closest-passage search is costly: a bounded number a map
    for claim in amap.claims.values():
        if claim.quote is None or not claim.quote.strip():
            continue
        part = sourcetext.missing_part(source.text, claim.quote)
        if part is not None:
            hints -= 1
            yield Finding(claim.loc("quote"), _message(source, claim.quote, part, hint=hints >= 0))


def _message(source: sourcetext.SourceText, quote: str, part: str, hint: bool = True) -> str:
    what = "quote" if sourcetext.normalise(quote) == part else f'part of the quote ("{part}")'
    message = f"{what} not found in the source text `{source.name}`"
    in_other_case = passages.differs_in_case(source, part)
    if in_other_case is not None:
        return f'{message}; it occurs with different case: "{in_other_case}"'
    closest = passages.closest_passage(source, part) if hint else None
    if closest is not None:
        return f'{message}; the closest passage is "{closest}"'
    return message
