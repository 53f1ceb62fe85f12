"""Where each claim, argument and speaker id is defined and referenced in a map's text.

Built from composed YAML nodes (never constructed objects), so every occurrence has its exact
span. Positions are 0-based (line, character) pairs counting code points, like PyYAML's marks.
Claims and arguments share the ``node`` namespace; speakers have their own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from argmap.loading.pyyaml import yaml
from argmap.loading.yamlsource import walk

Space = Literal["node", "speaker"]
Pos = tuple[int, int]

# field -> (namespace, role) of the ids it holds, per section
CLAIM_REFS = {"speaker": ("speaker", "speaker"), "supports": ("node", "supports"), "attacks": ("node", "attacks")}
ARGUMENT_REFS = {**CLAIM_REFS, "premises": ("node", "premise")}
SECTIONS = {"claims": "claim", "arguments": "argument", "speakers": "speaker"}


@dataclass(frozen=True)
class Span:
    start: Pos
    end: Pos

    def contains(self, pos: Pos) -> bool:
        return self.start <= pos <= self.end


@dataclass(frozen=True)
class Occurrence:
    """One id in the text: a definition (a key under claims/arguments/speakers) or a reference."""

    id: str
    space: Space
    role: str  # claim, argument, speaker (definitions); premise, supports, attacks, speaker, step
    span: Span
    definition: bool = False
    owner: str | None = None  # the claim or argument whose entry holds this reference


@dataclass
class YamlIndex:
    occurrences: list[Occurrence] = field(default_factory=list)
    definitions: dict[tuple[Space, str], Occurrence] = field(default_factory=dict)
    entries: dict[tuple[Space, str], Span] = field(default_factory=dict)  # key start .. value end
    node_ends: dict[Pos, Pos] = field(default_factory=dict)  # every YAML node's start -> end

    def at(self, pos: Pos) -> Occurrence | None:
        """The occurrence whose span holds ``pos`` (a cursor just after an id counts)."""
        starts = [o.span.start for o in self.occurrences]
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and self.occurrences[i].span.contains(pos):
            return self.occurrences[i]
        return None

    def of(self, space: Space, ident: str) -> list[Occurrence]:
        return [o for o in self.occurrences if o.space == space and o.id == ident]

    def ids(self, space: Space, role: str | None = None) -> list[str]:
        """Defined ids in file order; ``role`` narrows nodes to ``claim`` or ``argument``."""
        return [o.id for (s, _), o in self.definitions.items() if s == space and role in (None, o.role)]


def build_index(root: yaml.Node | None) -> YamlIndex:
    index = YamlIndex()
    if root is None:
        return index
    for node in walk(root):
        index.node_ends[_pos(node.start_mark)] = _pos(node.end_mark)
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode) and key.value in SECTIONS:
                _read_section(index, SECTIONS[key.value], value)
            elif isinstance(key, yaml.ScalarNode) and key.value == "steps":
                _read_steps(index, value)
    index.occurrences.sort(key=lambda o: o.span.start)
    return index


def _read_section(index: YamlIndex, role: str, node: yaml.Node) -> None:
    if not isinstance(node, yaml.MappingNode):
        return
    space: Space = "speaker" if role == "speaker" else "node"
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode) or not key.value:
            continue
        occurrence = Occurrence(key.value, space, role, id_span(key), definition=True)
        index.occurrences.append(occurrence)
        index.definitions.setdefault((space, key.value), occurrence)
        index.entries.setdefault((space, key.value), Span(_pos(key.start_mark), _pos(value.end_mark)))
        if role != "speaker" and isinstance(value, yaml.MappingNode):
            _read_references(index, key.value, value, ARGUMENT_REFS if role == "argument" else CLAIM_REFS)


def _read_references(index: YamlIndex, owner: str, entry: yaml.MappingNode, fields: dict) -> None:
    for key, value in entry.value:
        if isinstance(key, yaml.ScalarNode) and key.value in fields:
            space, role = fields[key.value]
            for scalar in _scalars(value):
                index.occurrences.append(Occurrence(scalar.value, space, role, id_span(scalar), owner=owner))


def _read_steps(index: YamlIndex, node: yaml.Node) -> None:
    if not isinstance(node, yaml.SequenceNode):
        return
    for step in node.value:
        for scalar in _scalars(step):
            index.occurrences.append(Occurrence(scalar.value, "node", "step", id_span(scalar)))


def _scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
    """A single id or a flat list of ids; empty values and nested structures are skipped."""
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    return [n for n in items if isinstance(n, yaml.ScalarNode) and n.value and n.style != "|" and n.style != ">"]


def id_span(node: yaml.ScalarNode) -> Span:
    """The id's own characters: a quoted scalar's quotes are left out."""
    start, end = _pos(node.start_mark), _pos(node.end_mark)
    if node.style in ("'", '"') and start[0] == end[0]:
        return Span((start[0], start[1] + 1), (end[0], end[1] - 1))
    return Span(start, end)


def _pos(mark) -> Pos:
    return (mark.line, mark.column)
