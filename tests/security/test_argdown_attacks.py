"""Issue 20, items 3 and 4: Argdown's YAML (front matter, ``{data}``) under the map's resource limits,
and a grammar that cannot be made to scan ahead without end. Each attack runs through the real
command line (``argmap import --from argdown``); the 60 s deadline only stops a hang (the old
code took minutes or gigabytes on these inputs), the outcome and the memory are what is asserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.budget import MEGABYTES, run_measured

LEVELS = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{c}: &{c} [{','.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
)
FLOW = "a: &a [x,x,x,x,x,x,x,x,x,x], " + ", ".join(
    f"{c}: &{c} [{','.join(['*' + p] * 10)}]" for p, c in zip("abcdefgh", "bcdefghi")
)


def _import(tmp_path: Path, text: str):
    path = tmp_path / "attack.argdown"
    path.write_text(text, encoding="utf-8")
    done = run_measured(["import", "--from", "argdown", str(path), "-o", str(tmp_path / "out.yaml")], timeout=60)
    assert not done.killed and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.peak_mb < MEGABYTES, done.peak_mb
    return done


def test_a_billion_laughs_in_the_front_matter_is_a_limit_problem(tmp_path):
    """409 bytes grew past 2.7 GB in 90 s."""
    done = _import(tmp_path, "===\n" + LEVELS + "title: *i\n===\n\n[a]: x\n")
    assert done.returncode == 1 and "[limit]" in done.stderr and "front matter: aliases" in done.stderr
    assert "attack.argdown:3:" in done.stderr  # the line of the anchored node in the Argdown file
    assert not (tmp_path / "out.yaml").exists()


def test_a_billion_laughs_in_a_data_block_is_a_limit_problem(tmp_path):
    done = _import(tmp_path, "\n[a]: x {" + FLOW + ", note: *i}\n")
    assert done.returncode == 1 and "[limit]" in done.stderr and "data of `a`: aliases" in done.stderr
    assert "attack.argdown:2:" in done.stderr


@pytest.mark.parametrize(
    "opener", ["@[", "@<", "#(", "x [", '{"'], ids=["mention", "mention-arg", "tag", "link", "data"]
)
def test_a_run_of_unclosed_openers_is_read_in_linear_time(tmp_path, opener):
    """`'[a]: x\\n\\n' + '@[' * N` took 62 s at 40 KB: each `@[` scanned to the end of the file."""
    done = _import(tmp_path, "[a]: x\n\n" + opener * (40_000 // len(opener)) + "\n")
    assert done.returncode == 0, done.stderr
    assert "a:" in (tmp_path / "out.yaml").read_text()


def test_four_megabytes_of_continuation_lines_are_left_out_with_their_line(tmp_path):
    """4 MB of continuation lines took 97 s: each line was added to a growing string."""
    done = _import(tmp_path, "[a]: x\n\n[b]: start\n" + ("word " * 15 + "\n") * 50_000)
    assert done.returncode == 0, done.stderr
    assert (
        "attack.argdown:3:1: warning: an element of 3,750,010 characters" in done.stderr and "left out" in done.stderr
    )
    assert "  a:" in (tmp_path / "out.yaml").read_text()
