"""Issue 20, item 2: "did you mean" is bounded by id length and count. A 67 KB map (301
claims, one ``supports:`` of 60,000 characters) raised MemoryError with a traceback under a
3 GB cap; ``argmap validate`` must now check it in a few tens of megabytes."""

from __future__ import annotations

import random
from pathlib import Path

from support.budget import run_measured


def test_a_huge_reference_among_301_claims(tmp_path: Path) -> None:
    rng = random.Random(20)
    huge = "".join(rng.choice("abcdefghij") for _ in range(60_000))
    path = tmp_path / "typo.yaml"
    path.write_text(
        "title: T\nclaims:\n"
        + "".join(f"  c{i}: Claim {i}.\n" for i in range(301))
        + f"  big:\n    text: Big.\n    supports: {huge}\n"
    )
    done = run_measured(["validate", str(path)])
    assert done.returncode == 1 and "Traceback" not in done.stderr and "[unknown-reference]" in done.stdout
    assert done.peak_mb < 200, done.peak_mb


def test_a_typo_among_many_ids_is_still_suggested(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(
        "title: T\nclaims:\n"
        + "".join(f"  claim-{i}: Claim {i}.\n" for i in range(400))
        + "  the-conclusion: C.\n  last:\n    text: L.\n    supports: the-conclusoin\n"
    )
    done = run_measured(["validate", str(path)])
    assert "did you mean `the-conclusion`?" in done.stdout
