"""The Argdown document model → an argmap map (YAML text).

Statements become claims (data ``speaker``, ``quote``, ``note``, ``implicit`` as written by
``argmap export --to argdown`` are read back; the heading a statement first appears under
becomes a tag). An argument with a premise–conclusion structure becomes one argmap
argument per inference step (the last keeps the argument's id, its title is the label, the
inference rule the scheme, its description the note). An argument without one becomes a
claim holding its description, unless its data lists ``premises`` (argmap's own export):
then it is that argument again. Each relation becomes a one-premise argument:
support/entails → supports; attack/contrary/undercut → attacks; contradictory → attacks
both ways. What cannot be kept is said in a comment.
"""

from __future__ import annotations

import re

from argmap.importers.argdown import extras
from argmap.importers.argdown.document import Document, Node
from argmap.importers.builder import ArgumentDraft, ClaimDraft, MapBuilder
from argmap.importers.common import Reporter, weight_of
from argmap.importers.ids import IdMaker

RELATIONS = {
    "support": "supports",
    "entails": "supports",
    "attack": "attacks",
    "contrary": "attacks",
    "undercut": "attacks",
    "contradictory": "attacks",
}
_TAG = re.compile(r"\x00tag\x00#(\([^)]*\)|[\w-]+)")


def to_yaml(doc: Document, front: dict, stem: str, reporter: Reporter) -> str:
    title = front.get("title")
    builder = MapBuilder(
        title=" ".join(str(title).split()) if title else f"{stem} (imported from Argdown)", reporter=reporter
    )
    builder.header.append("Imported by argmap from Argdown.")
    extras.front_matter(front, doc, builder)
    ids = _Ids(doc)
    for node in doc.statements.values():
        builder.claims[ids.of(node)] = _claim(doc, node, reporter, builder)
    for node in doc.statements.values():
        _restates(node, ids, builder)
    for node in doc.arguments.values():
        _argument(doc, node, ids, builder, reporter)
    for relation in doc.relations:
        _relation(doc, relation, ids, builder)
    return builder.finish()


class _Ids:
    """argmap ids for Argdown titles: statements and arguments share one namespace."""

    def __init__(self, doc: Document) -> None:
        self.maker, self.ids = IdMaker(), {}
        self.seen: set[tuple[tuple[str, ...], str, str]] = set()  # (premises, relation, target) made
        for node in [*doc.statements.values(), *doc.arguments.values()]:
            untitled = node.title.startswith("Untitled ")
            wanted = _clean(node.text, True) if untitled and node.text.strip() else node.title
            self.ids[(node.kind, node.title)] = (
                self.maker.keep(wanted, node.kind) if not untitled else self.maker.make(wanted, node.kind)
            )

    def of(self, node: Node) -> str:
        return self.ids[(node.kind, node.title)]


def _clean(text: str, remove_tags: bool) -> str:
    text = _TAG.sub("", text) if remove_tags else text.replace("\x00tag\x00", "")
    return " ".join(text.split())


def _data(node: Node, reporter: Reporter) -> dict:
    return extras.data(node, reporter)


def _claim(doc: Document, node: Node, reporter: Reporter, builder: MapBuilder) -> ClaimDraft:
    data = _data(node, reporter)
    text = _clean(node.text, doc.remove_tags) or node.title
    speaker = data.get("speaker") if str(data.get("speaker")) in builder.speakers else None
    section = [node.section] if node.section and node.section not in node.tags else []
    note = extras.extra_note(node, data, _text(data.get("note")))
    claim = ClaimDraft(
        text,
        speaker=speaker,
        tags=list(node.tags) + section,
        note=note,
        quote=_text(data.get("quote")),
        implicit=data.get("implicit") is True,
        assumed=data["assumed"] if isinstance(data.get("assumed"), bool) else None,
        weight=weight_of(data.get("weight")),
    )
    if not node.text.strip():
        claim.comments.append(f"Argdown statement [{node.title}] has no text; its title is used")
    claim.comments += [f"also stated as: {_clean(other, doc.remove_tags)}" for other in node.others]
    return claim


def _restates(node: Node, ids: _Ids, builder: MapBuilder) -> None:
    """``{restates: title}`` (argmap's own export): the statement says that one again."""
    wanted = _data(node, builder.reporter).get("restates")
    if wanted is None:
        return
    other = ids.ids.get(("statement", str(wanted)))
    if other is None or other == ids.of(node):
        builder.reporter.warn(
            f"`restates: {wanted}` of [{node.title}] names no other statement; ignored", line=node.line
        )
        return
    builder.claims[ids.of(node)].restates = other


def _text(value) -> str | None:
    return None if value is None else str(value)


