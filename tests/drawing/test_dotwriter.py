"""The DOT writer: the statements and quoting argmap's golden DOT files were written with
(by the ``graphviz`` package before), and the places where it is stricter than that package."""

from __future__ import annotations

import json
import subprocess

from argmap.drawing.dotwriter import Digraph, Text, quote
from support.markers import needs_dot


def _parsed(source: str) -> dict:
    """What ``dot`` read: -Tjson of the graph laid out (raises if dot refuses the DOT)."""
    done = subprocess.run(["dot", "-Tjson"], input=source.encode(), capture_output=True, check=True)
    return json.loads(done.stdout)


def test_a_graph_is_written_statement_by_statement_attributes_sorted_label_first():
    graph = Digraph("argmap", graph_attr={"rankdir": "BT", "bgcolor": "#FFFFFF"}, node_attr={"shape": "box"})
    graph.attr(label="<<B>Title</B>>")
    graph.attr(size="8,10")
    graph.node("c1", id="claim-x", label="<x &amp; y>", color="#9C6C00", tooltip=Text("<x>"), width=None)
    graph.edge("c2", "c1", style="dashed", minlen="2")
    with graph.subgraph() as rank:
        rank.attr(rank="same")
        rank.node("c1")
        rank.node("legend")
    assert graph.source == (
        "digraph argmap {\n"
        '\tgraph [bgcolor="#FFFFFF" rankdir=BT]\n'
        "\tnode [shape=box]\n"
        "\tlabel=<<B>Title</B>>\n"
        '\tsize="8,10"\n'
        '\tc1 [label=<x &amp; y> color="#9C6C00" id="claim-x" tooltip="<x>"]\n'
        "\tc2 -> c1 [minlen=2 style=dashed]\n"
        "\t{\n\t\trank=same\n\t\tc1\n\t\tlegend\n\t}\n"
        "}\n"
    )


def test_ids_numbers_and_html_are_bare_everything_else_quoted():
    assert [quote(v) for v in ("c1", "_x9", "-4.2", ".42", "3.", "<<B>x</B>>")] == [
        "c1",
        "_x9",
        "-4.2",
        ".42",
        "3.",
        "<<B>x</B>>",
    ]
    assert [quote(v) for v in ("", "node", "Graph", "a b", "#FFF", "é", "1e5", "c1\n")] == [
        '""',
        '"node"',
        '"Graph"',
        '"a b"',
        '"#FFF"',
        '"é"',
        '"1e5"',
        '"c1\n"',  # the package's ID pattern let a final line break through bare
    ]
    assert quote(Text("<b>bold?</b>")) == '"<b>bold?</b>"'
    assert quote("<b>", html=False) == '"<b>"'


def test_quotes_are_escaped_and_a_final_backslash_cannot_swallow_the_closing_quote():
    assert quote('say "hi"') == r'"say \"hi\""'
    assert quote(r"already \"escaped\"") == r'"already \"escaped\""'
    assert quote(r"pair \\" + '"') == r'"pair \\\""'
    assert quote("ends in \\") == r'"ends in \\"'
    assert quote("ends in \\\\") == r'"ends in \\"'
    assert quote("ends in \\\\\\") == r'"ends in \\\\"'


def test_names_are_never_html_nor_split_into_node_and_port():
    graph = Digraph("g")
    graph.edge("a:b", "<c>")
    assert '\t"a:b" -> "<c>"\n' in graph.source


@needs_dot
def test_dot_reads_names_with_colons_and_angle_brackets_as_whole_names():
    graph = Digraph("g")
    graph.edge("a:b", "<c>")
    graph.node("x", tooltip=Text("tail \\"), comment="after")
    names = sorted(o["name"] for o in _parsed(graph.source)["objects"])
    assert names == ["<c>", "a:b", "x"]
    (x,) = (o for o in _parsed(graph.source)["objects"] if o["name"] == "x")
    assert x["comment"] == "after"  # the final backslash did not swallow the tooltip's quote


def test_remembered_quotings_never_mix_names_texts_and_html():
    for _ in range(2):  # the second round from the memo of short values
        assert [quote("<b>", html=False), quote("<b>"), quote(Text("<b>")), quote("a b"), quote(Text("a b"))] == [
            '"<b>"',
            "<b>",
            '"<b>"',
            '"a b"',
            '"a b"',
        ]
