"""Hostile input too large to commit, made at run time, through the real CLI: huge files,
long lines, 100,000 claims, alias and nesting bombs; and what argmap may do to files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from argmap.checking.rules import LOADER_RULES
from argmap.cli import app
from support.hostile import assert_clean_output, snapshot
from support.markers import needs_dot, slow
from support.processes import run_argmap

runner = CliRunner()


def _claims(count: int, full: bool) -> str:
    """``count`` claims, each but the first supporting an earlier one; ``full`` writes every
    field out (about 150 bytes a claim), otherwise the one-line shorthand (about 20)."""
    lines = ["title: A very large map", "claims:"]
    for i in range(count):
        if full:
            lines += [
                f"  c{i}:",
                f"    text: Claim number {i}, stated at some length.",
                f'    quote: "said {i}"',
                "    tags: [generated]",
            ]
            lines += [f"    supports: c{i // 2}"] if i else []
        else:
            lines.append(f"  c{i}: Claim {i}.")
    return "\n".join(lines) + "\n"


GENERATED = {
    # name: (file content, exit status, the loader's problems as (rule, line, column))
    "ten-mb-line": (lambda: "title: t\nclaims:\n  a: " + "é" * 5_000_000 + "\n", 0, []),
    "ten-mb-key": (lambda: "title: t\nclaims:\n  " + "k" * 10_000_000 + ": x\n", 1, [("yaml-syntax", 3, 10_000_003)]),
    "eleven-mb-file": (lambda: "title: t\nclaims:\n  a: x\n# " + "x" * 11 * 2**20 + "\n", 1, [("limit", 1, 1)]),
    "100k-claims-shorthand": (lambda: _claims(100_000, full=False), 0, []),
    "100k-claims-full": (lambda: _claims(100_000, full=True), 1, [("limit", 1, 1)]),
    "100k-duplicate-keys": (
        lambda: "title: t\nclaims:\n" + "  a: x\n" * 100_000,
        1,
        [("duplicate-key", line, 3) for line in range(4, 100_003)],
    ),
    "alias-read-again-and-again": (
        lambda: (
            "title: &big {"
            + ", ".join(f"k{i}: v" for i in range(3000))
            + "}\nclaims:\n"
            + "".join(f"  c{i}: *big\n" for i in range(3000))
        ),
        1,
        [("limit", 1, 8)],
    ),
    "nesting-100k-levels": (
        lambda: "title: t\nclaims:\n  a: " + "[" * 100_000 + "]" * 100_000 + "\n",
        1,
        [("limit", 3, 104)],
    ),
}


@slow
@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_case_in_a_real_process(name, tmp_path):
    make, status, expected = GENERATED[name]
    (tmp_path / f"{name}.yaml").write_text(make(), encoding="utf-8")
    before = snapshot(tmp_path)
    done = run_argmap("validate", "--format", "json", f"{name}.yaml", cwd=tmp_path)
    stderr = done.stderr.decode()
    assert done.returncode == status, stderr
    assert_clean_output(done.stdout.decode()[:100_000], stderr)
    problems = json.loads(done.stdout)
    assert [(p["rule"], p["line"], p["column"]) for p in problems if p["rule"] in LOADER_RULES] == expected
    assert all(len(p["message"]) <= 500 for p in problems)
    assert snapshot(tmp_path) == before


def test_a_hundred_gigabyte_file_is_refused_without_reading_it(tmp_path):
    with open(tmp_path / "huge.yaml", "wb") as handle:
        handle.truncate(100 * 1024**3)  # sparse: reading it would take minutes and 100 GB
    for args in (
        ["validate", "huge.yaml"],
        ["export", "huge.yaml", "--to", "json", "-o", "out.json"],
        ["render", "huge.yaml", "-o", "out.svg"],
        ["import", "huge.yaml", "--from", "json"],
    ):
        done = run_argmap(*args, cwd=tmp_path, timeout=60)
        assert done.returncode == 1, args
        assert b"107,374,182,400 bytes, more than argmap reads" in done.stdout + done.stderr
        assert_clean_output(done.stdout.decode(), done.stderr.decode())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huge.yaml"]


def test_the_size_limit_can_be_raised_for_one_run(tmp_path):
    (tmp_path / "m.yaml").write_text("title: t\nclaims:\n  a: x\n# " + "x" * 11 * 2**20 + "\n")
    assert run_argmap("validate", "m.yaml", cwd=tmp_path).returncode == 1
    assert run_argmap("validate", "m.yaml", cwd=tmp_path, env={"ARGMAP_MAX_FILE_SIZE": "12M"}).returncode == 0


# --- pipes, devices, links --------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "pipe.yaml"],
        ["export", "pipe.yaml", "--to", "json"],
        ["render", "pipe.yaml", "-f", "dot", "-o", "-"],
        ["import", "pipe.yaml", "--from", "json"],
    ],
)
def test_a_named_pipe_is_refused_not_waited_on(fifo, args):
    done = run_argmap(*args, cwd=fifo.parent, timeout=60)
    assert done.returncode == 2 and b"pipe.yaml" in done.stderr and b"Traceback" not in done.stderr


def test_a_source_text_that_is_a_device_is_not_read(tmp_path):
    (tmp_path / "m.yaml").write_text(
        "title: t\nsource:\n  text: /dev/zero\nclaims:\n  a:\n    text: x\n    quote: hello\n    supports: b\n  b: y\n"
    )
    done = run_argmap("validate", "m.yaml", cwd=tmp_path, timeout=60)
    assert done.returncode == 0 and b"is not a regular file" in done.stdout
    done = run_argmap("validate", "--source-text", "/dev/zero", "m.yaml", cwd=tmp_path, timeout=60)
    assert done.returncode == 2 and b"not a regular file" in done.stderr


@slow
def test_a_long_misquote_against_a_long_text_is_answered_quickly_enough_to_finish(tmp_path):
    """A 2 kB misquote against 1 MB of look-alike words (here 0.5 MB) took many minutes (the exact difflib
    ratio is quadratic); the closest-passage search is now bounded (quotes of up to 600
    characters, 10 a map). The timeout only catches a hang."""
    import random

    words = "alpha beta gamma delta river stone light house tree cloud".split()
    rng = random.Random(1)
    (tmp_path / "source.txt").write_text(" ".join(rng.choice(words) for _ in range(100_000)))
    quotes = [" ".join(rng.choice(words) for _ in range(95))[:590] for _ in range(12)]
    claims = "".join(f'  c{i}:\n    text: x\n    quote: "{q}"\n    supports: top\n' for i, q in enumerate(quotes))
    (tmp_path / "m.yaml").write_text(f"title: t\nsource:\n  text: source.txt\nclaims:\n  top: T\n{claims}")
    done = run_argmap("validate", "m.yaml", cwd=tmp_path, timeout=240)
    assert done.returncode == 1 and done.stdout.count(b"[quote-not-found]") == 12


def test_partial_failure_unreadable_file_among_good_and_bad(tmp_path):
    """One file that cannot be read (a /proc file that fails with EIO, readable even for
    root), one broken, one good: all three are reported, the exit status is the worst (2)."""
    import os
    from pathlib import Path

    if not Path("/proc/self/mem").exists():
        pytest.skip("no /proc/self/mem on this system")
    maps = tmp_path / "maps"
    maps.mkdir()
    (maps / "a-good.yaml").write_text("title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: a\n")
    (maps / "b-broken.yaml").write_text("title: t\nclaims: [\n")
    os.symlink("/proc/self/mem", maps / "c-unreadable.yaml")
    (maps / "d-good.yaml").write_text("title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: a\n")
    done = run_argmap("validate", "maps", cwd=tmp_path)
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 2, err
    assert "b-broken.yaml:3:1: error:" in out and "c-unreadable.yaml" in err
    assert "4 files checked" in out or "in 4 files" in out, out
    assert_clean_output(out, err)
    done = run_argmap("build", "maps", "--out", "diagrams", "-f", "svg", cwd=tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 1 and "c-unreadable.yaml: cannot read the map" in err, err
    assert sorted(p.name for p in (tmp_path / "diagrams").glob("*.svg")) == ["a-good.svg", "d-good.svg"]


# --- writing: only where told, never an input, never half a file --------------------------

GOOD = "title: t\nclaims:\n  a: x\n  b:\n    text: y\n    supports: a\n"


@pytest.mark.parametrize(
    "args",
    [
        ["render", "m.yaml", "-o", "m.yaml", "-f", "svg"],
        ["export", "m.yaml", "--to", "json", "-o", "m.yaml"],
        ["export", "m.yaml", "--to", "aif", "-o", "link.json"],
        ["render", "m.yaml", "-o", "link.json", "-f", "dot"],
    ],
)
def test_no_command_overwrites_the_map_it_read(tmp_path, monkeypatch, args):
    import os

    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(GOOD)
    os.symlink("m.yaml", tmp_path / "link.json")
    before = snapshot(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code in (1, 2) and "is an input file" in result.stderr
    assert snapshot(tmp_path) == before


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody may write to, root included (root ignores permission bits, but not
    the immutable attribute)."""
    import os
    import shutil
    import subprocess

    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode != 0:
        pytest.skip("running as root without chattr +i: no folder is read-only")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.parametrize(
    "args, status",
    [
        (["render", "m.yaml", "-o", "locked/m.svg"], 1),
        (["render", "m.yaml", "-o", "locked/sub/m.svg"], 1),
        (["export", "m.yaml", "--to", "json", "-o", "locked/m.json"], 2),
        (["build", "maps", "--out", "locked", "-f", "svg"], 1),
        (["new", "locked/new.yaml"], 2),
        (["reveal", "m.yaml", "--out", "locked"], 1),
        (["worksheet", "m.yaml", "--out", "locked"], 1),
    ],
)
def test_a_read_only_output_folder_is_a_clear_message(tmp_path, monkeypatch, read_only_folder, args, status):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(GOOD)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "m.yaml").write_text(GOOD)
    before = snapshot(tmp_path)
    done = run_argmap(*args, cwd=tmp_path)
    err = done.stderr.decode()
    assert done.returncode == status, err
    assert_clean_output(done.stdout.decode(), err)
    assert "locked" in err and ("not permitted" in err or "ermission denied" in err or "Read-only" in err), err
    assert snapshot(tmp_path) == before


