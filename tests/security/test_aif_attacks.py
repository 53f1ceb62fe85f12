"""Issue 20, item 5: AIF import in linear time (positions indexed once, a counter per id slug)."""

from __future__ import annotations

import json

from support.attacks import run_import


def _write(tmp_path, nodes):
    path = tmp_path / "attack.json"
    path.write_text(json.dumps({"nodes": nodes, "edges": []}, indent=0))
    return path


def test_fifty_thousand_unknown_nodes_are_each_reported_at_their_line(tmp_path):
    """Each warning once searched the whole file: 246 s for 50,000 nodes."""
    path = _write(tmp_path, [{"nodeID": str(i), "type": "ZZ", "text": "x"} for i in range(50_000)])
    done = run_import(path, "aif")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if "unknown type 'ZZ'" in line]
    assert len(warnings) == 50_000
    lines = path.read_text().splitlines()
    last = warnings[-1].split(":")
    assert '"nodeID": "49999"' in lines[int(last[1]) - 1]


def test_twenty_thousand_claims_with_the_same_text_get_distinct_ids_quickly(tmp_path):
    """The id maker counted up from 2 for each repeated slug: 84 s for 20,000."""
    path = _write(tmp_path, [{"nodeID": str(i), "type": "I", "text": "the same words"} for i in range(20_000)])
    done = run_import(path, "aif")
    assert done.returncode == 0, done.stderr
    text = path.with_suffix(".imported.yaml").read_text()
    assert "  the-same-words:\n" in text and "  the-same-words-20000:\n" in text


def _nodes_and_edges(pairs):
    nodes, edges = {}, []
    for (a, kind_a), (b, kind_b) in pairs:
        nodes.setdefault(a, {"nodeID": a, "type": kind_a, "text": f"text of {a}"})
        nodes.setdefault(b, {"nodeID": b, "type": kind_b, "text": f"text of {b}"})
        edges.append({"edgeID": str(len(edges)), "fromID": a, "toID": b})
    return list(nodes.values()), edges


def test_thousands_of_support_cycles_are_broken_in_one_walk(tmp_path):
    """Each cycle restarted the search for the next: over a minute for 4,000 two-claim cycles."""
    pairs = []
    for k in range(3000):
        a, b, r, s = (f"a{k}", "I"), (f"b{k}", "I"), (f"r{k}", "RA"), (f"s{k}", "RA")
        pairs += [(a, r), (r, b), (b, s), (s, a)]
    nodes, edges = _nodes_and_edges(pairs)
    path = tmp_path / "cycles.json"
    path.write_text(json.dumps({"nodes": nodes, "edges": edges}))
    done = run_import(path, "aif")
    assert done.returncode == 0, done.stderr
    assert sum("closes a cycle of support" in line for line in done.stderr.splitlines()) == 3000


def test_a_long_chain_about_a_left_out_argument_goes_in_linear_time(tmp_path):
    """Each argument left out searched all the others for those about it: 8 s for 6,000."""
    pairs = [(("p", "I"), ("x0", "CA"))]  # x0 attacks nothing: left out, and so each x(k) about x(k-1)
    for k in range(1, 6000):
        pairs += [(("p", "I"), (f"x{k}", "CA")), ((f"x{k}", "CA"), (f"x{k - 1}", "CA"))]
    nodes, edges = _nodes_and_edges(pairs)
    path = tmp_path / "chain.json"
    path.write_text(json.dumps({"nodes": nodes, "edges": edges}))
    done = run_import(path, "aif")
    assert done.returncode == 0, done.stderr
    assert sum("which was left out" in line for line in done.stderr.splitlines()) == 5999


def test_thousands_of_relations_joined_to_one_locution_look_it_up_once(tmp_path):
    """One L-node anchoring 5,000 propositions, and 5,000 RA nodes joined to that L-node."""
    pairs = [(("L", "L"), ("Y", "YA"))]
    for k in range(5000):
        pairs += [(("Y", "YA"), (f"i{k}", "I")), (("L", "L"), (f"r{k}", "RA")), ((f"r{k}", "RA"), (f"i{k}", "I"))]
    nodes, edges = _nodes_and_edges(pairs)
    path = tmp_path / "fan.json"
    path.write_text(json.dumps({"nodes": nodes, "edges": edges}))
    done = run_import(path, "aif")
    assert done.returncode == 0, done.stderr
    text = path.with_suffix(".imported.yaml").read_text()
    assert text.count("supports:") >= 4999  # every relation kept, from the locution's first proposition
