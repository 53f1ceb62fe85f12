"""Hover, go-to-definition, find-references, rename and the outline (document symbols)."""

from __future__ import annotations

from lsprotocol import types as lsp

from argmap.loading.nodekinds import ID_PATTERN
from argmap.lsp.analysis import Analysis
from argmap.lsp.textdoc import TextDoc, describe, summary
from argmap.lsp.yamlindex import Occurrence, Pos, YamlIndex

SYMBOL_KINDS = {"claim": lsp.SymbolKind.String, "argument": lsp.SymbolKind.Function, "speaker": lsp.SymbolKind.Object}
SECTION_TITLES = (("speaker", "speakers"), ("claim", "claims"), ("argument", "arguments"))


class RenameError(ValueError):
    """Why a rename cannot be done; the server answers the request with this message."""


def _occurrence(analysis: Analysis, pos: Pos) -> Occurrence | None:
    return analysis.index.at(pos) if analysis.index is not None else None


def hover(analysis: Analysis, doc: TextDoc, pos: Pos) -> lsp.Hover | None:
    occurrence = _occurrence(analysis, pos)
    if occurrence is None:
        return None
    text = describe(occurrence, analysis.map)
    if text is None:
        what = "speaker" if occurrence.space == "speaker" else "claim or argument"
        text = f"`{occurrence.id}`: no {what} has this id"
    return lsp.Hover(
        contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text), range=doc.range(occurrence.span)
    )


def definition(analysis: Analysis, doc: TextDoc, pos: Pos) -> lsp.Location | None:
    occurrence = _occurrence(analysis, pos)
    if occurrence is None:
        return None
    assert analysis.index is not None  # an occurrence comes from the index
    target = analysis.index.definitions.get((occurrence.space, occurrence.id))
    return doc.location(target.span) if target is not None else None


def references(analysis: Analysis, doc: TextDoc, pos: Pos, include_declaration: bool) -> list[lsp.Location]:
    occurrence = _occurrence(analysis, pos)
    if occurrence is None:
        return []
    assert analysis.index is not None  # an occurrence comes from the index
    return [
        doc.location(o.span)
        for o in analysis.index.of(occurrence.space, occurrence.id)
        if include_declaration or not o.definition
    ]


def prepare_rename(analysis: Analysis, doc: TextDoc, pos: Pos) -> lsp.Range | None:
    occurrence = _occurrence(analysis, pos)
    return doc.range(occurrence.span) if occurrence is not None else None


def rename(analysis: Analysis, doc: TextDoc, pos: Pos, new_id: str) -> lsp.WorkspaceEdit | None:
    """Every occurrence of the id, definition and references, in this file."""
    occurrence = _occurrence(analysis, pos)
    if occurrence is None:
        return None
    if not analysis.exact:
        raise RenameError("the file has a YAML syntax error: fix it first, so that no reference is missed")
    if not ID_PATTERN.match(new_id):
        raise RenameError(
            f"`{new_id}` is not a valid id: use letters, digits, `-` and `_`, starting with a letter or digit"
        )
    index = analysis.index
    assert index is not None  # an occurrence comes from the index
    if new_id != occurrence.id and (occurrence.space, new_id) in index.definitions:
        raise RenameError(
            f"`{new_id}` is already defined at line {index.definitions[occurrence.space, new_id].span.start[0] + 1}"
        )
    edits = [lsp.TextEdit(range=doc.range(o.span), new_text=new_id) for o in index.of(occurrence.space, occurrence.id)]
    return lsp.WorkspaceEdit(changes={doc.uri: edits})


def symbols(analysis: Analysis, doc: TextDoc) -> list[lsp.DocumentSymbol]:
    """Speakers, claims and arguments, each group under a section symbol, in file order."""
    index, amap = analysis.index, analysis.map
    if index is None:
        return []
    groups = []
    for role, title in SECTION_TITLES:
        children = [_symbol(o, index, doc, amap) for o in index.definitions.values() if o.role == role]
        if children:
            whole = lsp.Range(children[0].range.start, children[-1].range.end)
            groups.append(
                lsp.DocumentSymbol(
                    name=title,
                    kind=lsp.SymbolKind.Namespace,
                    range=whole,
                    selection_range=children[0].selection_range,
                    children=children,
                )
            )
    return groups


def _symbol(occurrence: Occurrence, index: YamlIndex, doc: TextDoc, amap) -> lsp.DocumentSymbol:
    entry = index.entries[occurrence.space, occurrence.id]
    if occurrence.space == "speaker":
        speaker = amap.speakers.get(occurrence.id) if amap is not None else None
        detail = speaker.name if speaker is not None else ""
    else:
        detail = summary(occurrence.id, amap)
    return lsp.DocumentSymbol(
        name=occurrence.id,
        detail=detail,
        kind=SYMBOL_KINDS[occurrence.role],
        range=doc.range(entry),
        selection_range=doc.range(occurrence.span),
    )
