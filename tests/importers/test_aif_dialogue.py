"""AIF dialogues (AIFdb's QT30/US2016 shape): speakers are who asserted, quotes are the locution's
words, agreeing/challenging/questioning are tags, TA order is the reveal order."""

from __future__ import annotations

import json

from argmap.checking.checker import check_map
from argmap.exporters import aif as aif_export
from argmap.importers import aif
from argmap.loading.loader import load_text
from argmap.problems import has_errors
from support.paths import FIXTURES as ALL_FIXTURES

FIXTURES = ALL_FIXTURES / "importers"
DEBATE = FIXTURES / "debate-qt30-shape.json"


def _import(data: bytes, name: str = "debate.json"):
    text, problems = aif.import_map(data, name)
    result = load_text(text, "imported.yaml")
    assert result.map is not None and not result.problems, [str(p) for p in result.problems]
    assert not has_errors(check_map(result)), [str(p) for p in check_map(result)]
    return result.map, problems


def _by_text(amap):
    return {c.text: c for c in amap.claims.values()}


def test_every_claim_gets_its_asserter_quote_and_tags():
    amap, _ = _import(DEBATE.read_bytes())
    names = {sid: s.name for sid, s in amap.speakers.items()}
    got = {text: (names.get(c.speaker), c.quote, list(c.tags)) for text, c in _by_text(amap).items()}
    assert got == {
        "The federal budget must be balanced": (
            "Kasich",
            "We have to balance the federal budget, period",
            ["agreed-by-anna"],
        ),
        "Balancing the federal budget creates jobs": (
            "Anna",
            "I agree, and balancing it creates jobs",
            ["challenged-by-bob"],
        ),
        "Does balancing the budget create jobs":  # only asked: a question, nobody's claim
        (None, "Why should it, when does that ever create anything?", ["question", "asked-by-bob"]),
        "Balancing the budget costs jobs in the short run": ("Kasich", "No, it costs jobs in the short run", []),
        "The budget has to balance": ("Anna", "so the budget has to balance", []),
        "Taxes are too high for families": ("Carol", "taxes are too high", []),  # Araucaria's "says"
        "More schools are needed": ("Person 4321", "we need more schools", []),  # a personID, no name
        "An unsaid background claim": (None, None, []),
    }


def test_relations_pointing_at_locutions_reach_the_proposition():
    amap, _ = _import(DEBATE.read_bytes())
    ids = {c.text: c.id for c in amap.claims.values()}
    names = {sid: s.name for sid, s in amap.speakers.items()}
    relations = {
        (tuple(amap.claims[p].text for p in a.premises), a.relation, amap.claims[a.target].text, names.get(a.speaker))
        for a in amap.arguments.values()
    }
    assert (
        ("Balancing the federal budget creates jobs",),
        "supports",
        "The federal budget must be balanced",
        "Anna",
    ) in relations  # RA -> L-node 101, followed to I-node 102
    assert (
        ("Balancing the budget costs jobs in the short run",),
        "attacks",
        "Balancing the federal budget creates jobs",
        "Kasich",
    ) in relations  # CA from L-node 141
    assert ids  # every claim present


def test_transitions_give_the_reveal_order():
    amap, _ = _import(DEBATE.read_bytes())
    text = {cid: c.text for cid, c in amap.claims.items()}
    assert [[text[i] for i in step] for step in amap.steps] == [
        ["The federal budget must be balanced"],
        ["Balancing the federal budget creates jobs"],  # replies to Kasich, though later in the file than Bob
        ["Does balancing the budget create jobs"],
        ["Balancing the budget costs jobs in the short run"],
        ["The budget has to balance"],
        ["Taxes are too high for families"],  # no transitions: file order
        ["More schools are needed"],
        ["An unsaid background claim"],  # put forward by no locution: the last step
    ]


def test_dropped_node_is_reported_at_its_line():
    _, problems = _import(DEBATE.read_bytes())
    line = next(n for n, text in enumerate(DEBATE.read_text().splitlines(), 1) if '"999"' in text)
    assert [(p.message, p.location.line) for p in problems] == [("node 999 has unknown type 'XX'; ignored", line)]


def test_dialogue_survives_an_aif_round_trip(tmp_path):
    first, _ = _import(DEBATE.read_bytes())
    again, _ = _import(aif_export.export(first, {}).encode(), "again.json")

    def view(amap):
        names = {sid: s.name for sid, s in amap.speakers.items()}
        return {c.text: (names.get(c.speaker), c.quote, sorted(c.tags)) for c in amap.claims.values()}

    assert view(again) == view(first)
    text_a, text_b = ({cid: c.text for cid, c in m.claims.items()} for m in (first, again))
    assert [[text_b[i] for i in s] for s in again.steps] == [[text_a[i] for i in s] for s in first.steps]


