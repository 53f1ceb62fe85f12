"""The loader: every format feature, and every problem with its rule id, line and column."""

from __future__ import annotations

import pytest
import yaml

from argmap.loading import yamlloader, yamlsource
from argmap.loading.loader import load_bytes, load_path
from argmap.model import shorthand_id
from support.maps import load, where
from support.paths import ROOT

LOADERS = [
    pytest.param(yamlloader.PythonLoader, id="python-yaml"),
    pytest.param(
        yamlloader.CLoader,
        id="libyaml",
        marks=pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML was built without libyaml"),
    ),
]


@pytest.fixture(autouse=True, params=LOADERS)
def yaml_loader(request, monkeypatch):
    """Every test here runs with PyYAML's pure-Python composer and with libyaml's: the
    problems, lines and columns must be the same whichever one is installed."""
    monkeypatch.setattr(yamlsource, "LOADER", request.param)
    return request.param


def test_libyaml_is_the_default_when_present(monkeypatch):
    monkeypatch.undo()  # the module's own choice, not the fixture's
    expected = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
    assert issubclass(yamlsource.LOADER, expected)


FULL = """
argmap: 1
title: 1984
description: A test map.
source:
  title: An article
  author: Someone
  publisher: A paper
  date: 2022-03-02
  url: https://example.org/a
  text: article.txt
speakers:
  psaki:
    name: Jen Psaki
    role: Press secretary
  biden: Joe Biden
claims:
  conclusion:
    text: yes
    speaker: psaki
    quote: "It would require"
    implicit: true
    tags: [military, "2022"]
    note: A note.
    assumed: false
  reason:
    text: A reason.
    supports: conclusion
    attacks: [other, escalation]
  other: A plain string is the text.
arguments:
  escalation:
    premises: [reason, other]
    supports: conclusion
    speaker: biden
    label: Escalation risk
    scheme: negative-consequences
    note: Linked.
  single:
    premises: other
    attacks: escalation
"""


def test_full_example_builds_every_field():
    result = load(FULL)
    assert result.problems == []
    m = result.map
    assert m.title == "1984" and m.description == "A test map." and m.version == 1
    assert (m.source.title, m.source.date, m.source.text) == ("An article", "2022-03-02", "article.txt")
    assert m.speakers["psaki"].role == "Press secretary"
    assert m.speakers["biden"].name == "Joe Biden" and m.speakers["biden"].role is None
    c = m.claims["conclusion"]
    assert (c.text, c.speaker, c.quote, c.implicit, c.tags, c.note, c.assumed) == (
        "yes",
        "psaki",
        "It would require",
        True,
        ("military", "2022"),
        "A note.",
        False,
    )
    assert m.claims["other"].text == "A plain string is the text."
    esc = m.arguments["escalation"]
    assert (esc.premises, esc.relation, esc.target, esc.speaker, esc.label, esc.scheme) == (
        ("reason", "other"),
        "supports",
        "conclusion",
        "biden",
        "Escalation risk",
        "negative-consequences",
    )
    single = m.arguments["single"]
    assert (single.premises, single.relation, single.target) == (("other",), "attacks", "escalation")


def test_shorthand_relations_become_arguments_after_their_claim():
    m = load(FULL).map
    sid = shorthand_id("reason", "supports", "conclusion")
    arg = m.arguments[sid]
    assert (arg.premises, arg.relation, arg.target, arg.shorthand) == (("reason",), "supports", "conclusion", "reason")
    assert m.arguments[shorthand_id("reason", "attacks", "escalation")].relation == "attacks"
    assert m.order == (
        "conclusion",
        "reason",
        sid,
        "reason.attacks.other",
        "reason.attacks.escalation",
        "other",
        "escalation",
        "single",
    )
    assert "." in sid  # author ids cannot contain dots, so no collision is possible


def test_locations_are_one_based_and_exact():
    m = load(FULL).map
    assert m.claims["conclusion"].location.line == 17 and m.claims["conclusion"].location.column == 3
    assert m.claims["conclusion"].loc("speaker").line == 19
    assert m.claims["conclusion"].loc("speaker").column == 14
    esc = m.arguments["escalation"]
    assert (esc.loc("premises.1").line, esc.loc("premises.1").column) == (32, 24)
    assert (esc.loc("target").line, esc.loc("target").column) == (33, 15)
    short = m.arguments[shorthand_id("reason", "attacks", "escalation")]
    assert (short.location.line, short.location.column) == (28, 22)


def test_text_fields_keep_raw_scalars():
    m = load("""
        title: 1984
        claims:
          a: {text: no}
          b: {text: 2022-03-02}
          c: {text: 1.50}
          d: {text: on}
    """).map
    assert [c.text for c in m.claims.values()] == ["no", "2022-03-02", "1.50", "on"]


def test_version_default_and_unsupported():
    assert load("title: t\nclaims: {a: x}\n").map.version == 1
    assert where(load("argmap: 2\ntitle: t\nclaims: {a: x}\n")) == [("schema", 1, 9)]
    assert "unsupported format version" in load("argmap: 1.0\ntitle: t\nclaims: {a: x}\n").problems[0].message


