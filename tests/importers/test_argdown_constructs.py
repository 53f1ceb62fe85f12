"""Argdown constructs argmap has no field for are kept (in the note, the source) or reported with
their line; cycles lose only the relation that closes them; the last text of a statement wins."""

from __future__ import annotations

from argmap.importers import argdown
from argmap.loading.loader import load_text


def _import(text: str):
    yaml_text, problems = argdown.import_map(text.encode(), "doc.argdown")
    result = load_text(yaml_text, "imported.yaml")
    assert result.map is not None and not result.problems, [str(p) for p in result.problems]
    return result.map, [(p.location.line, p.message) for p in problems]


def test_data_links_and_front_matter_are_kept_or_reported_with_their_line():
    amap, problems = _import(
        "===\ntitle: Tea\nsubTitle: A small debate\nauthor:\n  - Ann (analysis)\n  - Bob\ndate: 27/10/2018\n"
        "color: {colorScheme: set1}\n===\n\n"
        '[Tea]: Tea is good. {credence: 0.8, reason: "taste"}\n'
        "  + [Study]: A [study](https://example.org/tea) says so.\n"
    )
    tea, study = amap.claims["Tea"], amap.claims["Study"]
    assert (tea.note, study.text, study.note) == (
        "credence: 0.8\nreason: taste",
        "A study says so.",
        "study: https://example.org/tea",
    )
    assert amap.description == "A small debate"
    assert (amap.source.author, amap.source.date) == ("Ann (analysis); Bob", None)
    assert problems == [(8, "front matter `color` (an Argdown setting) is not kept")]


def test_a_cycle_loses_only_the_relation_that_closes_it_and_says_where():
    amap, problems = _import(
        "<Arg>\n\n(1) [P]: P.\n(2) [Q]: Q.\n----\n(3) [C]: C.\n\n[C]\n  + [R]: R.\n\n[R]\n  + [C]\n"
    )
    assert problems == [(12, "`c-supports-r` closes a cycle of support; left out")]
    assert {(a.premises, a.target) for a in amap.arguments.values()} == {(("P", "Q"), "C"), (("R",), "C")}


def test_a_relation_argdown_states_twice_is_imported_once():
    source = (
        "===\nmodel: {mode: strict}\n===\n\n<A>: An argument.\n  +> [X]: X.\n\n<A>\n\n(1) [P]: P.\n"
        "----\n(2) [C]: C.\n  +> [X]\n"
    )
    amap, problems = _import(source)
    relations = sorted((a.premises, a.relation, a.target) for a in amap.arguments.values())
    assert relations == [(("C",), "supports", "X"), (("P",), "supports", "C")]


def test_a_statement_defined_twice_keeps_the_last_text_as_argdown_does():
    amap, _ = _import("[T]: First wording.\n\n[T]: Second wording.\n")
    assert amap.claims["T"].text == "Second wording."


def test_list_items_are_statements_as_in_argdown():
    amap, problems = _import("[Top]: Top.\n\n  * First item\n  * Second item\n    + Some support\n")
    texts = {c.text: c.id for c in amap.claims.values()}
    assert {"First item", "Second item", "Some support"} <= set(texts)
    assert [(a.premises, a.target) for a in amap.arguments.values()] == [
        ((texts["Some support"],), texts["Second item"])
    ]
    assert problems == []


def test_an_inference_rule_the_grammar_cannot_read_is_kept_raw():
    """Found by the fuzzer: a lone backslash as the rule raised lark's error out of the importer."""
    amap, problems = _import("<A>\n\n(1) [P]: P.\n-- \\ --\n(2) [C]: C.\n")
    assert [a.scheme for a in amap.arguments.values()] == ["\\"]
