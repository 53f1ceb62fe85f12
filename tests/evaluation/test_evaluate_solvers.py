"""argmap's grounded and preferred labellings equal those of an independent solver
(`formal-argumentation`): random Dung frameworks, the Argdown Dung fixtures, random small
structured maps (as ADFs) and Carneades' dung-attack-cycle, odd-loop and reinstatement."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.evaluation import evaluate
from argmap.importers.carneades import convert
from argmap.loading.loader import load_text
from argmap.model import Argument, ArgumentMap, Claim
from argmap.problems import Location
from support.markers import needs_shared
from support.paths import SHARED
from support.solvers import adf_grounded, adf_preferred, dung_grounded, dung_preferred, dung_yaml, read_argdown_dung

KELLENFF = SHARED / "corpora" / "argdown" / "kellenff-argdown-mcp"
CARNEADES = SHARED / "corpora" / "carneades"
HERE = Location("generated.yaml", 1, 1)


def argmap_claim_labellings(amap, semantics, claims) -> list[dict[str, str]]:
    ev = evaluate(amap, semantics)
    return [{c: str(labelling[c]) for c in claims} for labelling in ev.labellings]


def assert_same_as_dung(arguments, attacks):
    amap = load_text(dung_yaml(arguments, attacks), "dung.yaml").map
    assert amap is not None
    [grounded] = argmap_claim_labellings(amap, "grounded", arguments)
    assert grounded == dung_grounded(arguments, attacks)
    preferred = argmap_claim_labellings(amap, "preferred", arguments)
    assert {frozenset(p.items()) for p in preferred} == dung_preferred(arguments, attacks)
    assert len(preferred) == len(dung_preferred(arguments, attacks))


@st.composite
def dung_frameworks(draw, max_arguments=12):
    n = draw(st.integers(1, max_arguments))
    names = [f"a{i}" for i in range(n)]
    pairs = st.tuples(st.sampled_from(names), st.sampled_from(names))
    return names, draw(st.sets(pairs, max_size=2 * n))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dung_frameworks())
def test_random_dung_frameworks_match_the_solver(framework):
    assert_same_as_dung(*framework)


DUNG_FIXTURES = sorted(p.name for p in KELLENFF.glob("dung__*.argdown"))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.skip(reason="no arguments at all: an argmap map needs at least one claim"))
        if n == "dung__empty.argdown"
        else n
        for n in DUNG_FIXTURES
    ],
)
def test_argdown_dung_fixtures_match_the_solver(name):
    arguments, attacks = read_argdown_dung(KELLENFF / name)
    assert arguments
    assert_same_as_dung(arguments, attacks)


@needs_shared
def test_the_argdown_fixtures_are_read_as_intended():
    assert read_argdown_dung(KELLENFF / "dung__reinstatement-4chain.argdown") == (
        ["A", "B", "C", "D"],
        {("B", "A"), ("C", "B"), ("D", "C")},
    )
    assert read_argdown_dung(KELLENFF / "dung__self-attack-defeated.argdown")[1] == {("S", "S"), ("T", "S")}


@st.composite
def structured_maps(draw, max_nodes=6):
    """Claims with random `assumed`, arguments with random premises that support or attack
    a claim or an argument (undercutters, backing, self-attacks included)."""
    n_claims = draw(st.integers(1, 4))
    n_args = draw(st.integers(0, max_nodes - n_claims))
    claim_ids = [f"c{i}" for i in range(n_claims)]
    arg_ids = [f"x{i}" for i in range(n_args)]
    claims = {c: Claim(HERE, id=c, text=c, assumed=draw(st.sampled_from([None, True, False]))) for c in claim_ids}
    arguments = {}
    for a in arg_ids:
        premises = draw(st.lists(st.sampled_from(claim_ids), min_size=1, max_size=2, unique=True))
        arguments[a] = Argument(
            HERE,
            id=a,
            premises=tuple(premises),
            relation=draw(st.sampled_from(["supports", "attacks"])),
            target=draw(st.sampled_from(claim_ids + arg_ids)),
        )
    return ArgumentMap(HERE, title="random", claims=claims, arguments=arguments)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(structured_maps())
def test_random_structured_maps_match_the_adf_solver(amap):
    assert_map_matches_adf(amap)


def carneades_map(name: str):
    conversion = convert((CARNEADES / name).read_bytes(), name)
    result = load_text(conversion.yaml_text, name)
    assert result.map is not None and not result.problems
    return result.map


@needs_shared
def test_carneades_dung_attack_cycle_matches_the_dung_solver():
    """Carneades simulates the Dung framework a ⇄ b: Dung argument x holds when the
    Carneades argument x applies. Checked against the Dung solver and, as a map, the ADF solver."""
    amap = carneades_map("dung-attack-cycle.yml")
    dung_args, dung_attacks = ["a", "b"], {("a", "b"), ("b", "a")}
    [grounded] = argmap_claim_labellings(amap, "grounded", dung_args)
    assert grounded == dung_grounded(dung_args, dung_attacks)
    preferred = argmap_claim_labellings(amap, "preferred", dung_args)
    assert {frozenset(p.items()) for p in preferred} == dung_preferred(dung_args, dung_attacks)
    assert_map_matches_adf(amap)


def assert_map_matches_adf(amap):
    nodes = list(amap.order)
    [grounded] = argmap_claim_labellings(amap, "grounded", nodes)
    assert grounded == adf_grounded(amap)
    preferred = argmap_claim_labellings(amap, "preferred", nodes)
    assert {frozenset(p.items()) for p in preferred} == adf_preferred(amap)


@needs_shared
def test_carneades_reinstatement_matches_the_adf_solver():
    assert_map_matches_adf(carneades_map("reinstatement.yml"))


@needs_shared
def test_carneades_odd_loop_matches_the_adf_solver():
    """The odd loop is a cycle of support, which argmap's validator (and so the importer)
    refuses; the evaluation itself handles it, so the file's three arguments are built here."""
    loop = """
        title: An Odd Loop Example
        claims:
          p: {text: P, assumed: false, supports: q}
          q: {text: Q, assumed: false, supports: r}
          r: {text: R, assumed: false, supports: p}
    """
    amap = load_text("\n".join(line[8:] for line in loop.splitlines()[1:]), "odd-loop.yaml").map
    [grounded] = argmap_claim_labellings(amap, "grounded", ["p", "q", "r"])
    assert grounded == {"p": "undecided", "q": "undecided", "r": "undecided"}  # the file's own test
    assert_map_matches_adf(amap)
