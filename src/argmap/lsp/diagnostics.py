"""Problems as LSP diagnostics with exact ranges, and the "did you mean" quick fixes.

A problem carries only a start (line, column). Its range is the YAML node that starts there
(a key, an id, a value), cut at the end of its first line; where no node starts there (a
syntax error), the run of non-blank characters at that place.
"""

from __future__ import annotations

import difflib
import re

from lsprotocol import types as lsp

from argmap.lsp.analysis import Analysis
from argmap.lsp.textdoc import TextDoc
from argmap.lsp.yamlindex import Pos, Span, YamlIndex
from argmap.problems import Problem, Severity

SOURCE = "argmap"
SEVERITIES = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
_DID_YOU_MEAN = re.compile(r"did you mean `([^`]+)`")


def diagnostics(analysis: Analysis, doc: TextDoc, path: str) -> list[lsp.Diagnostic]:
    index = analysis.index if analysis.exact else None
    return [_diagnostic(p, doc, index, path) for p in analysis.problems]


def _diagnostic(problem: Problem, doc: TextDoc, index: YamlIndex | None, path: str) -> lsp.Diagnostic:
    loc = problem.location
    message = problem.message
    if loc.path != path:  # a problem in another file (say, a source text) goes on the first line
        message = f"{loc}: {message}"
        span = Span((0, 0), (0, len(doc.lines[0]) if doc.lines else 0))
    else:
        span = problem_span(doc.lines, (loc.line - 1, loc.column - 1), index)
    return lsp.Diagnostic(
        range=doc.range(span),
        message=message,
        severity=SEVERITIES[problem.severity],
        code=problem.rule,
        source=SOURCE,
    )


def problem_span(lines: list[str], start: Pos, index: YamlIndex | None) -> Span:
    line = min(max(start[0], 0), max(len(lines) - 1, 0))
    text = lines[line] if lines else ""
    column = min(max(start[1], 0), len(text)) if line == start[0] else len(text)
    begin = (line, column)
    end = index.node_ends.get(begin) if index is not None else None
    if end is not None and end[0] == line and end[1] > column:
        return Span(begin, end)
    if end is not None and end[0] > line:  # a node over several lines: its first line
        return Span(begin, (line, len(text.rstrip())))
    word_match = re.match(r"\S*", text[column:])
    assert word_match is not None  # \S* matches the empty string
    word = word_match.group()
    if word:
        return Span(begin, (line, column + len(word)))
    return Span(begin, (line, min(column + 1, len(text))))


def code_actions(analysis: Analysis, doc: TextDoc, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    """One quick fix a suggestion: each "did you mean `x`" of a diagnostic, then other close
    ids when the diagnostic sits on an unknown reference."""
    actions = []
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != SOURCE:
            continue
        for n, suggestion in enumerate(_suggestions(analysis, doc, diagnostic)):
            edit = lsp.TextEdit(range=diagnostic.range, new_text=suggestion)
            actions.append(
                lsp.CodeAction(
                    title=f"Change to `{suggestion}`",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=n == 0,
                    edit=lsp.WorkspaceEdit(changes={doc.uri: [edit]}),
                )
            )
    return actions


def _suggestions(analysis: Analysis, doc: TextDoc, diagnostic: lsp.Diagnostic) -> list[str]:
    found = _DID_YOU_MEAN.findall(diagnostic.message)
    index = analysis.index
    if diagnostic.code == "unknown-reference" and index is not None:
        occurrence = index.at(doc.from_client(diagnostic.range.start))
        if occurrence is not None and not occurrence.definition:
            role = "claim" if occurrence.role == "premise" else None
            known = index.ids(occurrence.space, role)
            found += difflib.get_close_matches(occurrence.id, known, n=3, cutoff=0.5)
    return list(dict.fromkeys(found))
