"""Content words and their stems, for the teaching rules ``rabbit-rule`` and ``holding-hands``.

Deliberately simple: a small list of English function words is ignored, and so are numbers,
ordinals, units and months (a quantity is not what a claim is about); a word's
stem is what remains after a few suffix rules (plural -s/-es/-ies, -ing, -ed, -ly,
-ment, -ness, -ation, a final -e, a doubled final consonant), so "enforce",
"enforcing" and "enforcement" share one stem. Over-stemming only makes the rules more
lenient, which suits a hint for students.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

STOP_WORDS = frozenset(
    """
a about after against all almost already also although am an and another any are as at be because been before
being both but by can cannot could did do does doing done down during e.g. each either etc even every
for from had has have having he her here hers him his how however i i.e. if in instead into is it its itself
just may me might more most much must my neither no nor not of off on once one only onto or other
our ours out over own per rather same shall she should since so some still such than that the their theirs them
then there these they this those though through thus to too under unless until up upon us very was
we were what when where whether which while who whom whose why will with within without would yet
you your
""".split()
)

# Quantities are not words a conclusion or premise is about: "850,000 a year", "the 3rd
# time", "Feb 27", "40 per cent". Numbers, ordinals, units and months are left out.
QUANTITY_WORDS = frozenset(
    """
zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy
eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
half quarter twice first second third fourth fifth sixth seventh eighth ninth tenth
percent cent km kilometre kilometres kilometer kilometers metre metres meter meters mile miles mph kph kg
kilogram kilograms tonne tonnes ton tons dollar dollars euro euros pound pounds usd eur gbp bn
year years yearly annual annually month months monthly week weeks weekly day days daily hour hours minute
minutes seconds
jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august
september october november december
""".split()
)
_ORDINAL_OR_NUMBER = re.compile(r"[\d.,]*\d[\d.,]*(?:st|nd|rd|th|s|m|bn|k|km|kg|%)?\Z")

# Letters and digits, with inner apostrophes and dots ("Russia's", "U.S."): an abbreviation
# keeps its final dot, a sentence's full stop is left out.
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*(?:(?<=\.[^\W_])\.)?")
_SUFFIXES = ("ation", "ment", "ness", "ing", "ed", "ly")


# Capitalised abbreviations of names that news texts use both ways ("US" and "the United
# States"): each stands for the words it abbreviates, so the two forms match.
ABBREVIATIONS = {
    "US": "united states",
    "U.S.": "united states",
    "USA": "united states",
    "UN": "united nations",
    "U.N.": "united nations",
    "UK": "united kingdom",
    "U.K.": "united kingdom",
    "EU": "european union",
    "E.U.": "european union",
}


def content_words(text: str | None) -> dict[str, str]:
    """Stem -> the word as first written, for each word that is not a function word."""
    words: dict[str, str] = {}
    for match in _WORD.finditer(text or ""):
        word = match.group()
        if word in ABBREVIATIONS:
            for part in ABBREVIATIONS[word].split():
                words.setdefault(stem(part), word)
            continue
        bare = re.sub(r"['’]s$", "", word.lower())
        if bare in STOP_WORDS or bare.endswith(("n't", "n’t")) or len(bare) < 2 or is_quantity(bare):
            continue
        words.setdefault(stem(bare), word)
    return words


def is_quantity(word: str) -> bool:
    """A number, ordinal, unit or month (lower case): ``850``, ``3rd``, ``1990s``, ``km``, ``feb``."""
    return word in QUANTITY_WORDS or bool(_ORDINAL_OR_NUMBER.match(word))


def stem(word: str) -> str:
    """A crude stem of a lower-case word (see the module's docstring)."""
    word = _plural(word)
    for _ in range(2):  # "implementation" -> "implement" -> "imple", like "implement"
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def _plural(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def listing(words: Iterable[str]) -> str:
    """`a`, `b` and `c`"""
    quoted = [f"`{w}`" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