def test_assertion_wins_over_agreement_whatever_the_file_order():
    """US2016: a forum user's Agreeing YA comes first in the file; the claim is still Kasich's."""
    nodes = [
        {"nodeID": "1", "type": "L", "text": "user123 : yes, exactly"},
        {"nodeID": "2", "type": "YA", "text": "Agreeing"},
        {"nodeID": "3", "type": "I", "text": "Taxes should be lower"},
        {"nodeID": "4", "type": "L", "text": "KASICH : we should lower taxes"},
        {"nodeID": "5", "type": "YA", "text": "Asserting"},
    ]
    edges = [("1", "2"), ("2", "3"), ("4", "5"), ("5", "3")]
    doc = {"nodes": nodes, "edges": [{"edgeID": str(i), "fromID": a, "toID": b} for i, (a, b) in enumerate(edges)]}
    amap, _ = _import(json.dumps(doc).encode())
    claim = next(iter(amap.claims.values()))
    assert amap.speakers[claim.speaker].name == "KASICH"
    assert claim.tags == ("agreed-by-user123",) and claim.quote == "we should lower taxes"


def test_dialogue_argmap_cannot_keep_is_reported_with_its_position():
    nodes = [
        {"nodeID": "1", "type": "I", "text": "P"},
        {"nodeID": "2", "type": "I", "text": "C"},
        {"nodeID": "3", "type": "RA", "text": "Default Inference"},
        {"nodeID": "4", "type": "L", "text": "Ann : P, so C"},
        {"nodeID": "5", "type": "L", "text": "Bob : why?"},
        {"nodeID": "6", "type": "TA", "text": "Default Transition"},
        {"nodeID": "7", "type": "YA", "text": "Challenging"},
        {"nodeID": "8", "type": "L", "text": "Cy : a lost remark"},
    ]
    edges = [("1", "3"), ("3", "2"), ("4", "6"), ("6", "5"), ("6", "7"), ("7", "3")]
    doc = {"nodes": nodes, "edges": [{"edgeID": str(i), "fromID": a, "toID": b} for i, (a, b) in enumerate(edges)]}
    text = json.dumps(doc, indent=1)
    _, problems = _import(text.encode())
    line_of = {n: i for i, line in enumerate(text.splitlines(), 1) for n in ("7", "8") if f'"nodeID": "{n}"' in line}
    assert [(p.location.line, p.message) for p in problems] == [
        (
            line_of["7"],
            "YA node 7 (Challenging) joins no locution or transition to a proposition or relation "
            "argmap keeps; ignored",
        ),
        (line_of["8"], "1 L-node(s) joined to nothing, their words not kept: 8"),
    ]


def test_a_speaker_who_only_asked_or_challenged_is_named_by_the_tags():
    text, _ = aif.import_map(DEBATE.read_bytes(), "debate.json")
    result = load_text(text, "imported.yaml")
    assert "bob" in result.map.speakers  # kept, so the AIF export can write Bob's replies back
    assert not [p for p in check_map(result) if p.rule == "unused-speaker"]


def test_a_claim_only_agreed_with_belongs_to_the_speaker_who_was_answered():
    """US2016's forum threads: Kasich's locution, a user's reply agreeing with the proposition; no
    Asserting YA in the file. Kasich was answered: the claim is his, the agreement a tag."""
    nodes = [
        {"nodeID": "1", "type": "L", "text": "KASICH : we have to balance the budget"},
        {"nodeID": "2", "type": "L", "text": "user123 : exactly right"},
        {"nodeID": "3", "type": "TA", "text": "Default Transition"},
        {"nodeID": "4", "type": "YA", "text": "Agreeing"},
        {"nodeID": "5", "type": "I", "text": "The budget must be balanced"},
    ]
    edges = [("1", "3"), ("3", "2"), ("3", "4"), ("4", "5")]
    doc = {"nodes": nodes, "edges": [{"edgeID": str(i), "fromID": a, "toID": b} for i, (a, b) in enumerate(edges)]}
    amap, _ = _import(json.dumps(doc).encode())
    claim = next(iter(amap.claims.values()))
    assert amap.speakers[claim.speaker].name == "KASICH" and claim.tags == ("agreed-by-user123",)
