"""Which claim of a student's map is which claim of the teacher's key.

Claims with the same id match first. The rest are paired by similar text: every pair
whose texts are at least ``THRESHOLD`` alike (difflib's ratio over normalised text) is a
candidate, and the most similar pairs are taken first, each claim at most once.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from argmap.model import ArgumentMap

THRESHOLD = 0.6


@dataclass(frozen=True)
class ClaimMatch:
    key: str  # the claim's id in the key
    answer: str  # its id in the answer
    similarity: float  # 0..1, of the normalised texts
    by: str  # "id" or "text"


def match_claims(key: ArgumentMap, answer: ArgumentMap, threshold: float = THRESHOLD) -> list[ClaimMatch]:
    """Matches in the key's model order."""
    matches = {
        cid: ClaimMatch(cid, cid, similarity(_text(key, cid), _text(answer, cid)), "id")
        for cid in key.claims
        if cid in answer.claims
    }
    left = [cid for cid in key.claims if cid not in matches]
    right = [cid for cid in answer.claims if cid not in key.claims]
    taken: set[str] = set()
    for score, kid, aid in _candidates(key, answer, left, right, threshold):
        if kid not in matches and aid not in taken:
            matches[kid] = ClaimMatch(kid, aid, score, "text")
            taken.add(aid)
    return [matches[cid] for cid in key.claims if cid in matches]


def _candidates(key, answer, left, right, threshold):
    """(similarity, key id, answer id) at or above the threshold, most similar first; ties in
    model order so that the result never depends on set iteration. Each key claim is compared
    only with the answer claims that share the most words with it (``SHORTLIST``), so a map
    of a thousand renamed claims is graded in seconds, not minutes."""
    texts = {aid: normalise(_text(answer, aid)) for aid in right}
    order = {aid: j for j, aid in enumerate(right)}
    index: dict[str, list[str]] = {}
    for aid in right:
        for word in _stems(texts[aid]):
            index.setdefault(word, []).append(aid)
    found = []
    for i, kid in enumerate(left):
        mine = normalise(_text(key, kid))
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(mine)
        for aid in _shortlist(mine, index, order):
            matcher.set_seq1(texts[aid])
            if matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold:
                score = matcher.ratio()
                if score >= threshold:
                    found.append((-score, i, order[aid], kid, aid))
    found.sort()
    return [(-neg, kid, aid) for neg, _, _, kid, aid in found]


SHORTLIST = 25


def _shortlist(text: str, index: dict[str, list[str]], order: dict[str, int]) -> list[str]:
    """The answer claims sharing the most word stems with ``text`` (ties in model order): a
    paraphrase shares some ("enforcing" and "enforcement" share "enforc")."""
    shared: dict[str, int] = {}
    for word in _stems(text):
        for aid in index.get(word, ()):
            shared[aid] = shared.get(aid, 0) + 1
    ranked = sorted(shared, key=lambda aid: (-shared[aid], order[aid]))
    return ranked[:SHORTLIST]


def _stems(text: str) -> set[str]:
    from argmap.words import stem

    return {stem(word) for word in text.split()}


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, normalise(a), normalise(b), autojunk=False).ratio()


def normalise(text: str) -> str:
    """Lower case, punctuation dropped, white space collapsed: "U.S." and "US" agree."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _text(amap: ArgumentMap, claim_id: str) -> str:
    return amap.claims[claim_id].text or ""
