"""Property tests for the AIF and Argdown importers (issue 20): whatever the input, an importer
answers with YAML that argmap loads without a problem, or with nothing and an error; never an
exception. Each example must finish within a deadline (a slow path is a failure too).

Examples per property: ``ARGMAP_FUZZ_EXAMPLES`` (see support/fuzz.py)."""

from __future__ import annotations

import json
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.importers import aif, argdown
from argmap.loading.loader import load_text
from argmap.problems import Problem, Severity
from support.fuzz import FUZZ, NASTY

TIMED = settings(FUZZ, deadline=timedelta(seconds=3))
ARGDOWN_PIECES = [
    "[a]: ",
    "[b]",
    "<A>: ",
    "<A>",
    "\n",
    "\n\n",
    "  ",
    "    ",
    "+ ",
    "- ",
    "<+ ",
    "<- ",
    "_> ",
    "><",
    "(1) ",
    "(2) ",
    "----",
    "-- rule --",
    "# ",
    "* ",
    "1. ",
    "@[a]",
    "@<A>",
    "#tag",
    "#(a tag)",
    "{speaker: x}",
    "{a: &x [1], b: *x}",
    "[t](http://x)",
    "===\n",
    "title: T\n",
    "//",
    "/*",
    "*/",
    "<!--",
    "-->",
    "\\",
    "__",
    "**",
    "word",
    "Text with words.",
    '@import "x"',
]
AIF_TYPES = ["I", "L", "YA", "TA", "RA", "CA", "MA", "PA", "XX"]
YA_TEXTS = [
    "Asserting",
    "Agreeing",
    "Disagreeing",
    "Pure Questioning",
    "Challenging",
    "Restating",
    "Arguing",
    "Analysing",
    "",
]
TEXTS = st.one_of(
    st.sampled_from(["Ann : yes", "Bob says 'no'", "A claim", "", "x: y"] + YA_TEXTS + NASTY), st.text(max_size=20)
)


def _assert_answer(yaml_text: str, problems: list) -> None:
    assert all(isinstance(p, Problem) for p in problems)
    if not yaml_text:
        assert any(p.severity is Severity.ERROR for p in problems)
        return
    result = load_text(yaml_text, "imported.yaml")
    assert result.map is not None and not result.problems, [str(p) for p in result.problems]


@TIMED
@given(
    st.lists(st.one_of(st.sampled_from(ARGDOWN_PIECES), st.sampled_from(NASTY), st.text(max_size=8)), max_size=40).map(
        "".join
    )
)
def test_argdown_of_fragments(text):
    _assert_answer(*argdown.import_map(text.encode("utf-8", "surrogatepass"), "fuzz.argdown"))


@st.composite
def aif_documents(draw):
    ids = [str(i) for i in range(draw(st.integers(1, 12)))]
    nodes = [{"nodeID": i, "type": draw(st.sampled_from(AIF_TYPES)), "text": draw(TEXTS)} for i in ids]
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids + ["99"]), st.sampled_from(ids)), max_size=24))
    edges = [{"edgeID": str(n), "fromID": a, "toID": b} for n, (a, b) in enumerate(pairs)]
    locutions = [
        {"nodeID": i, "personID": draw(st.sampled_from(["1", "2", None]))}
        for i in draw(st.lists(st.sampled_from(ids), max_size=4))
    ]
    participants = [{"participantID": "1", "firstname": draw(TEXTS), "surname": ""}]
    return {"nodes": nodes, "edges": edges, "locutions": locutions, "participants": participants}


@TIMED
@given(aif_documents())
def test_aif_dialogues_of_any_shape(doc):
    _assert_answer(*aif.import_map(json.dumps(doc).encode(), "fuzz.json"))
