"""The language server's parts that need no client: the id index, completion contexts in
half-typed text, repairing a document that does not parse, diagnostic ranges, rename, quick fixes."""

from __future__ import annotations

import textwrap

import pytest

pytest.importorskip("lsprotocol", reason="the lsp extra is not installed")
from lsprotocol import types as lsp

from argmap.lsp import completion, diagnostics, navigation
from argmap.lsp.analysis import analyse, compose_lenient
from argmap.lsp.refcontext import reference_context
from argmap.lsp.textdoc import TextDoc
from support.paths import ROOT

MAP = textwrap.dedent("""\
    title: Umbrellas
    speakers:
      ana: Ana Silva
    claims:
      rain:
        text: It will rain.
        speaker: ana
      "umbrella": Take an umbrella.
      clouds:
        text: The sky is grey.
        supports: [rain, umbrella]
    arguments:
      weather:
        premises:
          - rain
          - clouds
        supports: umbrella
    steps:
      - rain
      - [clouds, weather]
    """)


def _context(text: str):
    """The completion context at the ``|`` in ``text``."""
    before, after = text.split("|")
    lines = (before + after).split("\n")
    line = before.count("\n")
    return reference_context(lines, line, len(before.split("\n")[-1]))


@pytest.mark.parametrize(
    "text, key, listed, owner",
    [
        ("claims:\n  a:\n    supports: |", "supports", (), "a"),
        ("claims:\n  a:\n    supports: um|", "supports", (), "a"),
        ("arguments:\n  w:\n    premises: [|", "premises", (), "w"),
        ("arguments:\n  w:\n    premises: [rain, cl|", "premises", ("rain",), "w"),
        ("arguments:\n  w: {premises: [rain], supports: |", "supports", (), "w"),
        ("arguments:\n  w:\n    premises:\n      - rain\n      - |", "premises", ("rain",), "w"),
        ("arguments:\n  w:\n    premises:\n    - rain\n    - |", "premises", ("rain",), "w"),
        ("claims:\n  a:\n    speaker: |", "speaker", (), "a"),
        ("steps:\n  - rain\n  - [clouds, |", "steps", ("clouds",), None),
        ("steps: [rain, [clouds, |", "steps", ("rain", "clouds"), None),
    ],
)
def test_reference_contexts(text, key, listed, owner):
    context = _context(text)
    assert (context.key, context.listed, context.owner) == (key, listed, owner)


@pytest.mark.parametrize(
    "text",
    [
        "arguments:\n  w:\n    premises: [rain, clouds]|",
        "claims:\n  a:\n    text: the supports: |",
        "claims:\n  a:\n    text: one, supports: |",
        "speakers: |",
        "claims:\n  a:\n    tags:\n      - |",
        "claims:\n  a:\n    supports: rain |",
    ],
)
def test_no_reference_context(text):
    assert _context(text) is None


def test_the_word_under_the_cursor_is_replaced_whole():
    context = _context("claims:\n  a:\n    supports: umb|rella")
    assert (context.start, context.end) == (14, 22)


def test_index_definitions_references_and_quoted_ids():
    index = analyse(MAP, "m.yaml").index
    assert index.ids("node") == ["rain", "umbrella", "clouds", "weather"]
    assert index.ids("node", "claim") == ["rain", "umbrella", "clouds"]
    assert index.ids("speaker") == ["ana"]
    umbrella = index.definitions["node", "umbrella"]
    assert umbrella.span.start == (7, 3) and umbrella.span.end == (7, 11)  # inside the quotes
    roles = sorted(o.role for o in index.of("node", "rain"))
    assert roles == ["claim", "premise", "step", "supports"]
    assert [o.owner for o in index.of("node", "clouds") if not o.definition] == ["weather", None]


def test_hover_on_a_speaker_reference():
    analysis = analyse(MAP, "m.yaml")
    hover = navigation.hover(analysis, TextDoc.plain("u", MAP), (6, 15))
    assert "Ana Silva" in hover.contents.value and "1 claim" in hover.contents.value


def test_rename_keeps_quotes_and_reaches_steps():
    analysis = analyse(MAP, "m.yaml")
    edit = navigation.rename(analysis, TextDoc.plain("u", MAP), (19, 6), "sky")
    spans = sorted((e.range.start.line, e.range.start.character, e.range.end.character) for e in edit.changes["u"])
    assert spans == [(8, 2, 8), (15, 8, 14), (19, 5, 11)]
    quoted = navigation.rename(analysis, TextDoc.plain("u", MAP), (16, 16), "brolly")
    assert (7, 3, 11) in {
        (e.range.start.line, e.range.start.character, e.range.end.character) for e in quoted.changes["u"]
    }


@pytest.mark.parametrize("new_name, message", [("bad id", "not a valid id"), ("rain", "already defined at line 5")])
def test_rename_refusals(new_name, message):
    analysis = analyse(MAP, "m.yaml")
    with pytest.raises(navigation.RenameError, match=message):
        navigation.rename(analysis, TextDoc.plain("u", MAP), (19, 6), new_name)


