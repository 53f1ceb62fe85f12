"""The Lark grammar of one Argdown element, and the tree → ``Parsed`` step.

An element is an optional relation marker followed by a heading, an inference rule, a
numbered premise–conclusion line, a statement or argument (defined with ``:`` or just
referred to), a list item, an ``@import``, or plain text (an untitled statement). Inline
text knows escapes, mentions, tags, ``{data}``, links and bold/italic marks.

Patterns that look ahead for a closing bracket (mentions, tags in parentheses, links) never
cross a line and are bounded in length, so a run of unclosed openers (``@[@[@[…``) is read in
linear time; the common plain element is read by ``parse_plain`` without the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

GRAMMAR = r"""
start: REL? body
?body: heading | inference | pcs | statement | argument | list_item | import_ | text
heading: HEADING inline
inference: INFERENCE
pcs: PCSNUM (statement | argument | text)
statement: STMT_DEF inline -> statement_def
         | STMT_REF inline -> statement_ref
argument: ARG_DEF inline -> argument_def
        | ARG_REF inline -> argument_ref
list_item: LISTMARK inline
import_: IMPORT
text: inline
inline: piece*
?piece: ESCAPED | MENTION | TAGP | TAGW | DATA | LINK | MARK | WORD | SP | OTHER

REL.3: /(<\+|<-|<_|\+>|->|_>|><|\+|-|_)[ \t]+/
HEADING.3: /#+[ \t]+/
INFERENCE.5: /--(.|\n)*/
PCSNUM.3: /\(\d+\)[ \t]*/
LISTMARK.3: /(\*|\d+\.)[ \t]+/
IMPORT.5: /@import\b.*/
STMT_DEF.2: /\[(\\.|[^\]\\\n])+\]:[ \t]*/
STMT_REF.1: /\[(\\.|[^\]\\\n])+\][ \t]*/
ARG_DEF.2: /<(\\.|[^>\\\n])+>:[ \t]*/
ARG_REF.1: /<(\\.|[^>\\\n])+>[ \t]*/
ESCAPED.4: /\\./
MENTION.4: /@\[(\\.|[^\[\]\\\n]){1,500}\]|@<(\\.|[^<>\\\n]){1,500}>/
TAGP.4: /#\([^()#\n]{0,500}\)/
TAGW.3: /#[\w\-]+/
DATA.5: /\{([^{}"]|"(\\.|[^"\\])*"|\{([^{}"]|"(\\.|[^"\\])*"|\{[^{}]*\})*\})*\}/
LINK.4: /\[[^\[\]\n]{0,500}\]\([^()\s]{0,2000}\)/
MARK.2: /\*\*|__|\*|_/
WORD: /([^\s\\@#{}\[\]<>*_]|(?<=[^\W_])[_*](?=[^\W_]))+/
OTHER: /[@#{}\[\]<>]/
SP: /[ \t]+/
"""


@dataclass
class Parsed:
    relation: str | None = None
    kind: str = "text"  # heading, inference, statement, argument, list, import, text
    defines: bool = False
    title: str | None = None
    number: int | None = None  # (n) of a premise-conclusion line
    text: str = ""
    tags: list[str] = field(default_factory=list)
    data: list[str] = field(default_factory=list)  # raw {…} blocks, read as YAML later
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, url) of each [text](url)
    level: int = 0  # heading level


@lru_cache(maxsize=1)
def parser():
    from lark import Lark

    return Lark(GRAMMAR, parser="lalr", lexer="contextual")


# The common element, read without the grammar: an optional relation marker, an optional
# statement or argument title, then plain words (a letter first; none of the characters that
# start inline markup). Lark takes ~20 µs a token; most of a large real file is such elements.
_PLAIN = re.compile(
    r"(?:(<\+|<-|<_|\+>|->|_>|><|\+|-|_)[ \t]+)?"
    r"(?:(\[[^\]\\\n\[]+\]|<[^>\\\n<]+>)(:?)[ \t]*)?"
    r"((?:[^\W\d_][^\\@#{}\[\]<>*_\n]*)?)\Z"
)
_SPACES = re.compile(r"[ \t]+")


def parse_plain(content: str) -> Parsed | None:
    """``parse_element``'s result for a plain element, or None when the grammar is needed."""
    match = _PLAIN.match(content)
    if match is None or not (match.group(2) or match.group(4)):
        return None
    relation, title, colon, words = match.groups()
    result = Parsed(relation=relation, text=_SPACES.sub(" ", words))
    if title:
        result.kind = "argument" if title[0] == "<" else "statement"
        result.defines, result.title = bool(colon), title[1:-1].strip()
    return result


def parse_element(content: str) -> Parsed:
    """Parse one element; lark's errors propagate (the caller reports them with the line)."""
    plain = parse_plain(content)
    if plain is not None:
        return plain
    tree = parser().parse(content)
    result = Parsed()
    children = list(tree.children)
    if children and getattr(children[0], "type", None) == "REL":
        result.relation = str(children.pop(0)).strip()
    _body(children[0], result)
    return result


def _body(node, result: Parsed) -> None:
    from lark import Token

    if isinstance(node, Token):  # inference and import are single tokens
        return
    name = node.data
    parts = list(node.children)
    if name == "pcs":
        result.number = int(str(parts[0]).strip().strip("()"))
        _body(parts[-1], result)
        return
    if name == "heading":
        result.kind, result.level = "heading", len(str(parts[0]).strip())
    elif name in ("inference", "import_"):
        result.kind, result.text = ("inference" if name == "inference" else "import"), str(parts[0])
        return
    elif name.startswith(("statement", "argument")):
        result.kind, result.defines = name.split("_")[0], name.endswith("_def")
        result.title = unescape(str(parts[0]).strip().rstrip(":")[1:-1]).strip()
    elif name == "list_item":
        result.kind = "list"
    _inline(parts[-1], result)


def _inline(node, result: Parsed) -> None:
    words: list[str] = []
    for piece in node.children:
        kind, value = piece.type, str(piece)
        if kind == "ESCAPED":
            words.append(value[1])
        elif kind in ("TAGP", "TAGW"):
            result.tags.append(value[2:-1] if kind == "TAGP" else value[1:])
            words.append("\0tag\0" + value)
        elif kind == "DATA":
            result.data.append(value)
        elif kind == "LINK":
            words.append(value[1 : value.index("](")])
            result.links.append((value[1 : value.index("](")], value[value.index("](") + 2 : -1]))
        elif kind == "SP":
            words.append(" ")
        elif kind != "MARK":
            words.append(value)
    result.text = "".join(words)


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            i += 1
        out.append(text[i])
        i += 1
    return "".join(out)
