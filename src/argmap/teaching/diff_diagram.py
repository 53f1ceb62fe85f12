"""The student's map drawn for grading: what matches the key in green, what the key has and
the answer lacks added in dashed grey, what only the answer has marked "+", and relations
drawn wrongly labelled with what is wrong with them.

The drawing is of a combined map: the answer, plus the key's missing claims (ids
``missing.<key id>``; author ids never contain dots), plus the key's missing relations,
either as extra premises of the answer's matching argument (so linked premises stay
linked) or as arguments of their own.
"""

from __future__ import annotations

from dataclasses import replace

from argmap.drawing.options import Decoration, RenderOptions
from argmap.model import Argument, ArgumentMap
from argmap.teaching.arguments import match_arguments
from argmap.teaching.diff import Comparison

# Solid borders for what the answer has (an unstated premise's dashed border would read as
# "missing"; its italics and byline still say it is unstated).
GREEN = {"color": "#1B7837", "fillcolor": "#D9F0D3", "penwidth": "2", "style": "rounded,filled"}
EXTRA = {"color": "#B35806", "fillcolor": "#FEE0B6", "penwidth": "2", "style": "rounded,filled"}
MISSING = {"style": "rounded,dashed,filled", "color": "#666666", "fillcolor": "#FFFFFF", "fontcolor": "#444444"}
MISSING_LINE = {"style": "dashed", "color": "#666666", "penwidth": "1.5"}
WRONG = {"color": "#B2182B", "penwidth": "2.5"}


def diff_drawing(
    key: ArgumentMap, answer: ArgumentMap, result: Comparison, base: RenderOptions = RenderOptions()
) -> tuple[ArgumentMap, RenderOptions]:
    """The combined map and the options (decorations, legend rows) that draw it."""
    to_answer = {m.key: m.answer for m in result.matches}
    arg_to_key = match_arguments(key, answer, {m.answer: m.key for m in result.matches})
    key_to_arg = {k: a for a, k in arg_to_key.items()}
    claims = dict(answer.claims)
    speakers = {**key.speakers, **answer.speakers}
    decorations: dict[str, Decoration] = {}
    for m in result.matches:
        decorations[m.answer] = Decoration(mark="✓", node_attrs=GREEN, tooltip_extra=f"matches `{m.key}` in the key")
    for cid in result.extra_claims:
        decorations[cid] = Decoration(mark="+", node_attrs=EXTRA, tooltip_extra="not in the key")
    for kid in result.missing_claims:
        new = f"missing.{kid}"
        claims[new] = replace(key.claims[kid], id=new)
        to_answer[kid] = new
        decorations[new] = Decoration(mark="missing:", node_attrs=MISSING, tooltip_extra=f"in the key as `{kid}`")
    arguments = dict(answer.arguments)
    _add_missing_relations(key, result, to_answer, key_to_arg, arguments, decorations)
    _mark_wrong_relations(result, decorations)
    combined = replace(
        answer,
        claims=claims,
        arguments=arguments,
        speakers=speakers,
        title=f"{answer.title or 'Answer'} — compared with the key: {result.score:.0f}%",
    )
    options = replace(base, speakers=False, decorations=decorations, extra_legend=_legend(result))
    return combined, options


def _add_missing_relations(key, result, to_answer, key_to_arg, arguments, decorations) -> None:
    """Each key argument with missing pairs: its missing premises join the answer's matching
    argument, or the whole argument is added (when its target can be drawn)."""
    by_argument: dict[str, list[str]] = {}
    for pair in result.missing:
        by_argument.setdefault(pair.argument, []).append(pair.premise)
    for key_id, premises in by_argument.items():
        key_arg = key.arguments[key_id]
        drawn = [to_answer[p] for p in premises if p in to_answer]
        if key_id in key_to_arg:
            answer_arg = arguments[key_to_arg[key_id]]
            arguments[answer_arg.id] = replace(answer_arg, premises=(*answer_arg.premises, *drawn))
            continue
        target = to_answer.get(key_arg.target) if key_arg.target in key.claims else key_to_arg.get(key_arg.target)
        if target is None or not drawn:
            continue
        new = f"missing.{key_id}"
        arguments[new] = Argument(
            location=key_arg.location,
            id=new,
            premises=tuple(drawn),
            relation=key_arg.relation,
            target=target,
            label=key_arg.label,
        )
        decorations[new] = Decoration(node_attrs=MISSING_LINE, tooltip_extra=f"missing: `{key_id}` of the key")


def _mark_wrong_relations(result: Comparison, decorations: dict[str, Decoration]) -> None:
    problems: dict[str, list[str]] = {}
    found = [
        (kind, pair.argument)
        for kind, pairs in (("reversed", result.reversed), ("backwards", result.backwards), ("+", result.extra))
        for pair in pairs
    ]
    found += [("link these", arg) for link in result.linked_in_key for arg in link.answer_arguments]
    found += [("separate these", arg) for link in result.linked_in_answer for arg in link.answer_arguments]
    for kind, arg_id in found:
        problems.setdefault(arg_id, [])
        if kind not in problems[arg_id]:
            problems[arg_id].append(kind)
    for arg_id, kinds in problems.items():
        attrs = EXTRA if kinds == ["+"] else WRONG
        decorations[arg_id] = Decoration(
            mark=" ".join(kinds), node_attrs={"color": attrs["color"], "penwidth": attrs["penwidth"]}
        )


def _legend(result: Comparison) -> tuple[tuple[str, str], ...]:
    rows = [("✓", "matches the key")]
    if result.missing_claims or result.missing:
        rows.append(("- - -", "missing (in the key only)"))
    if result.extra_claims or result.extra:
        rows.append(("+", "not in the key"))
    if result.reversed:
        rows.append(("reversed:", "support for attack, or attack for support"))
    if result.backwards:
        rows.append(("backwards:", "the arrow points the wrong way"))
    if result.linked_in_key:
        rows.append(("link these:", "the key links these premises"))
    if result.linked_in_answer:
        rows.append(("separate these:", "the key has separate reasons"))
    return tuple(rows)
