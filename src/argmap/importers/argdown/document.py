"""Argdown elements → statements, arguments and relations, with Argdown's own semantics.

Statements with the same title are one equivalence class (the last text wins, as in Argdown);
untitled ones (plain text, list items) are numbered "Untitled N" as Argdown does. Relations
come from indentation: a marker line relates to the nearest less-indented element above it. A
premise–conclusion structure ((1), (2), ``--``, (3)) belongs to the argument just before it when
that argument stands alone (not in a relation), else to a new untitled argument. In
``model: {mode: strict}`` a support between statements is ``entails`` and an attack ``contrary``.
An element longer than ``MAX_ELEMENT`` characters is left out with a warning (nothing real is
that long, and the grammar's time grows with it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.importers.argdown.grammar import Parsed, parse_element
from argmap.importers.argdown.source import RELATION_MARKERS, Element
from argmap.importers.common import Reporter

MAX_ELEMENT = 100_000  # characters of one element (a statement with its continuation lines)
INCOMING = {"+": "support", "<+": "support", "-": "attack", "<-": "attack", "_": "undercut", "<_": "undercut"}
OUTGOING = {"+>": "support", "->": "attack", "_>": "undercut", "><": "contradictory"}


@dataclass
class Node:
    kind: str  # statement | argument
    title: str
    text: str = ""
    tags: list[str] = field(default_factory=list)
    data: list[str] = field(default_factory=list)
    line: int = 0
    section: str | None = None
    pcs: list[tuple[str, str]] = field(default_factory=list)  # (role, statement title) / ("inference", rule)
    others: list[str] = field(default_factory=list)  # other texts for the same title (not kept)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, url) of [text](url)
    values: dict | None = None  # the data blocks read (extras.data), once


@dataclass
class Relation:
    source: Node
    kind: str
    target: Node
    line: int


@dataclass
class Document:
    statements: dict[str, Node] = field(default_factory=dict)
    arguments: dict[str, Node] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    strict: bool = False
    untitled: int = 0
    remove_tags: bool = False
    front_lines: dict[str, int] = field(default_factory=dict)  # front-matter key -> line

    def node(self, parsed: Parsed, line: int, section: str | None) -> Node:
        table = self.arguments if parsed.kind == "argument" else self.statements
        title = parsed.title
        if not title:
            self.untitled += 1
            title = f"Untitled {self.untitled}"
        node = table.get(title)
        if node is None:
            kind = "argument" if parsed.kind == "argument" else "statement"  # text and list items too
            node = table[title] = Node(kind, title, line=line, section=section)
        if parsed.text.strip():
            if not node.text.strip():
                node.line = line
            elif parsed.text.strip() != node.text.strip():
                node.others.append(node.text)
            node.text = parsed.text  # Argdown shows the last text given
        node.tags += [t for t in parsed.tags if t not in node.tags]
        node.data += parsed.data
        node.links += [link for link in parsed.links if link not in node.links]
        return node


def build(elements: list[Element], reporter: Reporter, strict: bool) -> Document:
    doc = Document(strict=strict)
    stack: list[tuple[int, Node]] = []
    section: str | None = None
    pcs_owner: Node | None = None
    previous: Node | None = None
    for element in elements:
        parsed = _parse(element, reporter)
        if parsed is None:
            continue
        if parsed.kind == "heading":
            section, stack, pcs_owner = " ".join(parsed.text.replace("\0tag\0", "").split()), [], None
            continue
        if parsed.number == 1 or (parsed.number is not None and pcs_owner is None):
            pcs_owner = previous if previous is not None and previous.kind == "argument" and not previous.pcs else None
        if parsed.kind == "import":
            reporter.warn("@import is not supported (import the files one by one); line left out", line=element.line)
            continue
        if parsed.kind == "inference" or parsed.number is not None:
            pcs_owner = _pcs(doc, pcs_owner, parsed, element, section)
            if parsed.kind == "inference":
                continue
            node = doc.statements[pcs_owner.pcs[-1][1]]
        else:
            node = doc.node(parsed, element.line, section)
        previous = node if not parsed.relation else None  # a pcs belongs to a stand-alone argument
        _relate(doc, stack, element, parsed, node)
    _to_conclusions(doc)
    return doc


def _to_conclusions(doc: Document) -> None:
    """Argdown reads an argument's relation to a statement as its main conclusion's."""
    kept = []
    for relation in doc.relations:
        source = relation.source
        if source.kind == "argument" and relation.target.kind == "statement" and source.pcs:
            conclusions = [title for role, title in source.pcs if role == "conclusion"]
            if conclusions:
                relation.source = doc.statements[conclusions[-1]]
        if relation.source is not relation.target or source is relation.target:
            kept.append(relation)  # but an argument's relation to its own conclusion is none
    doc.relations[:] = kept


def _parse(element: Element, reporter: Reporter) -> Parsed | None:
    from lark.exceptions import LarkError

    if len(element.text) > MAX_ELEMENT:
        reporter.warn(
            f"an element of {len(element.text):,} characters, more than argmap reads ({MAX_ELEMENT:,}); left out",
            line=element.line,
        )
        return None
    if element.text in RELATION_MARKERS:
        reporter.warn(f"relation `{element.text}` with nothing after it; left out", line=element.line)
        return None
    try:
        return parse_element(element.text)
    except LarkError as exc:
        reporter.warn(f"cannot read this line as Argdown ({type(exc).__name__}); left out", line=element.line)
        return None


def _pcs(doc: Document, owner: Node | None, parsed: Parsed, element: Element, section) -> Node:
    """Add a premise, conclusion or inference rule to the argument being reconstructed."""
    if owner is None:
        owner = doc.node(Parsed(kind="argument"), element.line, section)
    if parsed.kind == "inference":
        owner.pcs.append(("inference", _rule(parsed.text)))
        return owner
    statement = doc.node(
        Parsed(kind="statement", title=parsed.title, text=parsed.text, tags=parsed.tags, data=parsed.data),
        element.line,
        section,
    )
    role = "conclusion" if owner.pcs and owner.pcs[-1][0] == "inference" else "premise"
    owner.pcs.append((role, statement.title))
    return owner


def _rule(inference: str) -> str:
    """The inference rule's name from ``-- name --`` (its markup read, or the raw words when the
    grammar cannot read them, e.g. a lone backslash)."""
    from lark.exceptions import LarkError

    words = " ".join(inference.strip("-\n ").split())
    if not words.strip("- "):
        return ""
    try:
        words = parse_element(words).text
    except LarkError:
        pass
    return " ".join(words.replace("\0tag\0", "").split())


def _relate(doc: Document, stack: list, element: Element, parsed: Parsed, node: Node) -> None:
    """Argdown's indentation: a deeper line is a child; a shallower one closes levels, and when it
    falls between two levels it counts as the level it closed to (Argdown emits no indent then)."""
    indent, dedented = element.indent, False
    while stack and stack[-1][0] > indent:
        stack.pop()
        dedented = True
    if stack and (stack[-1][0] == indent or dedented):
        indent = stack.pop()[0]
    if parsed.relation and stack:
        parent = stack[-1][1]
        if parsed.relation in INCOMING:
            _add(doc, node, INCOMING[parsed.relation], parent, element.line)
        else:
            _add(doc, parent, OUTGOING[parsed.relation], node, element.line)
    elif not parsed.relation:
        stack.clear()
    stack.append((indent, node))


def _add(doc: Document, source: Node, kind: str, target: Node, line: int) -> None:
    if doc.strict and source.kind == target.kind == "statement":
        kind = {"support": "entails", "attack": "contrary"}.get(kind, kind)
    doc.relations.append(Relation(source, kind, target, line))
