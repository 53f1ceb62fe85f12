"""Claims and arguments named by their words, for people: a claim by its text, an argument by
its label, a shorthand argument by its premise's text; the id follows in brackets."""

from __future__ import annotations

from argmap.model import ArgumentMap


def words(amap: ArgumentMap, node_id: str) -> str:
    claim = amap.claims.get(node_id)
    if claim is not None:
        return " ".join((claim.text or node_id).split())
    arg = amap.arguments.get(node_id)
    if arg is None:
        return node_id
    if arg.label:
        return f"“{' '.join(arg.label.split())}”"
    verb = "attack" if arg.is_attack else "support"
    if len(arg.premises) == 1:
        return f"{verb} from: {words(amap, arg.premises[0])}"
    return f"{verb} from {len(arg.premises)} linked premises"


def name(amap: ArgumentMap, node_id: str, ids: bool = False) -> str:
    """``words [id]``, or the bare id when ``ids``."""
    return node_id if ids else f"{words(amap, node_id)} [{node_id}]"
