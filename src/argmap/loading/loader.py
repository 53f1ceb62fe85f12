"""YAML → (ArgumentMap, problems). Lenient: builds what it can and never raises on bad input."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from argmap.loading import yamlsource
from argmap.loading.limits import Limits, alias_problem, depth_problem, read_file, size_problem
from argmap.loading.limits import current as current_limits
from argmap.loading.mapreader import read_map
from argmap.loading.nodekinds import kind
from argmap.loading.nodereader import NodeReader
from argmap.loading.nodescan import Scan, repeated_size, scan
from argmap.loading.pyyaml import yaml
from argmap.model import ArgumentMap
from argmap.problems import Location, Problem, Severity


@dataclass
class LoadResult:
    """The map read from a file (None when it cannot be used), and the problems found reading it.
    ``root``: the composed YAML document, kept only when asked for (``load_text(keep_root=True)``:
    the language server indexes its positions instead of composing the text a second time)."""

    map: ArgumentMap | None
    problems: list[Problem] = field(default_factory=list)
    root: yaml.Node | None = field(default=None, repr=False, compare=False)


def load_path(path: str | Path, limits: Limits | None = None) -> LoadResult:
    """Load a map file. An unreadable file raises OSError (a usage error for the CLI).
    A file over the size limit is refused before it is read (and never read past the limit)."""
    limits = limits or current_limits()
    data, refused = read_file(path, limits)
    if refused or data is None:
        return LoadResult(None, [refused] if refused else [])
    return load_bytes(data, str(path), limits)


def load_bytes(data: bytes, path: str = "<string>", limits: Limits | None = None) -> LoadResult:
    limits = limits or current_limits()
    refused = size_problem(len(data), path, limits)
    if refused:
        return LoadResult(None, [refused])
    text, problems = yamlsource.decode(data, path)
    if text is None:
        return LoadResult(None, problems)
    return load_text(text, path, limits)


@yamlsource.gc_paused()
def load_text(text: str, path: str = "<string>", limits: Limits | None = None, keep_root: bool = False) -> LoadResult:
    """Read a map from its text; ``keep_root``: the composed document goes into the result
    when the text composed and is within the limits (never for a syntax error or a limit)."""
    result = _load_text(text, path, limits or current_limits())
    if not keep_root:
        result.root = None
    return result


def _load_text(text: str, path: str, limits: Limits) -> LoadResult:
    refused = size_problem(len(text), path, limits, "characters")
    if refused:
        return LoadResult(None, [refused])
    root, problems = yamlsource.compose(text, path, limits)
    if problems:
        return LoadResult(None, problems)
    if root is None:
        return LoadResult(None, [_at(path, 1, 1, "empty document: a map needs at least `title` and `claims`")])
    found = scan(root, limits.max_depth, text)
    refused = _graph_problem(root, found, path, limits)
    if refused:
        return LoadResult(None, [refused])
    tag_problems, bad = yamlsource.tag_problems(found, path)
    reader = NodeReader(path, bad, text)
    reader.problems.extend(tag_problems)
    if id(root) in bad:
        return LoadResult(None, reader.problems, root)
    if not isinstance(root, yaml.MappingNode):
        reader.report(root, f"the top level must be a mapping with `title` and `claims`, not {kind(root, quote=False)}")
        return LoadResult(None, reader.problems, root)
    amap = read_map(reader, root)
    return LoadResult(amap, reader.problems, root)


def resource_problem(text: str, path: str = "<string>", limits: Limits | None = None) -> Problem | None:
    """The ``limit`` problem of YAML ``text`` (too large, too deep, an alias bomb), or None.
    For other readers of YAML (importers) before they construct objects; syntax errors are
    left to them."""
    limits = limits or current_limits()
    refused = size_problem(len(text), path, limits, "characters")
    if refused:
        return refused
    root, problems = yamlsource.compose(text, path, limits)
    if problems or root is None:
        return next((p for p in problems if p.rule == "limit"), None)
    return _graph_problem(root, scan(root, limits.max_depth, text), path, limits)


def _graph_problem(root: yaml.Node, found: Scan, path: str, limits: Limits) -> Problem | None:
    """Too deep, or aliases that would repeat too much (the reader reads an aliased node
    again at each alias, and outputs would write it out again)."""
    if found.too_deep is not None:
        return depth_problem(yamlsource.mark_location(path, found.too_deep.start_mark), limits)
    if not found.shared:
        return None
    repeated = repeated_size(root, limits.max_alias_expansion)
    if repeated is not None and repeated <= limits.max_alias_expansion:
        return None
    node = max((entry[0] for entry in found.shared.values()), key=lambda n: n.end_mark.index - n.start_mark.index)
    return alias_problem(yamlsource.mark_location(path, node.start_mark), repeated is None, limits)


def _at(path: str, line: int, column: int, message: str) -> Problem:
    return Problem(Location(path, line, column), Severity.ERROR, "schema", message)
