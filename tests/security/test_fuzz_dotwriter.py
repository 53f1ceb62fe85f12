"""Property tests of the DOT writer with any text: as a node's name, an attribute's value, a
tooltip (``labels.tooltip``) or an HTML-like label's text (``labels.esc``), it stays inside its
string or label — ``dot`` reads exactly the nodes and attributes written, and the text comes
back as it was. Each example runs dot (ARGMAP_FUZZ_EXAMPLES / 5 of them)."""

from __future__ import annotations

import json
import subprocess

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree

from argmap.drawing.dotwriter import Digraph, Text
from argmap.drawing.labels import cell, clean, esc, table, tooltip
from support.fuzz import EXAMPLES, FUZZ, NASTY
from support.injection import squash
from support.markers import needs_dot

pytestmark = needs_dot
DRAWN = settings(FUZZ, max_examples=max(20, EXAMPLES // 5))
DOT_SYNTAX = ["\\", '\\"', '"', "\\\n", "]", ";", "--", "->", "{", "}", "=", "<", ">", "<b>", "&", "\n", ":", "//", "#"]
texts = st.lists(
    st.one_of(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        st.sampled_from(NASTY + DOT_SYNTAX),
    ),
    max_size=24,
).map(lambda parts: "".join(parts).encode("utf-8", "ignore").decode("utf-8"))  # no surrogates


def _run(source: str, fmt: str) -> bytes:
    done = subprocess.run(["dot", f"-T{fmt}"], input=source.encode(), capture_output=True, timeout=30, check=False)
    assert done.returncode == 0, (source, done.stderr)
    return done.stdout


def _graph(name: str, value: str) -> Digraph:
    """A node named ``name`` with ``value`` in two attributes, between two sentinel nodes."""
    graph = Digraph("g")
    graph.node("first", comment="before")
    graph.node(name, comment=Text(value), label=Text(value))
    graph.edge(name, "last")
    graph.node("last", comment="after")
    return graph


@DRAWN
@given(texts, texts)
def test_any_text_as_a_name_or_a_value_stays_inside_its_string(name, value):
    assume(name not in ("first", "last"))
    objects = json.loads(_run(_graph(name, value).source, "json"), strict=False)  # dot leaves controls raw
    nodes = {o["name"]: o for o in objects["objects"]}
    assert len(nodes) == 3 and len(objects.get("edges", [])) == 1  # nothing more was read as DOT
    assert nodes["first"]["comment"] == "before" and nodes["last"]["comment"] == "after"
    drawn = {"name", "comment", "height", "label", "pos", "width"}  # and Graphviz's own _draw_ etc.
    assert {key for key in nodes["last"] if not key.startswith("_")} == drawn
    name, value = name.replace("\x00", ""), value.replace("\x00", "")  # no DOT file holds a NUL
    # Backslashes are the caller's (an escString's escapes); dot 2.43 reads a string that is
    # exactly one line break as empty, and keeps names from % on for its anonymous nodes.
    if "\\" not in name + value and "\n" not in (name, value):
        if not name.startswith("%"):
            assert name in nodes
        (node,) = (o for o in objects["objects"] if o["name"] not in ("first", "last"))
        assert node.get("comment", "") == value and node["label"] == value


@DRAWN
@given(texts, texts)
def test_any_text_in_a_label_and_a_tooltip_comes_back_in_the_svg(text, tip):
    graph = Digraph("g")
    label = "<" + table([f"<TR>{cell(esc(text))}</TR>"]) + ">"  # as argmap's boxes hold their texts
    graph.node("n", label=label, tooltip=tooltip(tip), id="the-node", shape="box")
    graph.node("after", id="sentinel")
    root = etree.fromstring(_run(graph.source, "svg"), etree.XMLParser(resolve_entities=False, no_network=True))
    groups = {g.get("id"): g for g in root.iter("{*}g") if g.get("class") == "node"}
    assert set(groups) == {"the-node", "sentinel"}
    shown = "".join(t.text or "" for t in groups["the-node"].iter("{*}text"))
    assert squash(shown) == squash(clean(text))
    links = [a for a in groups["the-node"].iter("{*}a") if a.get("{http://www.w3.org/1999/xlink}title")]
    title = links[0].get("{http://www.w3.org/1999/xlink}title") if links else ""
    assert title == " ".join(clean(tip).split())
