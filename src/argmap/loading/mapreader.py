"""The map's own fields: its format version, title, source, speakers and reveal steps, around
the claims and arguments that ``graphreader`` reads. Lenient, as the whole loader: a bad field
is a problem at its position, and the rest of the map is still read."""

from __future__ import annotations

import datetime
import re

from argmap import fields
from argmap.loading.graphreader import read_arguments, read_claims
from argmap.loading.nodekinds import kind
from argmap.loading.nodereader import NodeReader, field_value, missing
from argmap.loading.pyyaml import yaml
from argmap.model import ArgumentMap, Source, Speaker

TOP_FIELDS = fields.names("map")
SOURCE_FIELDS = fields.names("source")
SPEAKER_FIELDS = fields.names("speaker")
SUPPORTED_VERSIONS = ("1",)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def read_map(r: NodeReader, root: yaml.MappingNode) -> ArgumentMap:
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