def _argument(doc: Document, node: Node, ids: _Ids, builder: MapBuilder, reporter: Reporter) -> None:
    data = _data(node, reporter)
    description = _clean(node.text, doc.remove_tags)
    if conclusion(node):
        _steps(doc, node, ids, builder, description)
    elif isinstance(data.get("premises"), list):
        return  # argmap's sketched argument: built from its relations in _relation
    else:
        claim = ClaimDraft(
            description or node.title,
            tags=list(node.tags),
            note=extras.extra_note(node, data, None),
            comments=[f"Argdown argument <{node.title}> without premises and conclusion, kept as a claim"],
        )
        builder.claims[ids.of(node)] = claim


def conclusion(node: Node) -> str | None:
    """Title of the main conclusion of an argument's premise-conclusion structure, if any."""
    found = [title for role, title in node.pcs if role == "conclusion"]
    return found[-1] if found else None


def _steps(doc: Document, node: Node, ids: _Ids, builder: MapBuilder, description: str) -> None:
    premises: list[str] = []
    rule: str | None = None
    steps = [i for i, (role, _) in enumerate(node.pcs) if role == "conclusion"]
    for i, (role, value) in enumerate(node.pcs):
        if role == "inference":
            rule = value or None
            continue
        claim_id = ids.of(doc.statements[value])
        if role == "premise" or not premises:
            premises.append(claim_id)
            continue
        last = i == steps[-1]
        aid = ids.of(node) if last else ids.maker.make(f"{ids.of(node)}-step-{steps.index(i) + 1}", "step")
        builder.arguments[aid] = ArgumentDraft(
            premises=premises, relation="supports", target=claim_id, scheme=rule, line=node.line
        )
        ids.seen.add((tuple(premises), "supports", claim_id))
        if last:
            _argument_data(builder.arguments[aid], node, builder, description)
        premises, rule = [claim_id], None


def _argument_data(arg: ArgumentDraft, node: Node, builder: MapBuilder, description: str) -> None:
    """A human title is the label and the description the note; argmap's own export has
    its id as title and the label as description."""
    data = _data(node, builder.reporter)
    arg.speaker = str(data["speaker"]) if str(data.get("speaker")) in builder.speakers else None
    own_export = builder.own_export or (description and " " not in node.title)
    arg.label = (description or None) if own_export else node.title
    arg.note = extras.extra_note(node, data, _text(data.get("note")) if own_export or not description else description)
    arg.weight = weight_of(data.get("weight"))


def _relation(doc: Document, relation, ids: _Ids, builder: MapBuilder) -> None:
    source, target = relation.source, relation.target
    kind = RELATIONS[relation.kind]
    sketched = source.kind == "argument" and not conclusion(source) and ids.of(source) not in builder.claims
    if sketched:  # argmap's own export: <id> {premises: [...]} supports/attacks its target
        data = _data(source, builder.reporter)
        speaker = str(data["speaker"]) if str(data.get("speaker")) in builder.speakers else None
        builder.arguments[ids.of(source)] = ArgumentDraft(
            premises=_declared(source, builder),
            relation=kind,
            target=ids.of(target),
            speaker=speaker,
            label=_clean(source.text, doc.remove_tags) or None,
            scheme=_text(data.get("scheme")),
            note=extras.extra_note(source, data, _text(data.get("note"))),
            line=relation.line,
            weight=weight_of(data.get("weight")),
        )
        return
    if target.kind == "argument" and not conclusion(target) and ids.of(target) not in builder.claims:
        if source.kind == "statement" and ids.of(source) in _declared(target, builder):
            return  # a premise of argmap's sketched argument, not a relation of its own
    premise = ids.of(source)
    concluded = conclusion(source) if source.kind == "argument" else None
    if concluded:
        premise = ids.of(doc.statements[concluded])
    _one(builder, ids, premise, kind, ids.of(target), relation)
    if relation.kind == "contradictory" and target.kind == "statement":
        _one(builder, ids, ids.of(target), kind, premise, relation)


def _declared(node: Node, builder: MapBuilder) -> list[str]:
    return [str(p) for p in _data(node, builder.reporter).get("premises", [])]


def _one(builder: MapBuilder, ids: _Ids, premise: str, relation: str, target: str, source_relation) -> None:
    """One single-premise argument; none when the map has it already (an argument's relation and its
    conclusion's, a support and an entailment: Argdown counts them as one)."""
    if ((premise,), relation, target) in ids.seen:
        return
    ids.seen.add(((premise,), relation, target))
    aid = ids.maker.make(f"{premise}-{relation}-{target}", "relation")
    comment = (
        [f"Argdown {source_relation.kind} relation (line {source_relation.line})"]
        if source_relation.kind not in ("support", "attack")
        else []
    )
    builder.arguments[aid] = ArgumentDraft(
        premises=[premise], relation=relation, target=target, comments=comment, line=source_relation.line
    )
