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
