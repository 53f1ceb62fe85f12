"""Argdown (argdown.org): statements, arguments and their relations, readable by the Argdown tools.

A claim is a statement ``[id]: text #(tag) {speaker: ..., quote: ...}``. A support
argument whose target is a claim is an argument ``<id>`` with a premise–conclusion
structure (its premises, the scheme as the inference rule, the target as conclusion); any
other argument is an argument ``<id>`` whose premises support it (``+ [premise]``) and
which supports, attacks or (for an attack on an argument) undercuts its target, and whose
data lists its ``premises`` (other statements supporting it are backing). A
one-premise argument written as a claim's ``supports:``/``attacks:`` is a relation of the
statement (``+> [target]``, ``-> [target]``). The title, description, source and speakers
go into the front matter; speaker, quote, note, ``implicit`` and ``restates`` (Argdown has no
restatement relation) into each statement's data.
Texts are escaped, and their line breaks become spaces (Argdown texts are one paragraph).
"""

from __future__ import annotations

import json
import re

from argmap.model import Argument, ArgumentMap, Claim

SUFFIX = ".argdown"
# Characters with a meaning in Argdown text; a backslash makes each one literal.
_SPECIAL = re.compile(r"([\\\[\]<>#@_*+\-/(){}])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _value(value) -> str:
    """A YAML flow value Argdown reads back unchanged (JSON is valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _data(fields: dict) -> str:
    kept = {k: v for k, v in fields.items() if not (v is None or v is False or v == "")}  # a weight may be 0
    return " {" + ", ".join(f"{k}: {_value(v)}" for k, v in kept.items()) + "}" if kept else ""


def export(amap: ArgumentMap, options: dict) -> str:
    lines = _front_matter(amap)
    inline = {aid for aid, arg in amap.arguments.items() if _as_relation(amap, arg)}
    for claim in amap.claims.values():
        lines += ["", _statement(claim)]
        lines += [
            f"  {_arrow(amap, a)} {_ref(amap, a.target)}"
            for a in amap.arguments.values()
            if a.id in inline and a.premises == (claim.id,)
        ]
    for aid in amap.order:
        if aid in amap.arguments and aid not in inline:
            lines += [""] + _argument(amap, amap.arguments[aid])
    return "\n".join(lines) + "\n"


def _front_matter(amap: ArgumentMap) -> list[str]:
    lines = ["===", "argmap: 1", f"title: {_value(amap.title or '')}"]
    if amap.description:
        lines.append(f"description: {_value(amap.description)}")
    if amap.source is not None:
        fields = ("title", "author", "publisher", "date", "url", "text")
        lines.append(f"source: {_value({f: getattr(amap.source, f) for f in fields if getattr(amap.source, f)})}")
    if amap.speakers:
        speakers = {s.id: {k: v for k, v in (("name", s.name), ("role", s.role)) if v} for s in amap.speakers.values()}
        lines.append(f"speakers: {_value(speakers)}")
    if amap.steps:
        lines.append(f"steps: {_value([list(step) for step in amap.steps])}")
    lines += ["model: {removeTagsFromText: true}", "==="]
    return lines


def _statement(claim: Claim) -> str:
    tags = "".join(f" #({_tag(tag)})" for tag in claim.tags)
    data = _data(
        {
            "speaker": claim.speaker,
            "quote": claim.quote,
            "note": claim.note,
            "implicit": claim.implicit,
            "assumed": claim.assumed,
            "restates": claim.restates,
            "weight": claim.weight,
        }
    )
    return f"[{claim.id}]: {escape(claim.text or '')}{tags}{data}"


def _tag(tag: str) -> str:
    """A tag inside ``#(...)``: read raw up to the first ``)``, which is therefore dropped."""
    return " ".join(tag.replace(")", "").split())


def _as_relation(amap: ArgumentMap, arg: Argument) -> bool:
    """True for a one-premise argument with nothing of its own: a relation of its premise."""
    plain = not (arg.label or arg.scheme or arg.speaker or arg.note) and arg.weight is None
    targeted = any(other.target == arg.id for other in amap.arguments.values())
    return plain and len(arg.premises) == 1 and not targeted and arg.premises[0] in amap.claims


def _ref(amap: ArgumentMap, node_id: str | None) -> str:
    return f"<{node_id}>" if node_id in amap.arguments else f"[{node_id}]"


def _arrow(amap: ArgumentMap, arg: Argument) -> str:
    if not arg.is_attack:
        return "+>"
    return "_>" if arg.target in amap.arguments else "->"


def _argument(amap: ArgumentMap, arg: Argument) -> list[str]:
    head = f"<{arg.id}>"
    description = escape(arg.label) if arg.label else ""
    sketched = arg.is_attack or arg.target not in amap.claims
    data = _data(
        {
            "speaker": arg.speaker,
            "scheme": arg.scheme,
            "note": arg.note,
            "weight": arg.weight,
            "premises": list(arg.premises) if sketched else None,
        }
    )
    if description:
        head += f": {description}{data}"
    elif data:
        head += data  # a reference may carry data; a definition needs text
    if sketched:  # no conclusion to write: the premises support it, it acts on its target
        return [head] + [f"  + [{p}]" for p in arg.premises] + [f"  {_arrow(amap, arg)} {_ref(amap, arg.target)}"]
    lines = [head, ""] + [f"({n}) [{p}]" for n, p in enumerate(arg.premises, start=1)]
    lines.append(f"-- {escape(arg.scheme)} --" if arg.scheme else "----")
    lines.append(f"({len(arg.premises) + 1}) [{arg.target}]")
    return lines
