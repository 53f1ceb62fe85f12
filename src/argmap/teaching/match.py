"""Which claim of a student's map is which claim of the teacher's key.

Claims with the same id match first. The rest are paired by similar text: every pair
whose texts are at least ``THRESHOLD`` alike (difflib's ratio over normalised text) is a
candidate, and the most similar pairs are taken first, each claim at most once.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..model import ArgumentMap

THRESHOLD = 0.6


@dataclass(frozen=True)
class ClaimMatch:
    key: str  # the claim's id in the key
    answer: str  # its id in the answer
    similarity: float  # 0..1, of the normalised texts
    by: str  # "id" or "text"


def match_claims(key: ArgumentMap, answer: ArgumentMap, threshold: float = THRESHOLD) -> list[ClaimMatch]:
    """Matches in the key's model order."""
    matches = {cid: ClaimMatch(cid, cid, similarity(_text(key, cid), _text(answer, cid)), "id")
               for cid in key.claims if cid in answer.claims}
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
    model order so that the result never depends on set iteration."""
    found = []
    texts = {aid: normalise(_text(answer, aid)) for aid in right}
    for i, kid in enumerate(left):
        mine = normalise(_text(key, kid))
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(mine)
        for j, aid in enumerate(right):
            matcher.set_seq1(texts[aid])
            if matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold:
                score = matcher.ratio()
                if score >= threshold:
                    found.append((-score, i, j, kid, aid))
    found.sort()
    return [(-neg, kid, aid) for neg, _, _, kid, aid in found]


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, normalise(a), normalise(b), autojunk=False).ratio()


def normalise(text: str) -> str:
    """Lower case, punctuation dropped, white space collapsed: "U.S." and "US" agree."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _text(amap: ArgumentMap, claim_id: str) -> str:
    return amap.claims[claim_id].text or ""
