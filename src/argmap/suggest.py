""" "Did you mean …?" for a misspelt id, in time linear in the number of ids overall.

``difflib.get_close_matches`` compares a name with every known id: fine for a few hundred,
but a 5,000-claim map with 2,500 misspelt premises took 27 s that way. Above a few hundred
ids, only ids within about two edits of the name are compared (found through an index of
each id with one character deleted, as SymSpell does); the answer is the same whenever the
best match is that close, which a typo's is.

Work and memory are bounded by the ids' length and number whatever the map holds: a name
or id longer than ``LONGEST_SUGGESTED`` is never compared (the deletion index of a
60,000-character id would hold 60,000 strings of that length: gigabytes), and difflib
compares at most ``FULL_SEARCH_LIMIT`` ids with a name (``MOST_CANDIDATES`` from the index,
those closest in length first).
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

CUTOFF = 0.6
FULL_SEARCH_LIMIT = 300
LONGEST_SUGGESTED = 64  # characters: no typo of a longer id is guessed, nor a longer name
MOST_CANDIDATES = 200  # ids compared with one name


def _deletions(word: str) -> set[str]:
    """The word and every string made by deleting one of its characters."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class Suggester:
    """``known`` is read only when a suggestion is first asked for (most checks of a map ask
    for none), so it may be a generator."""

    def __init__(self, known: Iterable[str]):
        self._given: Iterable[str] | None = known
        self._known: list[str] = []
        self._index: dict[str, list[str]] | None = None
        self._answers: dict[str, str | None] = {}

    @property
    def known(self) -> list[str]:
        """The ids that may be suggested, each once, in the order given."""
        if self._given is not None:
            self._known = [word for word in dict.fromkeys(self._given) if len(word) <= LONGEST_SUGGESTED]
            self._given = None
        return self._known

    def closest(self, name: str) -> str | None:
        """The known id most like ``name`` (difflib's ratio ≥ 0.6), or None."""
        if len(name) > LONGEST_SUGGESTED:
            return None
        if name not in self._answers:
            matches = difflib.get_close_matches(name, self._candidates(name), n=1, cutoff=CUTOFF)
            self._answers[name] = matches[0] if matches else None
        return self._answers[name]

    def _candidates(self, name: str) -> list[str]:
        if len(self.known) <= FULL_SEARCH_LIMIT:
            return self.known
        if self._index is None:
            self._index = defaultdict(list)
            for word in self.known:
                for key in _deletions(word):
                    self._index[key].append(word)
        found = {word for key in _deletions(name) for word in self._index.get(key, ())}
        return sorted(found, key=lambda word: (abs(len(word) - len(name)), word))[:MOST_CANDIDATES]