@pytest.mark.parametrize(
    "text, expected",
    [
        ("title: t\nclaims:\n  a: x\n  a: y\n", [("duplicate-key", 4, 3)]),
        ("title: t\ntitle: u\nclaims: {a: x}\n", [("duplicate-key", 2, 1)]),
        ("title: t\nclaims:\n  a:\n    text: x\n    text: y\n", [("duplicate-key", 5, 5)]),
        (
            "title: t\nclaims:\n  a: x\narguments:\n  a:\n    premises: [a]\n    supports: a\n",
            [("duplicate-key", 5, 3)],
        ),
        (
            "title: t\narguments:\n  a:\n    premises: [a]\n    supports: a\nclaims:\n  a: x\n",
            [("duplicate-key", 7, 3)],
        ),
    ],
)
def test_duplicate_keys_are_reported_at_the_repeated_key(text, expected):
    assert where(load(text)) == expected


@pytest.mark.parametrize(
    "text, expected, words",
    [
        ("title: t\nclaims: {a: x}\ntitel: u\n", [("schema", 3, 1)], "did you mean `title`?"),
        ("title: t\nclaims:\n  a:\n    txt: x\n    text: y\n", [("schema", 4, 5)], "did you mean `text`?"),
        ("title: t\nclaims:\n  a:\n    text: y\n    colour: red\n", [("schema", 5, 5)], "allowed:"),
        ("claims: {a: x}\n", [("schema", 1, 1)], "needs `title` (missing)"),
        ("title:\nclaims: {a: x}\n", [("schema", 1, 1)], "needs `title` (empty)"),
        ("title: t\n", [("schema", 1, 1)], "needs `claims`"),
        ("title: t\nclaims: {}\n", [("schema", 2, 9)], "at least one claim"),
        ("title: t\nclaims:\n  a:\n    speaker: p\n", [("schema", 3, 3)], "needs `text` (missing)"),
        ("title: t\nclaims:\n  a:\n    text: ~\n", [("schema", 4, 5)], "needs `text` (empty)"),
        ("title: t\nclaims:\n  a:\n", [("schema", 3, 3)], "needs `text` (empty)"),
        ("title: [x]\nclaims: {a: x}\n", [("schema", 1, 8)], "must be text, not a list"),
        ("title: t\nclaims: [a, b]\n", [("schema", 2, 9)], "must be a mapping"),
        ("title: t\nclaims:\n  a:\n    text: x\n    implicit: maybe\n", [("schema", 5, 15)], "true or false"),
        ("title: t\nclaims:\n  a b: x\n", [("schema", 3, 3)], "bad claim id `a b`"),
        ("title: t\nclaims:\n  -a: x\n", [("schema", 3, 3)], "bad claim id"),
        ("title: t\nspeakers:\n  p:\n    role: r\nclaims: {a: x}\n", [("schema", 3, 3)], "needs `name`"),
        ("title: t\nspeakers:\n  p:\nclaims: {a: x}\n", [("schema", 3, 3)], "needs `name` (empty)"),
        ("title: t\nsource:\n  date: 2 March\nclaims: {a: x}\n", [("schema", 3, 9)], "ISO date"),
        ("title: t\nsource:\n  date: 2022-02-30\nclaims: {a: x}\n", [("schema", 3, 9)], "ISO date"),
        ("title: t\nclaims: {a: x}\narguments:\n  r:\n    supports: a\n", [("schema", 4, 3)], "needs `premises`"),
        (
            "title: t\nclaims: {a: x}\narguments:\n  r:\n    premises: []\n    supports: a\n",
            [("schema", 5, 5)],
            "needs `premises` (empty)",
        ),
        (
            "title: t\nclaims: {a: x}\narguments:\n  r:\n    premises: [a]\n",
            [("schema", 4, 3)],
            "needs `supports` or `attacks`",
        ),
        (
            "title: t\nclaims: {a: x, b: y}\narguments:\n  r:\n    premises: [a]\n    supports: b\n    attacks: b\n",
            [("schema", 7, 5)],
            "has both",
        ),
        (
            "title: t\nclaims: {a: x, b: y}\narguments:\n  r:\n    premises: [a]\n    supports: [a, b]\n",
            [("schema", 6, 15)],
            "exactly one id",
        ),
        ("title: t\nclaims: {a: x}\narguments:\n  r: a\n", [("schema", 4, 6)], "must be a mapping"),
        ("title: t\nclaims:\n  a:\n    text: x\n    supports: [{b: c}]\n", [("schema", 5, 16)], "an id or a list"),
        ("title: t\nclaims:\n  a:\n    text: x\n    tags: [[x]]\n", [("schema", 5, 12)], "an id or a list"),
    ],
)
def test_schema_problems(text, expected, words):
    result = load(text)
    assert where(result) == expected
    assert words in result.problems[0].message
    assert result.map is not None  # lenient: the rest of the map is still built