def test_a_half_typed_list_is_repaired_so_later_claims_stay_known():
    text = MAP.replace("supports: [rain, umbrella]", "supports: [rain, ").replace("  clouds:\n", "  clouds:\n", 1)
    text = text.replace("arguments:", "  fog: It is foggy.\narguments:")
    root, repaired = compose_lenient(text)
    assert root is not None and repaired is not None
    analysis = analyse(text, "m.yaml")
    assert [p.rule for p in analysis.problems] == ["yaml-syntax"]
    assert not analysis.exact and "fog" in analysis.index.ids("node")
    line = text.split("\n").index("    supports: [rain, ")
    result = completion.completion(analysis, TextDoc.plain("u", text), (line, 21))
    labels = [item.label for item in result.items]
    assert labels == ["umbrella", "fog", "weather"]  # not rain (listed), not clouds (itself)
    assert result.items[0].detail == "Take an umbrella."


def test_a_key_typed_without_its_colon_is_repaired():
    text = MAP.replace("  clouds:\n", "  new-cla\n  clouds:\n")
    analysis = analyse(text, "m.yaml")
    assert analysis.index is not None and "weather" in analysis.index.ids("node")


def test_a_document_beyond_repair_completes_from_the_last_good_one():
    good = analyse(MAP, "m.yaml")
    broken = MAP.replace("It will rain.", "It will \x07rain.") + "    premises: ["
    analysis = analyse(broken, "m.yaml", previous=good)
    assert analysis.index is None and [p.rule for p in analysis.problems] == ["yaml-syntax"]
    lines = broken.split("\n")
    result = completion.completion(analysis, TextDoc.plain("u", broken), (len(lines) - 1, len(lines[-1])))
    assert [item.label for item in result.items] == ["rain", "umbrella", "clouds"]


def test_diagnostic_ranges():
    text = MAP.replace("speaker: ana", "speaker: anna").replace("title: Umbrellas", "titel: Umbrellas")
    found = diagnostics.diagnostics(analyse(text, "m.yaml"), TextDoc.plain("u", text), "m.yaml")
    ranges = {
        d.code: (d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character) for d in found
    }
    assert ranges["unknown-reference"] == (6, 13, 6, 17)
    syntax = "title: t\nclaims:\n  a: [x\n"
    [error] = diagnostics.diagnostics(analyse(syntax, "m.yaml"), TextDoc.plain("u", syntax), "m.yaml")
    assert error.code == "yaml-syntax" and error.range.start.line <= 3


def test_a_map_level_problem_is_cut_at_its_first_line():
    text = "claims:\n  a: x\n"  # `title` missing: reported at the top-level mapping
    [missing] = diagnostics.diagnostics(analyse(text, "m.yaml"), TextDoc.plain("u", text), "m.yaml")
    assert missing.message.startswith("the map needs `title`")
    assert (missing.range.start.line, missing.range.end.line) == (0, 0)


def test_quick_fix_for_an_unknown_field():
    text = MAP.replace("    text: It will rain.", "    txet: It will rain.")
    doc = TextDoc.plain("u", text)
    analysis = analyse(text, "m.yaml")
    [diagnostic] = [d for d in diagnostics.diagnostics(analysis, doc, "m.yaml") if "did you mean" in d.message]
    params = lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier("u"),
        range=diagnostic.range,
        context=lsp.CodeActionContext(diagnostics=[diagnostic]),
    )
    [action] = diagnostics.code_actions(analysis, doc, params)
    [edit] = action.edit.changes["u"]
    assert edit.new_text == "text" and (edit.range.start.character, edit.range.end.character) == (4, 8)


def test_utf16_positions_after_wide_characters():
    text = MAP.replace("text: It will rain.", "text: 🌧 rain.\n    note: 🌧🌧 see clouds")
    doc = TextDoc.encoded("u", text, lambda s: sum(2 if ord(c) > 0xFFFF else 1 for c in s))
    line = text.split("\n").index("    note: 🌧🌧 see clouds")
    assert doc.to_client((line, 14)) == lsp.Position(line, 16)
    assert doc.from_client(lsp.Position(line, 16)) == (line, 14)


_RUN_WITHOUT = """
import sys
sys.modules[sys.argv[1]] = None  # as if not installed
sys.argv = ["argmap", *sys.argv[2:]]
from argmap.cli.entry import main
main()
"""


def test_lsp_without_pygls_is_a_usage_error():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _RUN_WITHOUT, "pygls", "lsp"], capture_output=True, text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert "pip install 'argmap[lsp]'" in done.stderr and "Traceback" not in done.stderr


def test_validate_imports_neither_the_language_server_nor_the_web_server():
    import json
    import subprocess
    import sys

    code = (
        "import sys, json\nsys.argv = ['argmap', 'validate', sys.argv[1]]\nfrom argmap.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code, "arguments"], capture_output=True, text=True, cwd=ROOT)
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert "argmap.checking.checker" in modules
    optional = ("pygls", "lsprotocol", "starlette", "uvicorn", "watchfiles", "playwright")
    assert not [m for m in modules if m.split(".")[0] in optional or m.startswith(("argmap.lsp", "argmap.serve"))]
