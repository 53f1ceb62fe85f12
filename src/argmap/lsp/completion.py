"""Completion of ids where a reference is expected, with the claim's text as detail."""

from __future__ import annotations

from lsprotocol import types as lsp

from argmap.lsp.analysis import Analysis
from argmap.lsp.refcontext import RefContext, reference_context
from argmap.lsp.textdoc import TextDoc, describe, summary
from argmap.lsp.yamlindex import Occurrence, Pos, Span, YamlIndex
from argmap.model import ArgumentMap

TRIGGER_CHARACTERS = [" ", "[", ",", "-"]
KINDS = {
    "claim": lsp.CompletionItemKind.Value,
    "argument": lsp.CompletionItemKind.Function,
    "speaker": lsp.CompletionItemKind.Constant,
}


def completion(analysis: Analysis, doc: TextDoc, pos: Pos) -> lsp.CompletionList | None:
    context = reference_context(doc.lines, *pos)
    index, amap = analysis.known()
    if context is None or index is None:
        return None
    span = Span((pos[0], context.start), (pos[0], context.end))
    items = [_item(o, amap, doc, span, context, rank) for rank, o in enumerate(_candidates(index, context))]
    return lsp.CompletionList(is_incomplete=False, items=items)


def _candidates(index: YamlIndex, context: RefContext) -> list[Occurrence]:
    """Speakers for ``speaker``; claims for ``premises``; claims and arguments elsewhere.
    The entry's own id and ids already in the list are left out."""
    if context.key == "speaker":
        wanted = {"speaker"}
    elif context.key == "premises":
        wanted = {"claim"}
    else:
        wanted = {"claim", "argument"}
    skip = set(context.listed) | ({context.owner} if context.key != "speaker" else set())
    return [o for o in index.definitions.values() if o.role in wanted and o.id not in skip]


def _item(
    occurrence: Occurrence, amap: ArgumentMap | None, doc: TextDoc, span: Span, context: RefContext, rank: int
) -> lsp.CompletionItem:
    if occurrence.space == "speaker":
        speaker = amap.speakers.get(occurrence.id) if amap is not None else None
        detail = speaker.name if speaker is not None else ""
    else:
        detail = summary(occurrence.id, amap)
    documentation = describe(occurrence, amap)
    new_text = (" " if context.needs_space else "") + occurrence.id
    return lsp.CompletionItem(
        label=occurrence.id,
        kind=KINDS[occurrence.role],
        detail=detail,
        label_details=lsp.CompletionItemLabelDetails(description=_short(detail)),
        documentation=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=documentation) if documentation else None,
        sort_text=f"{rank:06d}",
        filter_text=occurrence.id,
        text_edit=lsp.TextEdit(range=doc.range(span), new_text=new_text),
    )


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
