"""A worksheet's cards (the removed texts, shuffled and lettered, for the students) and
its answer list (which card goes in which numbered blank, for the teacher)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from argmap.model import ArgumentMap


@dataclass(frozen=True)
class Deck:
    cards: str  # Markdown
    answers: str  # Markdown
    letters: dict[str, str]  # blanked id -> its card's letter


def make_cards(amap: ArgumentMap, blanks: list[str], relations: bool, seed: int) -> Deck:
    """The removed texts shuffled with the seed and lettered, one table row a card; the
    answers list the blanks in number order with their card."""
    from argmap.mdtext import markdown_text

    if relations:
        texts: dict[str, str] = {a: amap.arguments[a].relation for a in blanks}
        task = "Each card names a relation: place it in the numbered box on the line it belongs to."
    else:
        texts = {c: " ".join((amap.claims[c].text or "").split()) for c in blanks}
        task = "Cut out the cards and place each one in the numbered box where it belongs."
    shuffled = list(blanks)
    random.Random(seed).shuffle(shuffled)
    letters = {node_id: _letter(i) for i, node_id in enumerate(shuffled)}
    title = markdown_text(amap.title or "Untitled map")
    cards = [
        f"# Cards: {title}",
        "",
        task,
        "",
        "| card | text |",
        "| --- | --- |",
        *(f"| {letters[n]} | {markdown_text(texts[n])} |" for n in shuffled),
    ]
    answers = [
        f"# Answers: {title}",
        "",
        "Which card goes in each numbered blank.",
        "",
        "| blank | card | text |",
        "| --- | --- | --- |",
        *(f"| ({i}) | {letters[n]} | {markdown_text(texts[n])} |" for i, n in enumerate(blanks, 1)),
    ]
    return Deck("\n".join(cards) + "\n", "\n".join(answers) + "\n", letters)


def _letter(index: int) -> str:
    """A, B, ..., Z, AA, AB, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
