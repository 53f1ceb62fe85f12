"""Reading ``claims:`` and ``arguments:``, expanding the claim-level shorthands into arguments."""

from __future__ import annotations

from typing import Any

from argmap import fields
from argmap.loading.nodekinds import kind
from argmap.loading.nodereader import NodeReader, field_value, missing
from argmap.loading.pyyaml import yaml
from argmap.loading.strays import report_stray_claim, stray_claim
from argmap.model import RELATIONS, Argument, Claim, shorthand_id

CLAIM_FIELDS = fields.names("claim")
_CLAIM_FIELDS = dict.fromkeys(CLAIM_FIELDS)  # the same names in the same order, looked up at once
ARGUMENT_FIELDS = fields.names("argument")


def read_claims(r: NodeReader, root: yaml.Node, top: dict) -> tuple[dict[str, Claim], dict[str, Argument]]:
    """Claims by id, and the arguments their ``supports:``/``attacks:`` shorthands stand for."""
    node = field_value(top, "claims")
    claims: dict[str, Claim] = {}
    arguments: dict[str, Argument] = {}
    if not r.usable(node):
        if r.absent(node):
            missing(r, root, top, "claims", "the map")
        return claims, arguments
    entries = r.entries(node, "`claims`")
    if isinstance(node, yaml.MappingNode) and not entries and not node.value:
        r.report(node, "`claims` needs at least one claim")
    previous = None
    for cid, key_node, value in entries:
        if cid in _CLAIM_FIELDS and previous is not None and not isinstance(value, yaml.MappingNode):
            r.report(
                key_node,
                f"`{cid}:` is a field, not a claim: it belongs to claim `{previous}` above but is "
                "indented too far out; indent it like that claim's other fields",
            )
            continue
        previous = cid
        r.check_id(cid, key_node, "claim")
        claim, shorthand = _read_claim(r, cid, key_node, value)
        claims[cid] = claim
        for arg in shorthand:
            arguments.setdefault(arg.id, arg)
    return claims, arguments


def _read_claim(r: NodeReader, cid: str, key_node: yaml.Node, value: yaml.Node) -> tuple[Claim, list[Argument]]:
    what = f"claim `{cid}`"
    if not r.reportable(value):  # a refused tag: one mistake, one problem
        return Claim(location=r.at(key_node), where={"text": r.at(value)}, id=cid, text=None), []
    if not isinstance(value, yaml.MappingNode):  # shorthand: a plain string is the text
        text = r.text(value, what)
        r.check_cut_by_comment(value, f"the text of {what}")
        if r.absent(value):
            r.report(key_node, f"{what} needs `text` (empty)")
        return Claim(location=r.at(key_node), where={"text": r.at(value)}, id=cid, text=text), []
    since = len(r.problems)
    f = r.fields(value, _CLAIM_FIELDS, what)
    stray = stray_claim(value, _CLAIM_FIELDS) if len(f) < len(value.value) else None  # some key not a field
    if stray is not None:
        report_stray_claim(r, stray, cid, since)
    text = r.text(field_value(f, "text"), f"`text` of {what}")
    r.check_cut_by_comment(field_value(f, "text"), f"the text of {what}")
    if "quote" in f:
        r.check_cut_by_comment(f["quote"][1], f"the quote of {what}")
    if r.absent(field_value(f, "text")) and not r.looked_like_text:
        missing(r, key_node, f, "text", what)
    tags = tuple(t for t, _ in r.texts(f["tags"][1], f"`tags` of {what}")) if "tags" in f else ()
    where = {name: r.at(v) for name, (_, v) in f.items()}
    # Only the fields given are read (a field left out keeps the model's default), in this order.
    given: dict[str, Any] = {
        name: read(r, f[name][1], f"`{name}` of {what}") for name, read in _CLAIM_READS if name in f
    }
    if "implicit" in given:
        given["implicit"] = bool(given["implicit"])  # a wrong value (reported) counts as false
    claim = Claim(location=r.at(key_node), where=where, id=cid, text=text, tags=tags, **given)
    return claim, list(_shorthand_arguments(r, claim, f))


_CLAIM_READS = (
    ("speaker", NodeReader.text),
    ("quote", NodeReader.text),
    ("implicit", NodeReader.boolean),
    ("note", NodeReader.text),
    ("assumed", NodeReader.boolean),
    ("restates", NodeReader.text),
    ("weight", NodeReader.weight),
)


