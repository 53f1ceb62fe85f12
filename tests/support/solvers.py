"""Independent solvers for the cross-checks: the `formal-argumentation` package's Dung
labellings and its abstract dialectical frameworks (ADFs), fed the same frameworks argmap
evaluates. Nothing of argmap's evaluation code is used here."""

from __future__ import annotations

import re
from pathlib import Path

from argumentation.core.dung import ArgumentationFramework
from argumentation.core.labelling import grounded_labelling, preferred_labellings
from argumentation.frameworks import adf as adf_mod

DUNG = {"in": "accepted", "out": "rejected", "undec": "undecided"}
ADF_VALUE = {"t": "accepted", "f": "rejected", "u": "undecided"}
MAX_BRUTE_FORCE = 9  # the ADF solver enumerates all 3^n interpretations for preferred


def dung_yaml(arguments, attacks) -> str:
    """A pure attack map: one claim per Dung argument, a claim-level attack per Dung attack."""
    lines = ["title: Dung framework", "claims:"]
    for name in arguments:
        targets = sorted(t for s, t in attacks if s == name)
        lines.append(f"  {name}: {{text: argument {name}, attacks: [{', '.join(targets)}]}}")
    return "\n".join(lines) + "\n"


def dung_grounded(arguments, attacks) -> dict[str, str]:
    af = ArgumentationFramework(arguments=frozenset(arguments), defeats=frozenset(attacks))
    return {a: DUNG[str(lab.value)] for a, lab in grounded_labelling(af).statuses.items()}


def dung_preferred(arguments, attacks) -> set[frozenset]:
    af = ArgumentationFramework(arguments=frozenset(arguments), defeats=frozenset(attacks))
    return {
        frozenset((a, DUNG[str(lab.value)]) for a, lab in labelling.statuses.items())
        for labelling in preferred_labellings(af)
    }


def read_argdown_dung(path: Path) -> tuple[list[str], set[tuple[str, str]]]:
    """Arguments and attacks of a small Argdown file that uses only `- <X>` attacks.

    An indented ``- <Y>`` (or ``- [Y]``) under an element says Y attacks that element.
    """
    element = re.compile(r"^(\s*)(?:([-+])\s+)?[<\[]([^>\]]+)[>\]](?::.*)?$")
    arguments: list[str] = []
    attacks: set[tuple[str, str]] = set()
    stack: list[tuple[int, str]] = []
    for line in path.read_text().splitlines():
        match = element.match(line)
        if not match:
            continue
        indent, relation, name = len(match.group(1)), match.group(2), _safe(match.group(3))
        assert relation != "+", f"{path.name}: support relations are not a Dung framework"
        if name not in arguments:
            arguments.append(name)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if relation == "-" and stack:
            attacks.add((name, stack[-1][1]))
        stack.append((indent, name))
    return arguments, attacks


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", name.strip())


def map_to_adf(amap):
    """The map as an ADF, read straight from the model: a node's acceptance condition is the
    docs/evaluation.md's rule as a formula. An argument: all premises and no attacker; a claim: no
    attacker, and (unless it is an assumption) some supporting argument. Backing (support
    aimed at an argument) is inert."""
    A = adf_mod
    supporters = {n: [] for n in amap.order}
    attackers = {n: [] for n in amap.order}
    for arg in amap.arguments.values():
        (attackers if arg.relation == "attacks" else supporters)[arg.target].append(arg.id)
    conditions, links = {}, set()
    for node_id in amap.order:
        guard = [A.Not(A.Atom(a)) for a in attackers[node_id]]
        if node_id in amap.claims:
            assumed = amap.claims[node_id].assumed
            is_assumption = assumed if assumed is not None else not supporters[node_id]
            support = A.True_() if is_assumption else A.Or(tuple(A.Atom(s) for s in supporters[node_id]))
            parents = supporters[node_id] + attackers[node_id]
        else:
            premises = set(amap.arguments[node_id].premises)
            support = A.And(tuple(A.Atom(p) for p in premises))
            parents = [*premises, *attackers[node_id]]
        links |= {(parent, node_id) for parent in parents}
        conditions[node_id] = A.And((support, *guard))
    return A.AbstractDialecticalFramework(frozenset(amap.order), frozenset(links), conditions)


def _as_labels(interpretation) -> dict[str, str]:
    return {n: ADF_VALUE[str(v.value).lower()[0]] for n, v in adf_mod.interpretation_to_mapping(interpretation).items()}


def adf_grounded(amap) -> dict[str, str]:
    return _as_labels(adf_mod.grounded_interpretation(map_to_adf(amap)))


def adf_preferred(amap) -> set[frozenset]:
    """Preferred interpretations by brute force, or — when grounded decides every node — the
    grounded one (then it is the only complete, hence the only preferred, interpretation)."""
    framework = map_to_adf(amap)
    grounded = _as_labels(adf_mod.grounded_interpretation(framework))
    if "undecided" not in grounded.values():
        return {frozenset(grounded.items())}
    assert len(framework.statements) <= MAX_BRUTE_FORCE, "too large for the brute-force ADF solver"
    return {frozenset(_as_labels(i).items()) for i in adf_mod.preferred_models(framework)}