@pytest.mark.parametrize(
    "text, expected, words",
    [
        ("", [("schema", 1, 1)], "empty document"),
        ("# only a comment\n", [("schema", 1, 1)], "empty document"),
        ("- a\n- b\n", [("schema", 1, 1)], "top level must be a mapping"),
        ("just text\n", [("schema", 1, 1)], "top level must be a mapping"),
        ("title: t\nclaims:\n  a: [x\n", [("yaml-syntax", 3, 6)], "is never closed"),  # the `[`
        ("title: t\n  claims: x\n", [("yaml-syntax", 2, 3)], "beginning of the line"),  # the indented key
        ("a: 1\n---\nb: 2\n", [("yaml-syntax", 2, 1)], "single document"),
        ("title: t\nclaims:\n  a: \x07\n", [("yaml-syntax", 3, 6)], "YAML syntax"),
    ],
)
def test_documents_that_are_not_maps(text, expected, words):
    result = load(text)
    assert where(result) == expected
    assert words in result.problems[0].message
    assert result.map is None


def test_python_object_tag_is_refused_and_nothing_is_constructed(tmp_path):
    marker = tmp_path / "pwned"
    text = f"title: t\nclaims:\n  a: !!python/object/apply:os.system ['touch {marker}']\n"
    result = load(text)
    assert where(result) == [("schema", 3, 6)]
    assert "!!python/object/apply:os.system" in result.problems[0].message
    assert not marker.exists()
    assert result.map.claims["a"].text is None  # one mistake, one problem


def test_custom_tag_on_the_root_is_refused():
    result = load("!map\ntitle: t\nclaims: {a: x}\n")
    assert where(result) == [("schema", 1, 1)] and result.map is None


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"title: t\nclaims:\n  a: caf\xe9\n", ("schema", 3, 9)),
        (b"\x80abc", ("schema", 1, 1)),
        (bytes(range(256)), ("schema", 2, 118)),  # offset 128; a newline at 10
    ],
)
def test_undecodable_bytes_give_the_byte_offset(data, expected):
    result = load_bytes(data, "m.yaml")
    assert where(result)[0] == expected
    assert "byte offset" in result.problems[0].message and result.map is None


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_encodings_are_read(encoding):
    text = "title: Café\r\nclaims:\r\n  a: Ünïcode ✓\r\n"
    result = load_bytes(text.encode(encoding), "m.yaml")
    assert result.problems == [] and result.map.claims["a"].text == "Ünïcode ✓"


def test_columns_count_characters_not_bytes():
    result = load("title: t\nclaims:\n  a: {text: ÄÖÜ, bogus: 1}\n")
    assert where(result) == [("schema", 3, 18)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("title: t\nclaims:\n  a: [ÄÖÜ 😀\n", ("yaml-syntax", 3, 6)),  # the unclosed `[`
        ("title: t\nclaims:\n  a: ÄÖÜ 😀 [x: y\n", ("yaml-syntax", 3, 14)),  # `: ` in a text, after 😀
        ("title: t\nclaims:\n  a: ÄÖÜ 😀: x\n", ("yaml-syntax", 3, 11)),  # the second colon
        ("title: Ünï 😀\nclaims:\n  ä: é😀\x07\n", ("yaml-syntax", 3, 8)),  # the BEL, after an astral character
        ("title: t\nclaims:\n  a: ÄÖ\ud800\n", ("yaml-syntax", 3, 8)),
    ],
)
def test_syntax_errors_count_characters_not_bytes(text, expected):
    result = load(text)
    assert where(result) == [expected]
    assert result.problems[0].message.startswith("YAML syntax:")


def test_a_refused_character_has_the_same_message_from_either_loader():
    result = load("title: t\nclaims:\n  a: é\x07\n")
    assert result.problems[0].message == (
        "YAML syntax: the character #x0007 is not allowed in YAML (a control character or a lone surrogate)"
    )


def test_the_garbage_collector_is_paused_only_while_loading():
    import gc

    assert gc.isenabled()
    assert load("title: t\nclaims: {a: x}\n").problems == []
    assert gc.isenabled()
    assert where(load("title: t\nclaims: [\n"))[0][0] == "yaml-syntax"
    assert gc.isenabled()


def test_example_maps_load_clean():
    for path in sorted((ROOT / "arguments").glob("*.yaml")):
        result = load_path(path)
        assert result.problems == [], path
        assert result.map.claims


def test_a_field_of_another_kind_of_object_says_where_it_belongs():
    result = load("""
        title: T
        claims:
          a: A
          b:
            text: B
            premises: [a]
        arguments:
          r: {premises: [a], supports: b, text: why}
    """)
    messages = [(p.location.line, p.message) for p in result.problems]
    assert (
        6,
        "unknown field `premises` in claim `b`: `premises` is a field of an argument (under `arguments:`)",
    ) in messages
    assert (8, "unknown field `text` in argument `r`: `text` is a field of a claim (under `claims:`)") in messages
