"""The pygls server: wires LSP requests to the features, keeps one Analysis per open document
and publishes diagnostics on open and save at once, on change after a short quiet spell."""

from __future__ import annotations

import asyncio

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from argmap.checking.checker import Settings
from argmap.lsp import completion as completing
from argmap.lsp import diagnostics as diagnosing
from argmap.lsp import navigation
from argmap.lsp.analysis import Analysis, analyse, settings_for
from argmap.lsp.textdoc import TextDoc
from argmap.version import __version__


class ArgmapServer(LanguageServer):
    def __init__(self, debounce: float = 0.15, settings: Settings | None = None):
        """``settings`` None: each map gets those of the pyproject.toml nearest to it."""
        super().__init__("argmap", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.debounce = debounce
        self.settings = settings
        self.analyses: dict[str, Analysis] = {}
        self._pending: dict[str, asyncio.TimerHandle] = {}

    def analysis(self, uri: str) -> Analysis:
        """The analysis of the document's current text (made now if the text changed)."""
        text = self.workspace.get_text_document(uri).source
        current = self.analyses.get(uri)
        if current is None or current.text != text:
            settings, config_problem = (
                (self.settings, None) if self.settings is not None else settings_for(path_of(uri))
            )
            current = analyse(text, path_of(uri), settings, previous=current)
            current.problems[:0] = [config_problem] if config_problem else []
            self.analyses[uri] = current
        return current

    def textdoc(self, uri: str) -> TextDoc:
        document = self.workspace.get_text_document(uri)
        return TextDoc.encoded(uri, document.source, document.position_codec.client_num_units)

    def publish(self, uri: str) -> None:
        self._cancel(uri)
        document = self.workspace.get_text_document(uri)
        found = diagnosing.diagnostics(self.analysis(uri), self.textdoc(uri), path_of(uri))
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=document.version)
        )

    def publish_later(self, uri: str) -> None:
        """Debounce: each change restarts the wait, so typing is not checked keystroke by keystroke."""
        self._cancel(uri)
        self._pending[uri] = asyncio.get_running_loop().call_later(self.debounce, self.publish, uri)

    def forget(self, uri: str) -> None:
        self._cancel(uri)
        self.analyses.pop(uri, None)
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def _cancel(self, uri: str) -> None:
        handle = self._pending.pop(uri, None)
        if handle is not None:
            handle.cancel()


def path_of(uri: str) -> str:
    return to_fs_path(uri) or uri


def create_server(debounce: float = 0.15, settings: Settings | None = None) -> ArgmapServer:
    server = ArgmapServer(debounce, settings)
    _register_sync(server)
    _register_features(server)
    return server


def _register_sync(server: ArgmapServer) -> None:
    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ArgmapServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ArgmapServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.publish_later(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: ArgmapServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.publish(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ArgmapServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)


def _at(ls: ArgmapServer, params) -> tuple[Analysis, TextDoc, tuple[int, int]]:
    uri = params.text_document.uri
    doc = ls.textdoc(uri)
    return ls.analysis(uri), doc, doc.from_client(params.position)


def _register_features(server: ArgmapServer) -> None:
    @server.feature(
        lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=completing.TRIGGER_CHARACTERS)
    )
    def completion(ls: ArgmapServer, params: lsp.CompletionParams):
        return completing.completion(*_at(ls, params))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: ArgmapServer, params: lsp.HoverParams):
        return navigation.hover(*_at(ls, params))

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: ArgmapServer, params: lsp.DefinitionParams):
        return navigation.definition(*_at(ls, params))

    @server.feature(lsp.TEXT_DOCUMENT_REFERENCES)
    def references(ls: ArgmapServer, params: lsp.ReferenceParams):
        return navigation.references(*_at(ls, params), params.context.include_declaration)

    @server.feature(lsp.TEXT_DOCUMENT_PREPARE_RENAME)
    def prepare_rename(ls: ArgmapServer, params: lsp.PrepareRenameParams):
        return navigation.prepare_rename(*_at(ls, params))

    @server.feature(lsp.TEXT_DOCUMENT_RENAME, lsp.RenameOptions(prepare_provider=True))
    def rename(ls: ArgmapServer, params: lsp.RenameParams):
        try:
            return navigation.rename(*_at(ls, params), params.new_name)
        except navigation.RenameError as exc:
            raise JsonRpcInvalidParams(str(exc)) from None

    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def symbols(ls: ArgmapServer, params: lsp.DocumentSymbolParams):
        uri = params.text_document.uri
        return navigation.symbols(ls.analysis(uri), ls.textdoc(uri))

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix])
    )
    def code_actions(ls: ArgmapServer, params: lsp.CodeActionParams):
        uri = params.text_document.uri
        return diagnosing.code_actions(ls.analysis(uri), ls.textdoc(uri), params)
