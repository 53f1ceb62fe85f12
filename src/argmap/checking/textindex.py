"""Where in a large source text a misquote probably belongs, found through an index of its
words built once per text (``quote-not-found``'s closest-passage hint).

Sliding a window over the whole text costs a few seconds a hint on a 4.7 MB text (ten hints:
a minute, again on each refresh of ``serve`` or the language server). Instead every word of
the text is indexed with its positions once; each word of the quote then votes for the
window start its occurrences imply, and only the windows with most votes are compared
exactly. Words more frequent than ``COMMON`` say little and are skipped (unless nothing
else is left), so the work of a hint is bounded whatever the text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from itertools import accumulate

LARGE_TEXT = 200_000  # characters from which the index is used (below, every window is compared)
COMMON = 2_000  # occurrences above which a word does not vote
MOST_WINDOWS = 48  # windows with the most votes that are looked at closely
_WORD = re.compile(r"\S+")


@functools.lru_cache(maxsize=4)
def word_positions(text: str) -> dict[str, list[int]]:
    """Each word of the (normalised) text and where it starts; built once per text."""
    words = text.split(" ")  # normalised: words are one space apart
    positions: dict[str, list[int]] = defaultdict(list)
    for word, start in zip(words, accumulate((len(w) + 1 for w in words), initial=0)):
        positions[word].append(start)
    return dict(positions)


def likely_starts(text: str, part: str, step: int) -> list[int]:
    """Window starts (multiples of ``step``, and their neighbours) where ``part`` most
    probably belongs, best first; empty when no word of it occurs in the text."""
    index = word_positions(text)
    words = [(m.group(), m.start()) for m in _WORD.finditer(part)]
    found = [(word, offset, index[word]) for word, offset in words if word in index]
    voters = [item for item in found if len(item[2]) <= COMMON]
    if not voters:  # only common words: the rarest few still vote
        voters = sorted(found, key=lambda item: len(item[2]))[:3]
    votes: Counter[int] = Counter()
    for _, offset, where in voters:
        for position in where[:COMMON]:
            votes[max(0, position - offset) // step] += 1
    starts: list[int] = []
    for bucket, _ in votes.most_common(MOST_WINDOWS):
        starts.extend(start for start in (bucket * step - step, bucket * step, bucket * step + step) if start >= 0)
    return list(dict.fromkeys(starts))
