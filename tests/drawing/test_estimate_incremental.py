"""The picture estimate measured from a neighbouring picture (what the proportions search
does for each trial) must equal the estimate measured from scratch: same breadth, length,
widest rank and ranks, for pushes (longer edges) and for stacked rows alike."""

from __future__ import annotations

import random

import pytest

from argmap.drawing.estimate import Estimate


def _random_map(rng: random.Random, nodes: int):
    """A tree-like map: each node leads to an earlier one, some to a second one too."""
    sizes = {f"n{i}": (rng.uniform(40, 200), rng.uniform(20, 60)) for i in range(nodes)}
    edges = []
    for i in range(1, nodes):
        edges.append((f"n{i}", f"n{rng.randrange(i)}"))
        if rng.random() < 0.15:
            edges.append((f"n{i}", f"n{rng.randrange(i)}"))
    return sizes, edges


def _leaves_by_parent(estimate: Estimate) -> dict[int, list[int]]:
    tree = estimate.tree({})
    return {p: [k for k in kids if not tree.children[k]] for p, kids in enumerate(tree.children)}


def _same(a, b) -> None:
    assert (a.breadth, a.length, a.widest, a.rank) == (b.breadth, b.length, b.widest, b.rank)
    assert a.movers == b.movers


@pytest.mark.parametrize("seed", range(12))
def test_a_trial_measured_from_its_neighbour_equals_one_measured_from_scratch(seed):
    rng = random.Random(seed)
    sizes, edges = _random_map(rng, rng.randrange(5, 60))
    estimate = Estimate(sizes, edges, header=30.0)
    fresh = Estimate(sizes, edges, header=30.0)  # no memo shared with the incremental one
    minlen, stacked = [1] * len(edges), {}
    shape = estimate.measure(minlen, stacked)
    fans = [leaves for leaves in _leaves_by_parent(estimate).values() if len(leaves) >= 2]
    for _ in range(40):
        if fans and rng.random() < 0.4:  # stack a row of leaves into a column, or undo it
            leaves = rng.choice(fans)
            trial_stacked = {k: v for k, v in stacked.items() if k not in leaves}
            if rng.random() < 0.7:
                cut = rng.randrange(1, len(leaves))
                trial_stacked.update(zip(leaves[cut:], leaves[cut - 1 : -1]))
            trial_minlen = minlen
        else:  # push a node one rank further from what it leads to
            tail = rng.choice(edges)[0]
            trial_minlen = [m + 1 if t == tail else m for m, (t, _) in zip(minlen, edges)]
            trial_stacked = stacked
        trial = estimate.measure(trial_minlen, trial_stacked, base=shape)
        _same(trial, fresh.measure(trial_minlen, trial_stacked))
        if rng.random() < 0.5:  # sometimes keep it, as the search keeps its best trial
            minlen, stacked, shape = trial_minlen, trial_stacked, trial


def test_a_cycle_is_measured_alike_both_ways():
    sizes = dict.fromkeys("abcd", (80.0, 30.0))
    edges = [("b", "a"), ("c", "b"), ("a", "c"), ("d", "a")]  # a half-read map may hold a cycle
    estimate, fresh = Estimate(sizes, edges, 0.0), Estimate(sizes, edges, 0.0)
    base = estimate.measure([1] * 4)
    for pushed in range(4):
        minlen = [2 if e == pushed else 1 for e in range(4)]
        _same(estimate.measure(minlen, {}, base=base), fresh.measure(minlen))


@pytest.mark.parametrize("seed", range(6))
def test_the_orientations_of_a_page_share_an_estimate_and_choose_what_they_would_alone(seed):
    """A4 and letter are searched upright and sideways on one estimate, which remembers the
    pictures it measured: each search still chooses what a search on a fresh estimate does."""
    from argmap.drawing import search

    rng = random.Random(seed)
    sizes, edges = _random_map(rng, rng.randrange(10, 50))
    header = (200.0, 40.0)
    for direction in ("BT", "LR"):
        shared = search.estimate_for(sizes, edges, direction, header)
        for target in (0.7, 1.4):
            alone = search.minimum_lengths(sizes, edges, target, direction, header, None, frozenset(sizes))
            together = search.minimum_lengths(sizes, edges, target, direction, header, None, frozenset(sizes), shared)
            assert together == alone
    estimate = Estimate(sizes, edges, 0.0)
    assert estimate.measure([2] * len(edges)) is estimate.measure([2] * len(edges))
