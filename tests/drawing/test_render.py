"""The renderer's library API: DOT, real SVG/PNG/PDF files, ids, tooltips, escaping."""

from __future__ import annotations

import subprocess

import pytest

from argmap.drawing import RenderOptions, render_bytes, to_dot
from argmap.drawing.errors import OptionError
from support.drawing import FIXTURES, fixture_map, svg_groups, texts, tooltips
from support.paths import ROOT


def test_dot_is_byte_identical_for_the_same_map():
    first = to_dot(fixture_map("objections"))
    assert first == to_dot(fixture_map("objections"))
    # and in a fresh interpreter (no hash-order dependence)
    code = (
        "import sys; from argmap.loading.loader import load_path; from argmap.drawing import to_dot;"
        f"sys.stdout.write(to_dot(load_path({str(FIXTURES / 'objections.yaml')!r}).map))"
    )
    other = subprocess.run(
        [__import__("sys").executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONHASHSEED": "123", "PATH": ""},
        check=True,
    ).stdout
    assert other == first


@pytest.mark.parametrize("name", ["linked", "objections", "captions", "nasty"])
def test_svg_has_one_node_per_claim_found_by_argmap_id(name):
    amap = fixture_map(name)
    nodes = svg_groups(render_bytes(amap, RenderOptions(), "svg"))
    claim_nodes = sorted(i for i in nodes if i.startswith("claim-"))
    assert claim_nodes == sorted(f"claim-{c}" for c in amap.claims)


def test_junctions_only_where_premises_are_linked_captioned_or_targeted():
    nodes = svg_groups(render_bytes(fixture_map("objections"), RenderOptions(), "svg"))
    # schedule-argument has one premise but an undercutter and a backing point at it
    assert "arg-schedule-argument" in nodes
    # a plain single-premise rebuttal is an arrow, found by its argument id
    edges = svg_groups(render_bytes(fixture_map("objections"), RenderOptions(), "svg"), "edge")
    assert "arg-steel-late.attacks.done-this-year" in edges
    assert not any(i.startswith("arg-steel-late") for i in nodes)


def test_png_and_pdf_are_real_files():
    amap = fixture_map("linked")
    png = render_bytes(amap, RenderOptions(), "png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pdf = render_bytes(amap, RenderOptions(), "pdf")
    assert pdf.startswith(b"%PDF-") and b"%%EOF" in pdf[-64:]
    assert b"/Image" not in pdf  # vector, not a bitmap inside a PDF


def test_svg_tooltips_carry_full_text_speaker_and_quote():
    amap = fixture_map("nasty")
    nodes = svg_groups(render_bytes(amap, RenderOptions(), "svg"))
    tip = tooltips(nodes["claim-a"])[0]
    claim = amap.claims["a"]
    assert tip.splitlines() == [
        " ".join(claim.text.split()),
        '— Dr. "Quote" <Smith> & Co, role with \\n a backslash-n and | pipe',
        f"“{claim.quote}”",
    ]


def test_nasty_texts_come_out_literally():
    amap = fixture_map("nasty")
    svg = render_bytes(amap, RenderOptions(), "svg")
    nodes = svg_groups(svg)
    shown = " ".join(" ".join(texts(nodes[f"claim-{c}"])) for c in amap.claims)
    for piece in [
        "Less < more & more > less;",
        '"quoted" {brace} | pipe \\',
        "backslash \\N \\l end\\",
        "<i>fake</i> tags and &amp; an",
        "]]> --> <!-- ${x} %s {0} 'éß☃'",
    ]:
        assert piece in shown
    caption = " ".join(texts(nodes["arg-r"]))
    assert 'label <with> & "stuff"' in caption and "scheme|with{braces}" in caption
    assert tooltips(nodes["claim-b"]) == ["Line one line two with <i>fake</i> tags and &amp; an entity"]
    title = " ".join(texts(svg_groups(svg, "graph")["graph0"]))
    assert 'Nasty <b>title</b> & "quotes" {braces} | pipes \\ backslash' in title


def test_options_are_checked():
    with pytest.raises(OptionError):
        RenderOptions(theme="neon")
    with pytest.raises(OptionError):
        RenderOptions(direction="up")
    with pytest.raises(OptionError):
        to_dot(fixture_map("linked"), RenderOptions(focus="no-such-claim"))
    with pytest.raises(OptionError):
        render_bytes(fixture_map("linked"), RenderOptions(), "gif")


def test_hidden_nodes_keep_their_place_but_are_invisible():
    amap = fixture_map("objections")
    shown = svg_groups(render_bytes(amap, RenderOptions(), "svg"))
    hidden_svg = render_bytes(amap, RenderOptions(hidden=frozenset({"steel-arrived"})), "svg")
    hidden = svg_groups(hidden_svg)
    assert "claim-steel-arrived" not in hidden  # Graphviz leaves invisible nodes out of SVG
    assert "claim-steel-arrived" in shown and len(hidden) == len(shown) - 1
    for node_id in hidden:
        assert _box(hidden[node_id]) == _box(shown[node_id])


def _box(group):
    shapes = [e for e in group.iter() if e.tag.endswith(("path", "polygon", "ellipse"))]
    return [s.get("d") or s.get("points") or (s.get("cx"), s.get("cy")) for s in shapes]


def test_svg_title_and_description_for_screen_readers():
    import xml.etree.ElementTree as ET

    amap = fixture_map("nasty")
    root = ET.fromstring(render_bytes(amap, RenderOptions(), "svg"))
    graph = next(g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "graph")
    title = graph.find("{http://www.w3.org/2000/svg}title").text
    assert title == amap.title
    desc = graph.find("{http://www.w3.org/2000/svg}desc")
    from argmap.drawing.svg import text_alternative

    expected = text_alternative(amap)
    assert (desc.text if desc is not None else None) == expected


def test_focus_keeps_the_claim_and_what_leads_to_it_to_the_given_depth():
    from argmap.loading.loader import load_path

    amap = load_path(ROOT / "arguments" / "fare-free-buses.yaml").map
    nodes = lambda options: {i for i in svg_groups(render_bytes(amap, options, "svg")) if i.startswith("claim-")}  # noqa: E731
    one = nodes(RenderOptions(focus="fewer-car-trips", depth=1))
    assert one == {"claim-fewer-car-trips", "claim-free-raises-ridership"}
    everything = nodes(RenderOptions(focus="fewer-car-trips"))
    # the undercutter and the backing of the ridership argument, and what leads to them
    assert everything == one | {"claim-walkers-not-drivers", "claim-car-dependent-city", "claim-faster-boarding"}
    assert nodes(RenderOptions(focus="fewer-car-trips", depth=0)) == {"claim-fewer-car-trips"}


def test_decorations_mark_relabel_restyle_and_extend_tooltips():
    from argmap.drawing import Decoration

    amap = fixture_map("objections")
    options = RenderOptions(
        decorations={
            "steel-late": Decoration(
                mark="✗", label="(2) ______", node_attrs={"color": "#123456"}, tooltip_extra="rejected"
            ),
        },
        extra_legend=(("✗", "rejected"),),
    )
    svg = render_bytes(amap, options, "svg")
    node = svg_groups(svg)["claim-steel-late"]
    assert texts(node)[:2] == ["✗", " (2) ______"]  # the mark, then the blank instead of the text
    assert any(p.get("stroke") == "#123456" for p in node.iter() if p.tag.endswith("path"))
    assert tooltips(node)[0].splitlines()[-1] == "rejected"
    assert "✗ rejected" in " ".join(texts(svg_groups(svg)["legend"]))


def test_a_layout_that_takes_too_long_is_stopped(tmp_path, monkeypatch):
    import os
    import stat

    from argmap.drawing.engine import layout
    from argmap.drawing.errors import LayoutTimeout

    slow = tmp_path / "dot"
    slow.write_text("#!/bin/sh\nsleep 10\n")
    slow.chmod(slow.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    with pytest.raises(LayoutTimeout):
        layout("digraph { a }", "svg", timeout=0.5, engine="dot")