def test_a_layout_that_takes_too_long_ends_with_a_message_and_no_file(tmp_path):
    import random

    rng = random.Random(5)
    lines = ["title: big", "claims:"]
    for i in range(1500):
        lines += [f"  c{i}:", f"    text: Claim {i}, long enough to make the boxes wide."]
        lines += [f"    supports: c{rng.randrange(i)}"] if i else []
    (tmp_path / "big.yaml").write_text("\n".join(lines) + "\n")
    done = run_argmap("render", "big.yaml", "-o", "big.svg", "--timeout", "0.05", "--force", cwd=tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 1 and "Graphviz took longer than 0.05 s" in err, err
    assert not (tmp_path / "big.svg").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["big.yaml"]
    done = run_argmap("build", ".", "--out", "out", "-f", "svg", "--timeout", "0.05", cwd=tmp_path)
    assert done.returncode == 1 and b"took longer than 0.05 s" in done.stderr
    assert not list((tmp_path / "out").glob("*.svg"))


def test_a_hostile_build_manifest_cannot_delete_or_read_outside_the_output_folder(tmp_path):
    (tmp_path / "victim.txt").write_text("precious")
    repo = tmp_path / "repo"
    (repo / "arguments").mkdir(parents=True)
    (repo / "diagrams").mkdir()
    (repo / "notes.svg").write_text("precious too")
    (repo / "arguments" / "m.yaml").write_text(GOOD)
    outputs = {
        "svg": {"path": "../../victim.txt", "sha256": "x"},
        "png": {"path": str(tmp_path / "victim.txt")},
        "pdf": {"path": "../notes.svg"},
        "dot": {"path": "/dev/zero"},
    }
    manifest = {
        "argmap-manifest": 1,
        "maps": {
            "gone.yaml": {"digest": "x", "outputs": outputs},
            "m.yaml": {"digest": "x", "outputs": {"svg": {"path": "/dev/zero"}}},
        },
    }
    (repo / "diagrams" / "argmap-manifest.json").write_text(json.dumps(manifest))
    done = run_argmap("build", "--prune", "-f", "svg", cwd=repo, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / "victim.txt").read_text() == "precious" and (repo / "notes.svg").exists()
    assert (repo / "diagrams" / "m.svg").exists()


def test_the_language_server_does_not_index_an_alias_bomb():
    from argmap.lsp.analysis import analyse

    keys = ", ".join(f"k{i}: [a, b, c]" for i in range(2000))
    text = f"title: t\nx: &big {{supports: [{', '.join('c' for _ in range(2000))}], {keys}}}\nclaims:\n" + "".join(
        f"  c{i}: *big\n" for i in range(2000)
    )
    analysis = analyse(text, "m.yaml")
    assert [p.rule for p in analysis.problems] == ["limit"] and analysis.index is None


@needs_dot
def test_build_and_serve_skip_a_huge_map_and_go_on(tmp_path):
    from argmap.serve.gallery import Gallery

    (tmp_path / "arguments").mkdir()
    (tmp_path / "arguments" / "good.yaml").write_text(GOOD)
    with open(tmp_path / "arguments" / "huge.yaml", "wb") as handle:
        handle.truncate(50 * 1024**3)
    done = run_argmap("build", "-f", "svg", cwd=tmp_path, timeout=120)
    assert done.returncode == 1 and b"huge.yaml:1:1: error: the file is 53,687,091,200 bytes" in done.stderr
    assert (tmp_path / "diagrams" / "good.svg").exists() and not (tmp_path / "diagrams" / "huge.svg").exists()
    gallery = Gallery(tmp_path / "arguments")
    gallery.refresh_all()
    assert gallery.views["good.yaml"].svg and gallery.views["huge.yaml"].svg is None
    assert "53,687,091,200 bytes" in gallery.views["huge.yaml"].problems[0]["message"]
