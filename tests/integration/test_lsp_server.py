"""`argmap lsp` end to end: a real LSP client (pytest-lsp, on pygls) talks to the server
process over stdio, as an editor would."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="the lsp test tools are not installed")
from lsprotocol import types as lsp  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

MAP = textwrap.dedent("""\
    title: Umbrellas
    speakers:
      ana: {name: Ana Silva, role: Forecaster}
    claims:
      rain:
        text: It will rain this afternoon.
        speaker: ana
        quote: "rain is likely after two"
      umbrella: Take an umbrella.
      clouds: The sky is grey.
    arguments:
      weather:
        premises: [rain, cluods]
        supports: umbrella
    """)


# One server a module (starting one takes a second); each test opens its own document.
pytestmark = pytest.mark.asyncio(loop_scope="module")


def _server(debounce_ms: int) -> ClientServerConfig:
    return ClientServerConfig(server_command=[sys.executable, "-m", "argmap", "lsp", "--debounce", str(debounce_ms)])


@pytest_lsp.fixture(config=_server(50), scope="module")
async def client(lsp_client: LanguageClient, tmp_path_factory):
    await lsp_client.initialize_session(
        lsp.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"), root_uri=tmp_path_factory.getbasetemp().as_uri()
        )
    )
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=_server(400), scope="module")
async def patient_client(lsp_client: LanguageClient, tmp_path_factory):
    await lsp_client.initialize_session(
        lsp.InitializeParams(
            capabilities=client_capabilities("neovim"), root_uri=tmp_path_factory.getbasetemp().as_uri()
        )
    )
    yield
    await lsp_client.shutdown_session()


async def _open(client: LanguageClient, tmp_path: Path, text: str = MAP) -> str:
    uri = (tmp_path / "umbrellas.yaml").as_uri()
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text))
    )
    await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


def _pos(text: str, needle: str, offset: int = 0) -> lsp.Position:
    """Position of the first ``needle`` in ``text`` (plus ``offset`` characters)."""
    before = text[: text.index(needle) + offset]
    return lsp.Position(before.count("\n"), len(before) - (before.rfind("\n") + 1))


async def test_typo_in_a_reference_gives_a_diagnostic_on_the_exact_id(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    [diagnostic] = client.diagnostics[uri]
    assert diagnostic.code == "unknown-reference" and diagnostic.source == "argmap"
    assert diagnostic.severity == lsp.DiagnosticSeverity.Error
    assert "did you mean `clouds`" in diagnostic.message
    start = _pos(MAP, "cluods")
    assert diagnostic.range == lsp.Range(start, lsp.Position(start.line, start.character + len("cluods")))


async def test_the_quick_fix_replaces_the_typo(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    [diagnostic] = client.diagnostics[uri]
    actions = await client.text_document_code_action_async(
        lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri),
            range=diagnostic.range,
            context=lsp.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    preferred = [a for a in actions if a.is_preferred]
    assert len(preferred) == 1 and preferred[0].title == "Change to `clouds`"
    [edit] = preferred[0].edit.changes[uri]
    assert edit.new_text == "clouds" and edit.range == diagnostic.range


async def test_a_change_is_checked_again(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    fixed = MAP.replace("cluods", "clouds")
    client.text_document_did_change(
        lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[uri]) == []


async def test_completion_in_an_open_premises_list_offers_the_claims(client: LanguageClient, tmp_path):
    half_typed = MAP.replace("premises: [rain, cluods]", "premises: [")
    uri = await _open(client, tmp_path, half_typed)
    [syntax_error] = client.diagnostics[uri]
    assert syntax_error.code == "yaml-syntax"
    result = await client.text_document_completion_async(
        lsp.CompletionParams(
            text_document=lsp.TextDocumentIdentifier(uri), position=_pos(half_typed, "premises: [", 11)
        )
    )
    items = {item.label: item for item in result.items}
    assert set(items) == {"rain", "umbrella", "clouds"}  # claims only: premises are claims
    assert items["rain"].detail == "It will rain this afternoon."


async def test_completion_of_a_speaker(client: LanguageClient, tmp_path):
    text = MAP.replace("    speaker: ana\n", "    speaker: a\n")
    uri = await _open(client, tmp_path, text)
    result = await client.text_document_completion_async(
        lsp.CompletionParams(text_document=lsp.TextDocumentIdentifier(uri), position=_pos(text, "speaker: a", 10))
    )
    [item] = result.items
    assert item.label == "ana" and item.detail == "Ana Silva"
    assert item.text_edit.new_text == "ana"
    start = _pos(text, "speaker: a", 9)
    assert item.text_edit.range == lsp.Range(start, lsp.Position(start.line, start.character + 1))


async def test_hover_shows_text_speaker_and_quote(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    hover = await client.text_document_hover_async(
        lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri), position=_pos(MAP, "[rain", 2))
    )
    value = hover.contents.value
    assert "It will rain this afternoon." in value
    assert "Ana Silva, Forecaster" in value
    assert "> rain is likely after two" in value


async def test_definition_and_references(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    where = await client.text_document_definition_async(
        lsp.DefinitionParams(
            text_document=lsp.TextDocumentIdentifier(uri), position=_pos(MAP, "supports: umbrella", 12)
        )
    )
    assert where.uri == uri and where.range.start == _pos(MAP, "umbrella: Take")
    found = await client.text_document_references_async(
        lsp.ReferenceParams(
            text_document=lsp.TextDocumentIdentifier(uri),
            position=_pos(MAP, "  rain:", 3),
            context=lsp.ReferenceContext(include_declaration=True),
        )
    )
    assert sorted(r.range.start.line for r in found) == [4, 12]


async def test_rename_changes_the_definition_and_every_reference(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    edit = await client.text_document_rename_async(
        lsp.RenameParams(
            text_document=lsp.TextDocumentIdentifier(uri), position=_pos(MAP, "[rain", 1), new_name="showers"
        )
    )
    edits = edit.changes[uri]
    assert {e.new_text for e in edits} == {"showers"}
    assert sorted((e.range.start.line, e.range.start.character) for e in edits) == [(4, 2), (12, 15)]


async def test_rename_to_an_existing_id_is_refused(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    with pytest.raises(Exception, match="already defined"):
        await client.text_document_rename_async(
            lsp.RenameParams(
                text_document=lsp.TextDocumentIdentifier(uri), position=_pos(MAP, "[rain", 1), new_name="umbrella"
            )
        )


async def test_document_symbols_list_speakers_claims_and_arguments(client: LanguageClient, tmp_path):
    uri = await _open(client, tmp_path)
    groups = await client.text_document_document_symbol_async(
        lsp.DocumentSymbolParams(text_document=lsp.TextDocumentIdentifier(uri))
    )
    outline = {g.name: [c.name for c in g.children] for g in groups}
    assert outline == {"speakers": ["ana"], "claims": ["rain", "umbrella", "clouds"], "arguments": ["weather"]}
    claims = next(g for g in groups if g.name == "claims")
    assert claims.children[1].detail == "Take an umbrella."


async def test_changes_in_quick_succession_are_checked_once(patient_client: LanguageClient, tmp_path):
    """Debounced: three edits sent together give one check, of the last version (the first
    diagnostics to arrive after them are version 4's: notifications arrive in order)."""
    client = patient_client
    uri = await _open(client, tmp_path)
    for version, typo in ((2, "clods"), (3, "cloud"), (4, "clouds")):
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=MAP.replace("cluods", typo))],
            )
        )
    params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert params.version == 4 and list(params.diagnostics) == []


async def test_rule_settings_come_from_the_nearest_pyproject(client: LanguageClient, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\nseverity = {unknown-reference = "warning"}\n')
    uri = await _open(client, tmp_path)
    [diagnostic] = client.diagnostics[uri]
    assert diagnostic.code == "unknown-reference" and diagnostic.severity == lsp.DiagnosticSeverity.Warning


async def test_broken_settings_are_reported_and_the_defaults_used(client: LanguageClient, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\ndisable = ["no-such-rule"]\n')
    uri = await _open(client, tmp_path)
    config, reference = client.diagnostics[uri]
    assert config.code == "config" and "unknown rule 'no-such-rule'" in config.message
    assert reference.code == "unknown-reference" and reference.severity == lsp.DiagnosticSeverity.Error
