"""The WebAssembly Graphviz (argmap[wasm]): same nodes and edges as the system's dot, every
word of every label kept, a compiled-module cache, a timeout, and clear words when an engine
cannot make what was asked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing import RenderOptions, engine, render_bytes, wasm_engine
from argmap.drawing.errors import GraphvizNotFound, LayoutTimeout
from support.drawing import FIXTURES, fixture_map, svg_groups, texts
from support.markers import needs_dot, needs_wasm
from support.paths import ROOT

MAPS = sorted(FIXTURES.glob("*.yaml")) + sorted((ROOT / "arguments").glob("*.yaml"))


def _load(path):
    from argmap.loading.loader import load_path

    return load_path(path).map


@needs_wasm
@needs_dot
@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_both_engines_draw_the_same_nodes_and_edges(path):
    amap = _load(path)
    by_dot = render_bytes(amap, RenderOptions(), "svg", engine="dot")
    by_wasm = render_bytes(amap, RenderOptions(), "svg", engine="wasm")
    assert b"graphviz version 2" in by_dot or b"graphviz version" in by_dot
    assert sorted(svg_groups(by_wasm)) == sorted(svg_groups(by_dot))
    edges = lambda svg: sorted(  # noqa: E731
        "".join(g.find("{http://www.w3.org/2000/svg}title").itertext()) for g in svg_groups(svg, "edge").values()
    )
    assert edges(by_wasm) == edges(by_dot)


@needs_wasm
@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.stem)
def test_every_word_of_every_claim_is_drawn_as_text(path):
    amap = _load(path)
    nodes = svg_groups(render_bytes(amap, RenderOptions(), "svg", engine="wasm"))
    for claim in amap.claims.values():
        drawn = " ".join(texts(nodes[f"claim-{claim.id}"]))
        drawn = re.sub(r"\bpart \d+(?: ·)?", "", drawn)  # a part's conclusion in a map of several parts
        assert drawn.split() == " ".join(claim.text.split()).split() + (
            amap.speakers[claim.speaker].name.split() if claim.speaker else []
        ) + (["unstated", "premise"] if claim.implicit else []), claim.id


@needs_wasm
def test_nasty_text_comes_out_literally():
    amap = fixture_map("nasty")
    svg = render_bytes(amap, RenderOptions(), "svg", engine="wasm")
    drawn = " ".join(texts(svg_groups(svg)["claim-a"]))
    assert 'Less < more & more > less; "quoted" {brace} | pipe \\ backslash \\N \\l end\\' in " ".join(drawn.split())
    title = " ".join(" ".join(texts(svg_groups(svg, "graph")["graph0"])).split())
    assert 'Nasty <b>title</b> & "quotes" {braces} | pipes \\ backslash' in title


@needs_wasm
def test_pdf_needs_the_systems_dot_and_png_comes_from_resvg():
    with pytest.raises(GraphvizNotFound, match="PDF needs Graphviz's own `dot`"):
        render_bytes(fixture_map("linked"), RenderOptions(), "pdf", engine="wasm")
    result = CliRunner().invoke(
        app, ["render", str(FIXTURES / "linked.yaml"), "--engine", "wasm", "-f", "pdf", "-o", "-"]
    )
    assert result.exit_code == 1 and "PDF needs Graphviz's own `dot`" in result.output
    png = render_bytes(fixture_map("linked"), RenderOptions(), "png", engine="wasm")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_auto_falls_back_to_wasm_and_names_both_installs_when_neither_is_there(monkeypatch):
    monkeypatch.setattr(engine.shutil, "which", lambda name: None)
    monkeypatch.setattr(wasm_engine, "available", lambda fmt="svg": True)
    assert engine.choose_engine("auto", "svg") == "wasm"
    assert engine.choose_engine("auto", "png") == "wasm"
    with pytest.raises(GraphvizNotFound, match="PDF needs Graphviz's own `dot`: Graphviz's `dot` was not found"):
        engine.choose_engine("auto", "pdf")
    monkeypatch.setattr(wasm_engine, "available", lambda fmt="svg": False)
    with pytest.raises(GraphvizNotFound) as caught:
        engine.choose_engine("auto", "svg")
    assert "apt-get install graphviz" in str(caught.value) and "pip install 'argmap[wasm]'" in str(caught.value)
    monkeypatch.setattr(engine.shutil, "which", lambda name: "/usr/bin/dot")
    assert engine.choose_engine("auto", "png") == "dot"


def test_unknown_engine_is_a_usage_error(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["render", str(FIXTURES / "linked.yaml"), "--engine", "vml"]).exit_code == 2
    assert runner.invoke(app, ["build", str(FIXTURES), "--out", str(tmp_path), "--engine", "vml"]).exit_code == 2


@needs_wasm
def test_build_with_the_wasm_engine(tmp_path):
    runner = CliRunner()
    out = tmp_path / "diagrams"
    refused = runner.invoke(
        app, ["build", str(ROOT / "arguments"), "--out", str(out), "--engine", "wasm", "-f", "svg,pdf"]
    )
    assert refused.exit_code == 1 and "PDF needs Graphviz's own `dot`" in refused.output
    assert not out.exists() or not list(out.glob("*.svg"))  # said once, before drawing anything
    built = runner.invoke(
        app, ["build", str(ROOT / "arguments"), "--out", str(out), "--engine", "wasm", "-f", "svg", "--jobs", "1"]
    )
    assert built.exit_code == 0, built.output
    assert sorted(p.stem for p in out.glob("*.svg")) == sorted(p.stem for p in (ROOT / "arguments").glob("*.yaml"))


@needs_wasm
def test_a_layout_past_its_timeout_stops_and_the_next_one_works():
    edges = " ".join(f"n{i} -> n{(i * 7919) % 4000};" for i in range(9000))
    with pytest.raises(LayoutTimeout):
        wasm_engine.layout(f"digraph {{ {edges} }}", "svg", timeout=0.05)
    assert b"<svg" in wasm_engine.layout("digraph { a -> b }", "svg", timeout=30)


_RENDER = textwrap.dedent("""
    import sys
    from argmap.drawing import wasm_engine
    sys.stdout.write(str(len(wasm_engine.layout("digraph { a -> b }", "svg"))))
""")


@needs_wasm
def test_the_compiled_module_is_cached_and_a_bad_cache_file_is_replaced(tmp_path):
    env = {**os.environ, "ARGMAP_CACHE_DIR": str(tmp_path / "cache")}
    run = lambda: (  # noqa: E731
        subprocess.run(
            [sys.executable, "-c", _RENDER],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert int(run()) > 100
    (cached,) = (tmp_path / "cache").glob("graphviz-*.cwasm")
    stamp = cached.stat().st_mtime_ns
    assert int(run()) > 100 and cached.stat().st_mtime_ns == stamp  # loaded, not written again
    cached.write_bytes(b"not a compiled module")
    assert int(run()) > 100
    assert cached.stat().st_size > 1_000_000  # compiled anew and replaced