def _shorthand_arguments(r: NodeReader, claim: Claim, f: dict):
    for relation in RELATIONS:
        if relation not in f:
            continue
        seen: dict[str, int] = {}
        for target, node in r.texts(f[relation][1], f"`{relation}` of claim `{claim.id}`"):
            seen[target] = seen.get(target, 0) + 1
            at = r.at(node)
            yield Argument(
                location=at,
                where={"premises.0": claim.location, "target": at},
                id=shorthand_id(claim.id, relation, target, seen[target]),
                premises=(claim.id,),
                relation=relation,
                target=target,
                shorthand=claim.id,
            )


def read_arguments(r: NodeReader, node: yaml.Node | None, claims: dict[str, Claim]) -> dict[str, Argument]:
    if not r.usable(node):
        return {}
    arguments = {}
    for aid, key_node, value in r.entries(node, "`arguments`"):
        r.check_id(aid, key_node, "argument")
        if aid in claims:
            _report_shared_id(r, aid, key_node, claims[aid])
            continue
        arg = _read_argument(r, aid, key_node, value)
        if arg is not None:
            arguments[aid] = arg
    return arguments


def _report_shared_id(r: NodeReader, aid: str, key_node: yaml.Node, claim: Claim) -> None:
    """Claims and arguments share one namespace; the problem goes to the later of the two."""
    here = r.at(key_node)
    later, first = (here, claim.location) if here > claim.location else (claim.location, here)
    message = f"`{aid}` is both a claim and an argument (first defined at line {first.line}); ids must be unique"
    from argmap.problems import Problem, Severity

    r.problems.append(Problem(later, Severity.ERROR, "duplicate-key", message))


def _read_argument(r: NodeReader, aid: str, key_node: yaml.Node, value: yaml.Node) -> Argument | None:
    what = f"argument `{aid}`"
    if not isinstance(value, yaml.MappingNode):
        if r.reportable(value):
            r.report(value, f"{what} must be a mapping with `premises` and `supports` or `attacks`, not {kind(value)}")
        return None
    f = r.fields(value, ARGUMENT_FIELDS, what)
    get = lambda name: field_value(f, name)  # noqa: E731
    premises = r.texts(get("premises"), f"`premises` of {what}")
    if r.absent(get("premises")) or _empty_list(get("premises")):
        missing(r, key_node, f, "premises", what)
    relation, target = _read_target(r, what, key_node, f)
    where = {name: r.at(v) for name, (_, v) in f.items()}
    where.update({f"premises.{i}": r.at(n) for i, (_, n) in enumerate(premises)})
    if relation:
        where["target"] = r.at(get(relation))
    return Argument(
        location=r.at(key_node),
        where=where,
        id=aid,
        premises=tuple(p for p, _ in premises),
        relation=relation or "supports",
        target=target,
        speaker=r.text(get("speaker"), f"`speaker` of {what}"),
        label=r.text(get("label"), f"`label` of {what}"),
        scheme=r.text(get("scheme"), f"`scheme` of {what}"),
        note=r.text(get("note"), f"`note` of {what}"),
        weight=r.weight(get("weight"), f"`weight` of {what}"),
    )


def _read_target(r: NodeReader, what: str, key_node: yaml.Node, f: dict):
    """Exactly one of ``supports``/``attacks``, holding exactly one id."""
    given = [rel for rel in RELATIONS if rel in f]
    if not given:
        r.report(key_node, f"{what} needs `supports` or `attacks` (missing)")
        return None, None
    if len(given) > 1:
        later = max((f[rel][0] for rel in given), key=lambda n: (n.start_mark.line, n.start_mark.column))
        r.report(later, f"{what} has both `supports` and `attacks`; an argument has exactly one target")
    relation = given[0]
    node = f[relation][1]
    if isinstance(node, yaml.SequenceNode):
        r.report(node, f"`{relation}` of {what} takes exactly one id, not a list (write one argument per target)")
        return relation, None
    target = r.text(node, f"`{relation}` of {what}")
    if r.absent(node):
        missing(r, key_node, f, relation, what)
    return relation, target


def _empty_list(node: yaml.Node | None) -> bool:
    return isinstance(node, yaml.SequenceNode) and not node.value
