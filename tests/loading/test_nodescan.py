"""The scan a level at a time (a document without anchors) finds what the scan node by node finds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from argmap.loading.nodescan import _tree_scan, scan
from argmap.loading.yamlloader import Loader

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [
    "title: T\nclaims:\n  a: {text: A, tags: [x, [y, {z: 1}]]}\n  b:\n    - 1\n    - [2, [3]]\n",
    "- [a, !custom b]\n- !!python/object:os.system {}\n- {? [k]: v}\n",
    "a: !!str 1\nb: !!binary aGk=\nc: !local x\n",
    "[[[[[[[[[[deep]]]]]]]]]]\n",
    "a: {b: {c: {d: [e, {f: g}]}}}\nh: [i, [j, [k]]]\n",
    "just text\n",
]


def _documents() -> list[str]:
    paths = sorted((ROOT / "arguments").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").rglob("*.yaml"))
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in paths]
    return DOCUMENTS + [text for text in texts if "&" not in text and _composes(text)]


def _composes(text: str) -> bool:
    try:
        return yaml.compose(text, Loader=Loader) is not None
    except (yaml.YAMLError, RecursionError, UnicodeEncodeError):
        return False


@pytest.mark.parametrize("max_depth", [1, 2, 3, 5, 100])
def test_the_same_findings_either_way(max_depth):
    for text in _documents():
        root = yaml.compose(text, Loader=Loader)
        quick, slow = scan(root, max_depth, text), scan(root, max_depth)
        assert [id(n) for n in quick.tagged] == [id(n) for n in slow.tagged], text
        assert quick.too_deep is slow.too_deep, text
        assert quick.shared == slow.shared == {}


def test_a_tagged_document_is_scanned_node_by_node_for_document_order():
    root = yaml.compose(DOCUMENTS[2], Loader=Loader)
    assert _tree_scan(root, 100) is None
    assert [node.value for node in scan(root, 100, DOCUMENTS[2]).tagged] == ["aGk=", "x"]


def test_anchors_are_scanned_node_by_node():
    text = "a: &x [1, 2]\nb: *x\n"
    root = yaml.compose(text, Loader=Loader)
    found = scan(root, 100, text)
    assert [entry[1] for entry in found.shared.values()] == [2]
