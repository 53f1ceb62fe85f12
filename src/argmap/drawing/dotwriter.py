"""DOT text for a directed graph, written without the ``graphviz`` Python package.

It writes what ``graphviz.Digraph(...).source`` (0.20, 0.21) wrote for argmap's graphs, byte for
byte: the same statement order and tabs, attributes sorted by name (a node's or an edge's
``label`` first), and the same quoting. A value is written bare when it is a DOT ID (an ASCII
name or a number, not a keyword); as an HTML-like string when it starts with ``<`` and ends
with ``>`` (argmap's labels: their texts went through ``labels.esc``), unless it is ``Text``;
otherwise in double quotes. Unlike the package, the quoting holds for any text:

- a node's name and an attribute's name are never HTML-like, and never split at ``:`` into
  node and port (the package read ``a:b`` as node ``a``, port ``b``);
- a ``"`` is escaped unless a single backslash already escapes it (``\\"`` stays: in an
  escString the backslashes are the caller's, as ``labels.tooltip`` writes them), so it never
  ends the string;
- a final odd backslash is doubled, where the package wrote a ``\\"`` that swallowed the
  closing quote and let the text after it be read as DOT;
- a NUL, which no DOT file can hold (``dot`` stops reading there), is left out.

Each statement is one line, so the source is a join of the lines: no copy per statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

VERSION = "1"  # the DOT writer's output; argmap's code hash keeps the build memo in step too
_ID = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*|-?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)")
_KEYWORDS = frozenset({"node", "edge", "graph", "digraph", "subgraph", "strict"})
_QUOTE = re.compile(r'((?:\\\\)*)\\?"')  # a quote and the backslash pairs before it
_ODD_FINAL = re.compile(r"(?<!\\)(?:\\\\)*\\\Z")  # an odd run of backslashes at the end


class Text(str):
    """A string written in double quotes even when it looks like ``<...>``: a tooltip, an id."""

    __slots__ = ()


def quote(value: str, html: bool = True) -> str:
    """``value`` as a DOT ID: bare, as an HTML-like string (when ``html``), or quoted."""
    memo = _VALUES if html else _NAMES
    known = memo.get(value)
    if known is not None:
        return known
    if html and value.startswith("<") and value.endswith(">") and type(value) is not Text:
        return value
    quoted = value if _ID.fullmatch(value) and value.lower() not in _KEYWORDS else _quoted(value)
    if type(value) is str and len(value) <= _SHORT and len(memo) < _MEMO:
        memo[value] = quoted
    return quoted


def _quoted(value: str) -> str:
    if "\x00" in value:  # dot ends the file at a NUL
        value = value.replace("\x00", "")
    if '"' in value:
        value = _QUOTE.sub(r'\1\\"', value)
    if value.endswith("\\") and _ODD_FINAL.search(value):
        value += "\\"
    return f'"{value}"'


# Short values repeat (colours, styles, sizes): each is quoted once. The first few thousand are
# kept (the theme's come first), so a long-running server's memo stays small. No HTML-like value
# is ever kept, so a Text (which is never HTML) finds the same quoting as its str.
_VALUES: dict[str, str] = {}
_NAMES: dict[str, str] = {}  # nodes' and attributes' names: never HTML
_SHORT, _MEMO = 40, 4096


def _attr_list(attrs: Mapping[str, str | None], label_first: bool = False) -> str:
    """`` [a=1 b=2]`` sorted by name (``label`` first when ``label_first``), or ``""``."""
    label = attrs.get("label") if label_first else None
    parts = [] if label is None else ["label=" + quote(label)]
    for key in sorted(attrs):
        value = attrs[key]
        if value is not None and (label is None or key != "label"):
            parts.append((_NAMES.get(key) or quote(key, False)) + "=" + (_VALUES.get(value) or quote(value)))
    return " [" + " ".join(parts) + "]" if parts else ""


class Digraph:
    """The statements of a digraph (or, as ``subgraph()``'s, of an anonymous subgraph)."""

    def __init__(
        self,
        name: str | None = None,
        graph_attr: Mapping[str, str] | None = None,
        node_attr: Mapping[str, str] | None = None,
        edge_attr: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        self.defaults = {"graph": graph_attr or {}, "node": node_attr or {}, "edge": edge_attr or {}}
        self.body: list[str] = []

    def attr(self, **attrs: str | None) -> None:
        """A graph attribute statement: ``label=<...>`` on a line of its own."""
        items = sorted((key, value) for key, value in attrs.items() if value is not None)
        if items:
            self.body.append("\t" + " ".join(f"{quote(key, False)}={quote(value)}" for key, value in items) + "\n")

    def node(self, name: str, **attrs: str | None) -> None:
        self.body.append(f"\t{quote(name, False)}{_attr_list(attrs, label_first=True)}\n")

    def edge(self, tail: str, head: str, **attrs: str | None) -> None:
        self.body.append(f"\t{quote(tail, False)} -> {quote(head, False)}{_attr_list(attrs, label_first=True)}\n")

    @contextmanager
    def subgraph(self) -> Iterator[Digraph]:
        """An anonymous subgraph (``{ rank=same a b }``), added when the ``with`` block ends."""
        inner = Digraph()
        yield inner
        self.body.append("\t{\n")
        self.body.extend(f"\t{line}" for line in inner.body)
        self.body.append("\t}\n")

    def lines(self) -> Iterator[str]:
        yield f"digraph {quote(self.name, False)} {{\n" if self.name else "digraph {\n"
        for kind, attrs in self.defaults.items():
            if attrs:
                yield f"\t{kind}{_attr_list(attrs)}\n"
        yield from self.body
        yield "}\n"

    @property
    def source(self) -> str:
        return "".join(self.lines())
