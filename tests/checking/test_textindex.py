"""The closest-passage hint on a large text goes through a word index (checking/textindex.py):
the same passages as comparing every window, with bounded work a hint."""

from __future__ import annotations

import random

import pytest

from argmap.checking import passages, sourcetext, textindex


def article(words: int, seed: int = 9) -> str:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(3000)] + ["the", "a", "of", "and", "to"] * 200
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def misquotes(text: str, count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        start = text.index(" ", rng.randrange(0, len(text) - 300)) + 1
        words = text[start : start + 90].split()[:-1]
        words[len(words) // 2] = "zzzq"
        found.append(" ".join(words))
    return found


@pytest.fixture(scope="module")
def source() -> sourcetext.SourceText:
    text = article(60_000)
    return sourcetext.SourceText("a.txt", sourcetext.normalise(text), original=text)


def test_the_index_finds_the_passages_every_window_finds(source, monkeypatch) -> None:
    quotes = misquotes(source.text, 12)
    monkeypatch.setattr(textindex, "LARGE_TEXT", 10**9)
    scanned = [passages.closest_passage(source, q) for q in quotes]
    monkeypatch.setattr(textindex, "LARGE_TEXT", 0)
    indexed = [passages.closest_passage(source, q) for q in quotes]
    assert indexed == scanned and all(scanned)


def test_the_index_is_built_once_per_text(source, monkeypatch) -> None:
    monkeypatch.setattr(textindex, "LARGE_TEXT", 0)
    textindex.word_positions.cache_clear()
    for quote in misquotes(source.text, 5, seed=2):
        passages.closest_passage(source, quote)
    info = textindex.word_positions.cache_info()
    assert info.misses == 1 and info.hits == 4


def test_only_a_bounded_number_of_windows_is_compared(source, monkeypatch) -> None:
    monkeypatch.setattr(textindex, "LARGE_TEXT", 0)
    step = 20
    starts = textindex.likely_starts(source.text, misquotes(source.text, 1)[0], step)
    assert 0 < len(starts) <= 3 * textindex.MOST_WINDOWS
