"""YAML → (ArgumentMap, problems). Lenient: builds what it can and never raises on bad input."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

from argmap import fields
from argmap.loading import yamlsource
from argmap.loading.graphreader import read_arguments, read_claims
from argmap.loading.limits import Limits, alias_problem, depth_problem, read_file, size_problem
from argmap.loading.limits import current as current_limits
from argmap.loading.nodereader import NodeReader, field_value, kind, missing
from argmap.loading.nodescan import Scan, repeated_size, scan
from argmap.loading.pyyaml import yaml
from argmap.model import ArgumentMap, Source, Speaker
from argmap.problems import Location, Problem, Severity

TOP_FIELDS = fields.names("map")
SOURCE_FIELDS = fields.names("source")
SPEAKER_FIELDS = fields.names("speaker")


SUPPORTED_VERSIONS = ("1",)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


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
    amap = _read_map(reader, root)
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


def _read_map(r: NodeReader, root: yaml.MappingNode) -> ArgumentMap:
    f = r.fields(root, TOP_FIELDS, "the map")
    value = lambda name: field_value(f, name)  # noqa: E731
    version = _read_version(r, value("argmap"))
    title = r.text(value("title"), "`title`")
    if r.absent(value("title")):
        missing(r, root, f, "title", "the map")
    claims, shorthand = read_claims(r, root, f)
    arguments = shorthand | read_arguments(r, value("arguments"), claims)
    where = {name: r.at(node) for name, (_, node) in f.items()}
    steps = _read_steps(r, value("steps"), where)
    return ArgumentMap(
        location=r.at(root),
        where=where,
        path=r.path,
        version=version,
        title=title,
        description=r.text(value("description"), "`description`"),
        source=_read_source(r, value("source")),
        speakers=_read_speakers(r, value("speakers")),
        claims=claims,
        arguments=arguments,
        steps=steps,
    )


def _read_version(r: NodeReader, node: yaml.Node | None) -> int:
    text = r.text(node, "`argmap`")
    if text is not None and text not in SUPPORTED_VERSIONS:
        r.report(node, f"unsupported format version `{text}`: this argmap reads version 1")
    return 1


def _read_source(r: NodeReader, node: yaml.Node | None) -> Source | None:
    if not r.usable(node):
        return None
    f = r.fields(node, SOURCE_FIELDS, "`source`")
    values = {name: r.text(v, f"`source.{name}`") for name, (_, v) in f.items()}
    date = values.get("date")
    if date is not None and not _is_iso_date(date):
        r.report(f["date"][1], f"`source.date` must be an ISO date like 2022-03-02, not `{values['date']}`")
    where = {name: r.at(v) for name, (_, v) in f.items()}
    return Source(location=r.at(node), where=where, **values)


def _is_iso_date(text: str) -> bool:
    try:
        return bool(_DATE.match(text)) and bool(datetime.date.fromisoformat(text))
    except ValueError:
        return False


def _read_speakers(r: NodeReader, node: yaml.Node | None) -> dict[str, Speaker]:
    if not r.usable(node):
        return {}
    speakers = {}
    for sid, key_node, value in r.entries(node, "`speakers`"):
        r.check_id(sid, key_node, "speaker")
        what = f"speaker `{sid}`"
        if isinstance(value, yaml.MappingNode):
            f = r.fields(value, SPEAKER_FIELDS, what)
            name = r.text(field_value(f, "name"), f"`name` of {what}")
            role = r.text(field_value(f, "role"), f"`role` of {what}")
            where = {k: r.at(v) for k, (_, v) in f.items()}
        else:  # shorthand: a plain string is the name
            f, role, where = {}, None, {"name": r.at(value)}
            name = r.text(value, what)
            if r.absent(value):
                r.report(key_node, f"{what} needs `name` (empty)")
        if isinstance(value, yaml.MappingNode) and r.absent(field_value(f, "name")):
            missing(r, key_node, f, "name", what)
        speakers[sid] = Speaker(location=r.at(key_node), where=where, id=sid, name=name or "", role=role)
    return speakers


def _read_steps(r: NodeReader, node: yaml.Node | None, where: dict) -> tuple[tuple[str, ...], ...] | None:
    """Optional reveal order: a list of steps, each one id or a list of ids. The location of
    the j-th id of step i goes into ``where["steps.i.j"]`` (both 0-based)."""
    if not r.usable(node):
        return None
    if not isinstance(node, yaml.SequenceNode):
        r.report(node, f"`steps` must be a list of steps, not {kind(node)}")
        return None
    steps = []
    for i, item in enumerate(node.value):
        ids = r.texts(item, f"step {i + 1}")
        where.update({f"steps.{i}.{j}": r.at(id_node) for j, (_, id_node) in enumerate(ids)})
        steps.append(tuple(text for text, _ in ids))
    return tuple(steps)
