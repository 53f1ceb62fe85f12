"""Argdown (argdown.org) to an argmap map; see ``document`` for the reading, ``convert`` for the mapping."""

from __future__ import annotations

from pathlib import PurePath

from argmap.importers.common import Reporter, decode_text, mapping_at
from argmap.loading.yamlsource import gc_paused

SUFFIXES = (".argdown", ".ad")


def sniff(data: bytes) -> bool:
    head = data[:4096].decode("utf-8", "ignore")
    return any(mark in head for mark in ("]:", ">:", "\n  + ", "\n  - ", "\n(1) "))


@gc_paused()  # many small objects, no cycles: collections only slow it down (quadratic-like)
def import_map(data: bytes, path: str) -> tuple[str, list]:
    reporter = Reporter(path)
    try:
        import lark  # noqa: F401
    except ImportError:
        reporter.error("reading Argdown needs the `lark` package: pip install 'argmap[interop]'")
        return "", reporter.problems
    text = decode_text(data, reporter)
    if text is None:
        return "", reporter.problems
    doc, front = read(text, reporter)
    from argmap.importers.argdown.convert import to_yaml

    return to_yaml(doc, front, PurePath(path).stem, reporter), reporter.problems


def read(text: str, reporter: Reporter):
    """The document model and the front matter of Argdown source text."""
    from argmap.importers.argdown.document import build
    from argmap.importers.argdown.source import elements, front_matter, strip_comments

    lines = strip_comments(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    front, front_lines = front_matter(lines, reporter)
    model = mapping_at(front, "model")
    doc = build(elements(lines), reporter, strict=model.get("mode") == "strict")
    doc.remove_tags = bool(model.get("removeTagsFromText"))
    doc.front_lines = front_lines
    return doc, front
