"""Typed reading of composed YAML nodes, collecting ``schema``/``duplicate-key`` problems.

Scalars are read from the node's raw text, so ``title: 1984`` is "1984" and
``text: yes`` is "yes"; only a plain ``null``/``~``/empty value counts as missing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TypeGuard

from argmap.loading.fieldhint import unknown_field_hint
from argmap.loading.nodekinds import BOOL_TAG, ID_PATTERN, NULL_TAG, kind
from argmap.loading.pyyaml import yaml
from argmap.problems import Location, Problem, Severity

_CUT_BY_COMMENT = re.compile(r"\s+(#[^\s#!].*)")


class NodeReader:
    def __init__(self, path: str, bad_nodes: set[int] | None = None, source: str | None = None):
        self.path = path
        self.problems: list[Problem] = []
        self._bad = bad_nodes or set()
        self.looked_like_text = False  # set by fields(): a key that was a text without `text:`
        self._source_lines = source.split("\n") if source is not None else None

    def check_cut_by_comment(self, node: yaml.Node | None, what: str) -> None:
        """``text: Phones are the #1 distraction``: YAML ends the text at `` #``, silently.
        Reported when the comment starts right after ``#`` (``#1``, ``#hashtag``), as a written
        comment rarely does; ``# a comment`` after a text stays allowed."""
        if self._source_lines is None or not isinstance(node, yaml.ScalarNode) or node.style:
            return
        if node.end_mark.line >= len(self._source_lines):
            return
        line, column = self._source_lines[node.end_mark.line], node.end_mark.column
        if line.find("#", column) < 0:  # most lines: nothing after the text looks like a comment
            return
        match = _CUT_BY_COMMENT.match(line, column)
        if match:
            self.report(
                node,
                f"{what} stops before `{match.group(1).rstrip()}`: YAML reads ` #` as the start of "
                "a comment; put the text in quotes (a comment is written `# …`, with a space)",
                "yaml-syntax",
            )

    def at(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.path, mark.line + 1, mark.column + 1)

    def report(self, node: yaml.Node, message: str, rule: str = "schema") -> None:
        self.problems.append(Problem(self.at(node), Severity.ERROR, rule, message))

    def usable(self, node: yaml.Node | None) -> TypeGuard[yaml.Node]:
        """False for a missing node, a null, or one already reported for its tag."""
        if node is None or id(node) in self._bad:
            return False
        return not (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG)

    def reportable(self, node: yaml.Node | None) -> bool:
        """False for a node whose tag was already reported (one mistake, one problem)."""
        return node is None or id(node) not in self._bad

    def absent(self, node: yaml.Node | None) -> bool:
        """True for a missing field or a plain null: the cases "needs `x`" reports."""
        return node is None or (isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG)

    def entries(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        """(key, key node, value node) of a mapping; repeated keys are reported and dropped."""
        if not isinstance(node, yaml.MappingNode):
            self.report(node, f"{what} must be a mapping of keys to values, not {kind(node)}")
            return []
        seen: dict[str, yaml.Node] = {}
        result = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, f"a key in {what} must be a plain name, not {kind(key_node)}")
                continue
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.report(
                    key_node, f"duplicate key `{key}` in {what} (first defined at line {first})", "duplicate-key"
                )
                continue
            seen[key] = key_node
            result.append((key, key_node, value_node))
        return result

    def fields(self, node: yaml.Node, allowed: Collection[str], what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Known fields of a mapping; unknown ones are reported with a "did you mean"."""
        found = {}
        self.looked_like_text = False
        for key, key_node, value_node in self.entries(node, what):
            if key in allowed:
                found[key] = (key_node, value_node)
                continue
            if " " in key.strip() and "text" in allowed:
                self.looked_like_text = True
                self.report(
                    key_node,
                    f"`{key}: …` in {what} looks like a text, not a field name: did you forget "
                    '"text:"? A text with `: ` in it must also be put in quotes',
                )
                continue
            self.report(key_node, f"unknown field `{key}` in {what}{unknown_field_hint(key, allowed)}")
        return found

    def text(self, node: yaml.Node | None, what: str) -> str | None:
        if not self.usable(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.report(node, f"{what} must be text, not {kind(node)}")
            return None
        return node.value

    def boolean(self, node: yaml.Node | None, what: str) -> bool | None:
        if not self.usable(node):
            return None
        if isinstance(node, yaml.ScalarNode) and node.tag == BOOL_TAG:
            return node.value.lower() in ("true", "yes", "on")
        self.report(node, f"{what} must be true or false, not {kind(node)}")
        return None

    def weight(self, node: yaml.Node | None, what: str) -> float | None:
        """A number from 0 to 1 (``0``, ``0.7``, ``1``, ``.5``); anything else is a schema problem."""
        if not self.usable(node):
            return None
        value = _number(node.value) if isinstance(node, yaml.ScalarNode) and not node.style else None
        if value is None or not 0 <= value <= 1:
            quoted = isinstance(node, yaml.ScalarNode) and node.style in ("'", '"')
            hint = " (write it without quotes)" if quoted and _number(node.value) is not None else ""
            self.report(node, f"{what} must be a number from 0 to 1, not {kind(node)}{hint}")
            return None
        return value

    def texts(self, node: yaml.Node | None, what: str) -> list[tuple[str, yaml.Node]]:
        """One scalar or a list of scalars, as (text, node) pairs."""
        if not self.usable(node):
            return []
        if isinstance(node, yaml.ScalarNode):
            if _unbracketed_list(node):
                return self._unbracketed(node, what)
            return [(node.value, node)]  # usable, so neither empty nor refused: the loop below would take it
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        result = []
        for item in items:
            if not self.usable(item):
                if id(item) not in self._bad:
                    self.report(item, f"{what} must not be empty")
                continue
            if not isinstance(item, yaml.ScalarNode):
                self.report(item, f"{what} must be an id or a list of ids, not {kind(item)}")
                continue
            result.append((item.value, item))
        return result

    def _unbracketed(self, node: yaml.ScalarNode, what: str) -> list[tuple[str, yaml.Node]]:
        """``premises: a, b``: one problem, and the ids read as the list that was meant, so that
        no "unknown premise `a, b`" and no orphan follow from the one mistake."""
        parts = [part.strip() for part in node.value.split(",")]
        self.report(node, f"{what} is a list written without brackets: write a list as [{', '.join(parts)}]")
        return [(part, node) for part in parts]

    def check_id(self, key: str, key_node: yaml.Node, what: str) -> None:
        if not ID_PATTERN.match(key):
            self.report(
                key_node, f"bad {what} id `{key}`: use letters, digits, `-` and `_`, starting with a letter or digit"
            )


def _unbracketed_list(node: yaml.ScalarNode) -> bool:
    """A plain scalar of two or more ids separated by commas."""
    if node.style or "," not in node.value:
        return False
    return all(ID_PATTERN.match(part.strip()) for part in node.value.split(","))


def _number(raw: str) -> float | None:
    """A plain decimal number; None for text, ``nan``/``inf`` and anything else."""
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", raw.strip()):
        return None
    return float(raw)


def field_value(f: dict, name: str) -> yaml.Node | None:
    return f.get(name, (None, None))[1]


def missing(r: NodeReader, parent: yaml.Node, f: dict, name: str, what: str) -> None:
    node = f[name][0] if name in f else parent
    state = "empty" if name in f else "missing"
    r.report(node, f"{what} needs `{name}` ({state})")
