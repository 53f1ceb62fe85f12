"""The gradual semantics as data for the web page's sliders (page/strength.js): every claim's
and argument's weight, premises, supporters and attackers in model order, the order to compute
them in, the constants of the energy model, and the strengths argmap computed. The script
repeats the computation of argmap.evaluation.gradual with the same operations in the same
order, so a slider gives the numbers ``argmap evaluate`` would give for those weights."""

from __future__ import annotations

from argmap.evaluation import energy
from argmap.evaluation.gradual import GRADUAL, build_graph, gradual, topological_order
from argmap.model import ArgumentMap

SEMANTICS_OPTION = ("df-quad", "energy", "none")


def choose_semantics(amap: ArgumentMap, asked: str | None) -> str | None:
    """``asked`` (df-quad, energy, none), or by default DF-QuAD, energy on a map with cycles.
    ValueError for another value, or df-quad asked of a map with cycles."""
    if asked is not None and asked not in SEMANTICS_OPTION:
        raise ValueError(f"unknown semantics {asked!r} (use {', '.join(SEMANTICS_OPTION)})")
    if asked == "none":
        return None
    acyclic = topological_order(build_graph(amap)) is not None
    if asked == "df-quad" and not acyclic:
        raise ValueError("semantics=df-quad needs a map without cycles; use semantics=energy")
    return asked or ("df-quad" if acyclic else "energy")


def strength_data(amap: ArgumentMap, semantics: str) -> dict:
    assert semantics in GRADUAL
    graph = build_graph(amap)
    result = gradual(amap, semantics)
    return {
        "semantics": semantics,
        "order": topological_order(graph),  # None on a map with cycles: the energy model settles it
        "energy": {"tolerance": energy.TOLERANCE, "step": energy.STEP, "max_steps": energy.MAX_STEPS},
        "nodes": [
            {
                "id": n.id,
                "claim": n.is_claim,
                "weight": n.weight,
                "given": n.weight_given,
                "premises": list(n.premises),
                "supporters": list(n.supporters),
                "attackers": list(n.attackers),
                "strength": result.strength[n.id],
            }
            for n in graph.nodes.values()
        ],
    }
