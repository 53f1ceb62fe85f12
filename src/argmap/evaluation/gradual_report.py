"""Gradual strengths as text (claims by their words, two decimals) or JSON. Returns strings."""

from __future__ import annotations

import json

from argmap.evaluation.gradual import Strengths
from argmap.evaluation.gradual_explain import Explanation, explain_strength
from argmap.evaluation.naming import name
from argmap.model import ArgumentMap

TITLE = {"df-quad": "DF-QuAD", "energy": "quadratic energy"}
INTRO = (
    "strengths from 0 to 1: each claim starts from its weight (0.50 unless the map gives one) "
    "and is raised by what supports it and lowered by what attacks it"
)
BAR = 10
ARTICLE = {"supporter": "a", "backing": "a", "attacker": "an", "undercutter": "an"}
ROLE = {"supporter": "supporter", "backing": "backing argument", "attacker": "attacker", "undercutter": "undercutter"}
COMBINED = {
    "df-quad": "combined, the support is {support:.2f} and the attack {attack:.2f}",
    "energy": "its energy is {support:.2f} of support minus {attack:.2f} of attack",
}


def bar(strength: float) -> str:
    full = round(strength * BAR)
    return "█" * full + "·" * (BAR - full)


def format_text(result: Strengths, amap: ArgumentMap, ids: bool = False) -> str:
    lines = [f"{amap.path}: {TITLE[result.semantics]} {INTRO}"]
    for title, is_claim in (("Claims", True), ("Arguments", False)):
        nodes = [n for n in result.graph.nodes.values() if n.is_claim is is_claim]
        if nodes:
            lines.append(f"{title}:")
        for node in nodes:
            s = result.strength[node.id]
            lines.append(f"  {s:.2f} {bar(s)} (weight {node.weight:.2f})  {name(amap, node.id, ids)}")
    return "\n".join(lines)


def to_json(result: Strengths, amap: ArgumentMap) -> str:
    nodes = [
        {
            "id": n.id,
            "kind": "claim" if n.is_claim else "argument",
            "weight": n.weight,
            "strength": result.strength[n.id],
        }
        for n in result.graph.nodes.values()
    ]
    return json.dumps(
        {"file": amap.path, "semantics": result.semantics, "iterations": result.iterations, "nodes": nodes},
        indent=2,
        ensure_ascii=False,
    )


def format_explain(result: Strengths, amap: ArgumentMap, node_id: str, ids: bool = False) -> str:
    ex = explain_strength(result, node_id)
    kind = "" if ex.is_claim else " (an argument)"
    start = "its weight" if ex.weight_given else "the default weight"
    lines = [
        f"{name(amap, node_id, ids)}{kind}: strength {ex.strength:.2f} ({TITLE[result.semantics]})",
        f"  it starts from {start}, {ex.weight:.2f}",
    ]
    for heading, roles in (("raised by", ("supporter", "backing")), ("lowered by", ("attacker", "undercutter"))):
        picked = [c for c in ex.contributions if c.role in roles]
        if picked:
            lines.append(f"  {heading} (alone / given the others, then its own strength):")
            lines.extend(
                f"    {c.alone:+.2f} / {c.effect:+.2f}  {name(amap, c.id, ids)}, "
                f"{ARTICLE[c.role]} {ROLE[c.role]} of strength {c.strength:.2f}"
                for c in picked
            )
    if not ex.contributions:
        lines.append(
            "  nothing supports or attacks it, so it keeps that weight"
            if ex.is_claim
            else "  nothing undercuts or backs it, so it keeps that weight"
        )
    else:
        lines.append(
            f"  {COMBINED[result.semantics].format(support=ex.support, attack=ex.attack)}, "
            f"which moves {ex.weight:.2f} to {ex.moved:.2f}"
        )
    if not ex.is_claim:
        lines.extend(_premise_lines(ex, amap, ids))
    return "\n".join(lines)


def _premise_lines(ex: Explanation, amap: ArgumentMap, ids: bool) -> list[str]:
    if not ex.premises:
        return []
    assert ex.weakest is not None  # an argument with premises has a weakest one
    weakest = dict(ex.premises)[ex.weakest]
    lines = [f"  it passes on its weakest premise ({weakest:.2f}) times its own {ex.moved:.2f}:"]
    lines.extend(
        f"    {s:.2f}  {name(amap, p, ids)}" + ("  ← weakest" if p == ex.weakest and len(ex.premises) > 1 else "")
        for p, s in ex.premises
    )
    return lines


def explain_json(result: Strengths, node_id: str) -> str:
    ex = explain_strength(result, node_id)
    return json.dumps(
        {
            "semantics": result.semantics,
            "explain": node_id,
            "strength": ex.strength,
            "weight": ex.weight,
            "weight_given": ex.weight_given,
            "contributions": [
                {"id": c.id, "role": c.role, "strength": c.strength, "effect": c.effect} for c in ex.contributions
            ],
            "premises": [{"id": p, "strength": s} for p, s in ex.premises],
        },
        indent=2,
        ensure_ascii=False,
    )
