"""The language server reads a valid document once: its id index comes from the document the
loader composed, and is the same index a separate composing gave."""

from __future__ import annotations

import pytest

from argmap.lsp import analysis
from argmap.lsp.analysis import analyse, compose_lenient
from argmap.lsp.yamlindex import build_index
from support.paths import ROOT

MAPS = sorted((ROOT / "arguments").glob("*.yaml")) + sorted((ROOT / "examples").glob("*.yaml"))[:5]


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_a_valid_document_is_composed_once_with_the_same_index(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    expected = build_index(compose_lenient(text)[0])

    def composed_again(_text):
        raise AssertionError("a valid document was composed a second time")

    monkeypatch.setattr(analysis, "compose_lenient", composed_again)
    result = analyse(text, str(path))
    assert result.exact and result.map is not None
    assert result.index == expected


def test_a_half_typed_document_still_gets_an_index_from_a_repaired_copy():
    text = "title: t\nclaims:\n  a: A claim.\n  b: [unclosed\n  c:\n    text: C\n    supports: a\n"
    result = analyse(text, "doc.yaml")
    assert not result.exact and any(p.rule == "yaml-syntax" for p in result.problems)
    assert result.index is not None and result.index.ids("node") == ["a", "c"]
