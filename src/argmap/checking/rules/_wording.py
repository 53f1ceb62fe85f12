"""What ``rabbit-rule`` and ``holding-hands`` share: the words of an argument's parts."""

from __future__ import annotations

from collections.abc import Iterator

from argmap.model import Argument, ArgumentMap
from argmap.checking.rules._relations import resolved_arguments
from argmap.words import content_words


def worded_arguments(amap: ArgumentMap) -> Iterator[tuple[Argument, dict[str, str], list[dict[str, str]]]]:
    """(argument, the target claim's words, each premise's words) for every resolved argument
    aimed at a claim with text (undercutters and backing aim at an argument: no words)."""
    for arg in resolved_arguments(amap):
        target = amap.claims.get(arg.target or "")
        if target is None or not (target.text or "").strip():
            continue
        premises = [content_words(amap.claims[p].text) for p in arg.premises]
        yield arg, content_words(target.text), premises
