"""What ``rabbit-rule`` and ``holding-hands`` share: one pass that matches the words of each
argument's premises and conclusion, and decides which gaps are worth a student's attention.

To keep ``--teaching`` to a handful of lines a reader acts on:

- a gap is reported when it is a real part of the claim: at least a third of its content
  words (one stray word of ten is usually a synonym the stems do not catch);
- at most one message per argument names words: ``rabbit-rule`` (the conclusion's words)
  when it has a gap there, else ``holding-hands`` (the premises' words), in one message;
- an argument with one premise is left to ``single-premise`` when that rule is on: its
  missing co-premise is the one thing to say about it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from argmap.checking.rules._relations import resolved_arguments
from argmap.model import Argument, ArgumentMap

REPORTED_SHARE = 1 / 3  # of a claim's content words, for its gap to be reported


@dataclass(frozen=True)
class WordGaps:
    """The content words that an argument's premises and conclusion do not share."""

    arg: Argument
    missing: tuple[str, ...]  # words of the conclusion no premise mentions ("" if too few)
    alone: tuple[tuple[int, tuple[str, ...]], ...]  # (premise index, its words nobody else mentions)


def word_gaps(amap: ArgumentMap, settings=None) -> Iterator[WordGaps]:
    """The reportable gaps of every resolved argument aimed at a claim with text (undercutters
    and backing aim at an argument: no words), one-premise arguments left to
    ``single-premise`` when it runs."""
    from argmap.words import content_words  # only the teaching rules need the word lists

    skip_single = _enabled(settings, "single-premise")
    for arg in resolved_arguments(amap):
        target = amap.claims.get(arg.target or "")
        if target is None or not (target.text or "").strip() or (skip_single and len(arg.premises) == 1):
            continue
        conclusion = content_words(target.text)
        premises = [content_words(amap.claims[p].text) for p in arg.premises]
        covered = set().union(*premises)
        missing = tuple(word for stem, word in conclusion.items() if stem not in covered)
        alone = []
        for i, words in enumerate(premises):
            partners = set(conclusion).union(*(other for j, other in enumerate(premises) if j != i))
            lonely = tuple(word for stem, word in words.items() if stem not in partners)
            if _worth_saying(lonely, words):
                alone.append((i, lonely))
        yield WordGaps(arg, missing if _worth_saying(missing, conclusion) else (), tuple(alone))


def _worth_saying(words: tuple[str, ...], of: dict) -> bool:
    return bool(words) and len(words) >= REPORTED_SHARE * len(of)


def _enabled(settings, rule_id: str) -> bool:
    if settings is None:
        return False
    return rule_id in settings.enable and rule_id not in settings.disable


def rabbit_rule_speaks(gaps: WordGaps, settings) -> bool:
    """Whether ``rabbit-rule`` reports this argument (then ``holding-hands`` keeps quiet)."""
    return bool(gaps.missing) and (settings is None or _enabled(settings, "rabbit-rule"))


def naming(arg: Argument) -> str:
    """An argument as a message names it: a shorthand reason by its premise and target, so that
    no message reads "premise `x` of `x` supports `y`"."""
    if arg.shorthand is not None:
        kind = "reason" if arg.relation == "supports" else "objection"
        return f"the {kind} `{arg.shorthand}` → `{arg.target}`"
    return f"argument `{arg.id}`"


def words(found: tuple[str, ...]) -> str:
    from argmap.words import listing

    return listing(found)
