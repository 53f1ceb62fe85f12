"""Suggestions for misspelt ids: difflib's answers, without comparing with every id."""

from __future__ import annotations

import difflib
import random

from argmap import suggest
from argmap.suggest import Suggester

IDS = [f"{word}-{i}" for i in range(2000) for word in ("claim", "premise")][:3000] + [
    "no-fly-zone",
    "escalation",
    "nato-credibility",
    "civilian-harm",
]


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    kind = rng.choice("dis")
    if kind == "d":
        return word[:i] + word[i + 1 :]
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz0123456789-")
    return word[:i] + letter + word[i + (kind == "s") :]


def test_big_lists_give_difflibs_answer_for_typos():
    rng = random.Random(7)
    suggester = Suggester(IDS)
    assert len(IDS) > suggest.FULL_SEARCH_LIMIT
    for word in rng.sample(IDS, 60):
        name = _typo(rng, word)
        expected = difflib.get_close_matches(name, IDS, n=1, cutoff=suggest.CUTOFF)
        assert suggester.closest(name) == (expected[0] if expected else None), name


def test_big_lists_compare_only_near_neighbours():
    suggester = Suggester(IDS)
    candidates = suggester._candidates("premse-1234")
    assert "premise-1234" in candidates
    assert len(candidates) < 20  # not all 3,004 ids


def test_small_lists_search_everything_and_nothing_close_is_none():
    small = Suggester(["umbrella", "rain"])
    assert small.closest("umbrela") == "umbrella"
    assert small.closest("sunshine") is None
    assert Suggester(IDS).closest("zzzzzzzz") is None


def test_repeated_names_are_answered_once(monkeypatch):
    calls = []
    real = difflib.get_close_matches
    monkeypatch.setattr(suggest.difflib, "get_close_matches", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    suggester = Suggester(IDS)
    assert suggester.closest("escalaton") == suggester.closest("escalaton") == "escalation"
    assert calls == ["escalaton"]
