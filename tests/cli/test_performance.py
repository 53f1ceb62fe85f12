"""Structural checks behind the performance targets (speed itself is measured in bench/,
never by a timed test): what each command imports, and that big inputs take linear paths."""

from __future__ import annotations

import gc

import pytest

from argmap.loading.loader import load_text
from support.markers import needs_dot
from support.paths import ROOT
from support.processes import imports_after

HEAVY = ("graphviz", "rich", "jinja2", "pydantic", "argmap.exporters", "argmap.drawing")


def _modules_after(*args: str) -> frozenset[str]:
    return imports_after(*args, cwd=ROOT).modules


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_validate_imports_nothing_heavy():
    modules = _modules_after("validate", str(ROOT / "arguments"))
    assert "argmap.checking.checker" in modules  # it really validated
    assert _heavy(modules) == []


@pytest.mark.parametrize("args", [("--help",), ("validate", "--help")])
def test_help_imports_nothing_heavy(args):
    assert _heavy(_modules_after(*args)) == []


def _chain_map(claims: int) -> str:
    lines = ["title: chain", "claims:"]
    for i in range(claims):
        lines += [f"  c{i}:", f"    text: Claim number {i} of a long chain.", f"    supports: c{i + 1}"]
    lines += [f"  c{claims}: The end."]
    return "\n".join(lines) + "\n"


def test_loading_a_big_map_triggers_no_garbage_collection():
    """Each collection scans every node and mark made so far; unpaused, this load runs ~50.
    One young-generation collection may follow right when the collector is switched back on."""
    collections = []

    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    text = _chain_map(3000)
    assert gc.isenabled()
    gc.callbacks.append(count)
    try:
        result = load_text(text, "chain.yaml")
    finally:
        gc.callbacks.remove(count)
    assert result.problems == [] and len(result.map.claims) == 3001
    assert len(collections) <= 1
    assert gc.isenabled()


def test_a_misspelt_quote_is_compared_exactly_with_few_windows(monkeypatch):
    """`quote-not-found` shows the closest passage: every window gets the cheap upper bound,
    the quadratic ratio only those whose bound can still beat the best found."""
    import difflib
    import random

    from argmap.checking import passages, sourcetext

    rng = random.Random(3)
    words = [
        rng.choice("abcdefghijklmnopqrstuvwxyz") * rng.randrange(1, 3) + w
        for w in "policy evidence cost benefit risk school city budget voters safety study data trend".split()
        for _ in range(3)
    ]
    text = " ".join(rng.choice(words) for _ in range(3000))
    passage = text[5000:5090]
    quote = passage[:40] + "Q" + passage[41:]
    calls = []
    real_ratio = difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: calls.append(1) or real_ratio(self))
    source = sourcetext.SourceText("a.txt", sourcetext.normalise(text), original=text)
    found = passages.closest_passage(source, sourcetext.normalise(quote))
    windows = len(text) // (len(quote) // 4)
    assert found is not None and passage[45:80] in found
    assert len(calls) < windows // 10


def test_rules_work_out_resolved_arguments_once_per_map(monkeypatch):
    from argmap import graph as _relations
    from argmap.checking.checker import check_map

    calls = []
    real = _relations.resolved
    monkeypatch.setattr(_relations, "resolved", lambda amap, arg: calls.append(arg.id) or real(amap, arg))
    first = load_text(_chain_map(50), "a.yaml")
    check_map(first)
    assert len(calls) == len(first.map.arguments)  # not once per rule that asks
    second = load_text(_chain_map(10).replace("supports: c5", "supports: c1"), "b.yaml")
    problems = check_map(second)
    assert any(p.rule == "circular-support" for p in problems)  # the new map's own arguments
    assert len(calls) == len(first.map.arguments) + len(second.map.arguments)


def test_render_warns_before_laying_out_a_very_big_map(tmp_path):
    from typer.testing import CliRunner

    from argmap.cli import app
    from argmap.cli.draw_setup import LARGE_MAP

    big = tmp_path / "big.yaml"
    big.write_text(_chain_map(LARGE_MAP + 1))
    runner = CliRunner()
    dot = runner.invoke(app, ["render", str(big), "-f", "dot", "-o", str(tmp_path / "big.dot")])
    assert dot.exit_code == 0 and "warning" not in dot.output  # no layout, no wait
    small = tmp_path / "small.yaml"
    small.write_text(_chain_map(5))
    quiet = runner.invoke(app, ["render", str(small), "-o", str(tmp_path / "small.svg")])
    assert quiet.exit_code == 0 and "warning" not in quiet.output
    from argmap.cli import draw_setup as drawing

    loaded = load_text(_chain_map(LARGE_MAP + 1), "big.yaml").map
    import contextlib
    import io

    from argmap.drawing import RenderOptions

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        drawing.warn_if_large(big, loaded, RenderOptions(), "svg")
        drawing.warn_if_large(big, loaded, RenderOptions(focus="c0"), "svg")
    assert err.getvalue().count("warning") == 1 and "--focus" in err.getvalue()
    assert f"{LARGE_MAP + 2:,} claims" in err.getvalue()


@needs_dot
def test_render_with_dot_imports_no_webassembly_engine(tmp_path):
    modules = _modules_after("render", str(ROOT / "arguments" / "fare-free-buses.yaml"), "-o", str(tmp_path / "m.svg"))
    assert (tmp_path / "m.svg").exists()
    assert "argmap.drawing.wasm_engine" not in modules and "wasmtime" not in modules
    assert not any(m.startswith("xml.sax") for m in modules)
