"""``argmap diff``'s report: text for people, JSON for gradebooks."""

from __future__ import annotations

import json

from argmap.model import ArgumentMap
from argmap.teaching.arguments import Pair
from argmap.teaching.diff import Comparison, Linkage


def name(node: str) -> str:
    """How the report names a node given in the key's terms (see ``diff.py``)."""
    kind, _, rest = node.partition(":")
    if not rest:
        return f"`{node}`"
    return {
        "answer": f"`{rest}` (answer only)",
        "argument": f"argument `{rest}`",
        "answer-argument": f"argument `{rest}` (answer only)",
    }[kind]


def pair_text(pair: Pair) -> str:
    return f"{name(pair.premise)} {pair.relation} {name(pair.target)}"


def linkage_text(link: Linkage) -> str:
    return f"{', '.join(name(p) for p in link.premises)} → {name(link.target)}"


def text_report(result: Comparison, key: ArgumentMap, answer: ArgumentMap) -> str:
    lines = [f"key: {key.path}", f"answer: {answer.path}", ""]
    by_text = [m for m in result.matches if m.by == "text"]
    total = len(result.matches) + len(result.missing_claims)
    lines.append(
        f"claims: {len(result.matches)} of {total} matched" + (f" ({len(by_text)} by similar text)" if by_text else "")
    )
    lines += [f"  ~ answer `{m.answer}` = key `{m.key}` ({m.similarity:.0%} alike)" for m in by_text]
    lines += [f"  - missing `{c}`: {_short(key.claims[c].text)}" for c in result.missing_claims]
    lines += [f"  + extra `{c}`: {_short(answer.claims[c].text)}" for c in result.extra_claims]
    lines.append(f"relations: {len(result.correct)} of {result.key_pairs} matched")
    lines += [f"  - missing: {pair_text(p)}" for p in result.missing]
    lines += [f"  ! reversed: {pair_text(p)} (the key: {_other(p.relation)})" for p in result.reversed]
    lines += [
        f"  ! backwards: {pair_text(p)} (the key: {name(p.target)} {_relation_in_key(p)} {name(p.premise)})"
        for p in result.backwards
    ]
    lines += [f"  + extra: {pair_text(p)}" for p in result.extra]
    lines += [f"  ! linked in the key, separate reasons in the answer: {linkage_text(k)}" for k in result.linked_in_key]
    lines += [f"  ! separate in the key, linked in the answer: {linkage_text(k)}" for k in result.linked_in_answer]
    verdict = "the maps match" if result.same else "the maps differ"
    lines += ["", f"score: {result.score:.0f}% ({result.earned} of {result.possible} points); {verdict}"]
    return "\n".join(lines) + "\n"


def json_report(result: Comparison, key: ArgumentMap, answer: ArgumentMap) -> str:
    pairs = lambda items: [vars(p) for p in items]  # noqa: E731
    links = lambda items: [{"premises": list(k.premises), "target": k.target} for k in items]  # noqa: E731
    data = {
        "key": key.path,
        "answer": answer.path,
        "same": result.same,
        "score": round(result.score, 1),
        "earned": result.earned,
        "possible": result.possible,
        "claims": {
            "matched": [vars(m) for m in result.matches],
            "missing": result.missing_claims,
            "extra": result.extra_claims,
        },
        "relations": {
            "correct": pairs(result.correct),
            "missing": pairs(result.missing),
            "extra": pairs(result.extra),
            "reversed": pairs(result.reversed),
            "backwards": pairs(result.backwards),
        },
        "linked_in_key": links(result.linked_in_key),
        "linked_in_answer": links(result.linked_in_answer),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _short(text: str | None, width: int = 70) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _other(relation: str) -> str:
    return "attacks" if relation == "supports" else "supports"


def _relation_in_key(pair: Pair) -> str:
    return pair.relation  # a backwards pair keeps its kind; only the direction differs
