"""One pass over a composed YAML node graph: non-standard tags, nesting depth, aliases.

An alias makes the composer put the same node object in a second place, so the "tree" is
a graph that may share nodes (and, with an alias inside its own anchor, contain a cycle).
The scan visits every node once, iteratively; only when some node is shared does it work
out how large the document would be with every alias written out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from argmap.loading.pyyaml import yaml

# Every tag PyYAML gives a plain scalar by itself is allowed: a `<<` key (merge) is just an
# unknown field to argmap, and `text: =` (value) is the text "=", not a tag to refuse.
STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "merge", "value")
)
_MAPPING, _SEQUENCE = yaml.MappingNode, yaml.SequenceNode


@dataclass
class Scan:
    """What one walk over the composed node graph found: tags, too deep a node, shared nodes."""

    tagged: list[yaml.Node] = field(default_factory=list)  # non-standard tags, document order
    too_deep: yaml.Node | None = None  # the first node nested deeper than allowed
    shared: dict[int, list] = field(default_factory=dict)  # id -> [node, times reached]


def scan(root: yaml.Node, max_depth: int, text: str | None = None) -> Scan:
    """Tags, depth and shared nodes of the graph under ``root`` (every node once). With the
    ``text`` it was composed from, a document without anchors (no ``&``), and so without
    shared nodes, is scanned a level at a time (a third of the time); one with a non-standard
    tag (an error) is then scanned again node by node, to list them in document order."""
    if text is not None and "&" not in text:
        found = _tree_scan(root, max_depth)
        if found is not None:
            return found
    result = Scan()
    seen: set[int] = set()
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        key = id(node)
        if key in seen:
            entry = result.shared.setdefault(key, [node, 1])
            entry[1] += 1
            continue
        seen.add(key)
        if node.tag not in STANDARD_TAGS:
            result.tagged.append(node)
        if node.__class__ is _MAPPING or node.__class__ is _SEQUENCE:
            if depth >= max_depth:
                result.too_deep = result.too_deep or node
                continue
            stack.extend((child, depth + 1) for child in reversed(_children(node)))
    return result


def _tree_scan(root: yaml.Node, max_depth: int) -> Scan | None:
    """``scan`` of a tree (no node shared), a whole level of nodes at a time; None when some
    node has a non-standard tag."""
    level, depth = [root], 0
    while level:
        if not {node.tag for node in level} <= STANDARD_TAGS:
            return None
        collections = [node for node in level if node.__class__ is _MAPPING or node.__class__ is _SEQUENCE]
        if collections and depth >= max_depth:
            return Scan(too_deep=collections[0])  # the first in document order, as node by node
        level = []
        for node in collections:
            if node.__class__ is _MAPPING:
                level += [part for pair in node.value for part in pair]
            else:
                level += node.value
        depth += 1
    return Scan()


def _children(node: yaml.Node) -> list[yaml.Node]:
    if node.__class__ is _MAPPING:
        return [part for pair in node.value for part in pair]
    if node.__class__ is _SEQUENCE:
        return node.value
    return []


def _own_size(node: yaml.Node) -> int:
    """A node counts one, a scalar also its characters."""
    return 1 + len(node.value) if isinstance(node, yaml.ScalarNode) else 1


def repeated_size(root: yaml.Node, cap: int) -> int | None:
    """How many characters and nodes aliases add to the document, or ``cap + 1`` when more
    (a bomb's true size is astronomical, so sums stop growing there); None when an alias sits
    inside its own anchor (endless data)."""
    written = sum(_own_size(node) for node in _unique(root))
    ceiling = written + cap + 1  # capping every sum here keeps each one exact below it
    expanded: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            total = _own_size(node) + sum(expanded[id(child)] for child in _children(node))
            expanded[key] = min(total, ceiling)
        elif key in open_nodes:
            return None
        elif key not in expanded:
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if id(child) not in expanded)
    return min(expanded[id(root)] - written, cap + 1)


def _unique(root: yaml.Node):
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen.add(id(node))
            yield node
            stack.extend(_children(node))
