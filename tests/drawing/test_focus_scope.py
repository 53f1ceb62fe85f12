"""--focus on any id: a claim, an argument, an undercutter or a backing draws that node with
what it needs (premises, target) and what leads to it; never an edge to an undrawn node."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.drawing import RenderOptions, to_dot
from argmap.drawing.errors import OptionError
from argmap.drawing.parts import focused
from argmap.drawing.scope import select
from argmap.loading.loader import load_path

ROOT = Path(__file__).resolve().parents[2]
BUSES = load_path(ROOT / "arguments" / "fare-free-buses.yaml").map
NATO = load_path(ROOT / "arguments" / "nato-no-fly-zone.yaml").map
BACKING = "car-dependent-city.supports.ridership-cuts-traffic"


def drawn(amap, focus, depth=None) -> set[str]:
    scope = select(amap, focus, depth)
    return set(scope.claims) | set(scope.arguments)


def assert_no_bare_box(dot: str) -> None:
    """Every edge joins nodes the DOT declares (an undeclared one is drawn as a box named a8)."""
    declared = set(re.findall(r"^\t(\w+) \[", dot, re.M))
    for tail, head in re.findall(r"^\t(\w+) -> (\w+)", dot, re.M):
        assert {tail, head} <= declared, (tail, head)


def test_an_argument_draws_its_premises_its_target_and_what_leads_to_its_premises():
    premises = {"nfz-needs-implementation", "enforcement-needs-us-military", "enforcement-means-war"}
    assert drawn(NATO, "psaki-escalation-chain", 0) == {"psaki-escalation-chain", "nfz-step-to-troops", *premises}
    assert drawn(NATO, "psaki-escalation-chain") >= drawn(NATO, "psaki-escalation-chain", 0)


def test_an_argument_brings_the_attacks_and_backing_on_it():
    shown = drawn(BUSES, "ridership-cuts-traffic", 0)
    assert {
        "ridership-cuts-traffic",
        "free-raises-ridership",
        "fewer-car-trips",
        "wrong-riders",
        "walkers-not-drivers",
        BACKING,
        "car-dependent-city",
    } <= shown
    assert "free-buses" not in shown  # the target's own conclusion is not the argument's


def test_an_undercutter_draws_the_inference_it_attacks():
    shown = drawn(BUSES, "wrong-riders", 0)
    assert shown >= {
        "wrong-riders",
        "walkers-not-drivers",
        "ridership-cuts-traffic",
        "free-raises-ridership",
        "fewer-car-trips",
    }
    dot = to_dot(BUSES, RenderOptions(focus="wrong-riders", depth=0))
    assert 'id="arg-ridership-cuts-traffic"' in dot and 'id="arg-wrong-riders"' in dot
    assert_no_bare_box(dot)


def test_a_backing_draws_the_inference_it_backs():
    dot = to_dot(BUSES, RenderOptions(focus=BACKING))
    assert 'id="claim-car-dependent-city"' in dot and 'id="arg-ridership-cuts-traffic"' in dot
    assert_no_bare_box(dot)


@pytest.mark.parametrize("focus", ["", "no-such-id"])
def test_an_empty_or_unknown_focus_is_an_error(focus):
    with pytest.raises(OptionError, match="--focus"):
        to_dot(NATO, RenderOptions(focus=focus))
    with pytest.raises(OptionError):
        focused(NATO, focus)


def test_every_id_of_the_example_maps_draws_something_and_no_bare_box():
    for amap in (BUSES, NATO):
        for node in (*amap.claims, *amap.arguments):
            dot = to_dot(amap, RenderOptions(focus=node, depth=1))
            assert '"claim-' in dot and ("arg-" in dot or node in amap.claims), node
            assert_no_bare_box(dot)


def test_the_focused_map_is_what_the_focused_drawing_shows():
    part = focused(BUSES, "wrong-riders", 1)
    assert set(part.claims) | set(part.arguments) == drawn(BUSES, "wrong-riders", 1)
