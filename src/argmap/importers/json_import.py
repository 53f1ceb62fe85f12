"""argmap's own JSON (``argmap export --to json``) back to YAML: the same map, exactly."""

from __future__ import annotations

from typing import Any

from argmap import fields as format_fields
from argmap.importers.common import FAILED, Reporter, decode_json, json_key, mapping_at
from argmap.importers.ids import is_valid_id
from argmap.importers.yamlwriter import Draft, Entry, render
from argmap.loading.yamlsource import gc_paused
from argmap.model import RELATIONS, shorthand_id

SUFFIXES = (".json",)
SOURCE_FIELDS = format_fields.names("source")
CLAIM_FIELDS = format_fields.relation_free_names("claim")
ARGUMENT_FIELDS = format_fields.relation_free_names("argument")


def sniff(data: bytes) -> bool:
    head = data[:4096].decode("utf-8", "ignore")
    return head.lstrip().startswith("{") and '"argmap"' in head and '"claims"' in data.decode("utf-8", "ignore")


@gc_paused()  # many small objects, no cycles: collections only slow it down (quadratic-like)
def import_map(data: bytes, path: str) -> tuple[str, list]:
    reporter = Reporter(path)
    doc = decode_json(data, reporter)
    if doc is FAILED:
        return "", reporter.problems
    if not isinstance(doc, dict) or not isinstance(doc.get("claims"), dict):
        reporter.error("not an argmap JSON document: expected an object with `claims` (use --from to pick the format)")
        return "", reporter.problems
    if doc.get("argmap", 1) != 1:
        reporter.error(
            f"unsupported argmap JSON version {doc.get('argmap')!r}: this argmap reads version 1", json_key("argmap")
        )
        return "", reporter.problems
    draft = Draft(title=_text(doc.get("title")) or "Untitled map", description=_text(doc.get("description")))
    if not _text(doc.get("title")):
        draft.header.append("argmap import: the JSON had no title; one was made up.")
        reporter.warn('no `title`: the imported map is called "Untitled map"')
    source = mapping_at(doc, "source")
    draft.source = {k: str(source[k]) for k in SOURCE_FIELDS if source.get(k) is not None}
    speakers = mapping_at(doc, "speakers")
    draft.speakers = [_speaker(sid, s, reporter) for sid, s in speakers.items()]
    arguments = mapping_at(doc, "arguments")
    shorthand, explicit = _split_arguments(arguments, doc["claims"], reporter)
    draft.claims = [_claim(cid, c, shorthand.get(cid, []), reporter) for cid, c in doc["claims"].items()]
    draft.arguments = [_argument(aid, a, reporter) for aid, a in explicit]
    if isinstance(doc.get("steps"), list):
        draft.steps = [[str(i) for i in (s if isinstance(s, list) else [s])] for s in doc["steps"]]
    return render(draft), reporter.problems


def _text(value: Any) -> str | None:
    return None if value is None or isinstance(value, (dict, list)) else str(value)


def _speaker(sid: str, value: Any, reporter: Reporter) -> Entry:
    value = value if isinstance(value, dict) else {"name": value}
    _check_id(sid, "speaker", reporter)
    return Entry(sid, {"name": _text(value.get("name")) or sid, "role": _text(value.get("role"))})


def _claim(cid: str, value: Any, shorthand: list[dict], reporter: Reporter) -> Entry:
    value = value if isinstance(value, dict) else {"text": value}
    _check_id(cid, "claim", reporter)
    fields = {k: value.get(k) for k in CLAIM_FIELDS if value.get(k) not in (None, False, [])}
    if value.get("assumed") is False:
        fields["assumed"] = False
    if isinstance(value.get("weight"), (int, float)) and not isinstance(value.get("weight"), bool):
        fields["weight"] = value["weight"]  # 0 is a weight, not a missing value
    if "text" not in fields:
        reporter.warn(f"claim `{cid}` has no text; it is left empty", json_key(cid))
        fields = {"text": "", **fields}
    for relation in RELATIONS:
        fields[relation] = [a["target"] for a in shorthand if a["relation"] == relation]
    return Entry(cid, fields)


def _argument(aid: str, value: dict, reporter: Reporter) -> Entry:
    fields = {
        "premises": [str(p) for p in value.get("premises", [])],
        value.get("relation", "supports"): value.get("target"),
    }
    fields.update({k: value.get(k) for k in ARGUMENT_FIELDS if value.get(k) is not None})
    return Entry(aid, fields)


def _split_arguments(arguments: dict, claims: dict, reporter: Reporter):
    """Claim-level shorthands (by claim id) and the arguments written out, in order.

    A shorthand whose derived id or fields a claim's ``supports:``/``attacks:`` could not
    reproduce is written out as an ordinary argument instead, with a warning.
    """
    shorthand: dict[str, list[dict]] = {}
    explicit: list[tuple[str, dict]] = []
    counts: dict[tuple[str, str, str], int] = {}
    for aid, arg in arguments.items():
        if not _usable_argument(aid, arg, reporter):
            continue
        owner = arg.get("shorthand")
        if owner is not None:
            key = (owner, arg["relation"], arg["target"])
            nth = counts.get(key, 0) + 1
            plain = all(arg.get(k) is None for k in ARGUMENT_FIELDS)
            if plain and owner in claims and arg["premises"] == [owner] and aid == shorthand_id(*key, nth):
                counts[key] = nth
                shorthand.setdefault(owner, []).append(arg)
                continue
            reporter.warn(
                f"argument `{aid}` cannot be written as a claim's `{arg['relation']}:`; "
                "it becomes an ordinary argument",
                json_key(aid),
            )
            aid = aid.replace(".", "-")
        explicit.append((aid, arg))
    return shorthand, explicit


def _usable_argument(aid: str, arg: Any, reporter: Reporter) -> bool:
    ok = (
        isinstance(arg, dict)
        and isinstance(arg.get("premises"), list)
        and arg["premises"]
        and arg.get("relation", "supports") in RELATIONS
        and isinstance(arg.get("target"), str)
    )
    if not ok:
        reporter.error(
            f"argument `{aid}` needs `premises` (a list), `relation` (supports or attacks) "
            "and `target`; it is left out",
            json_key(aid),
        )
        return False
    arg.setdefault("relation", "supports")
    if arg.get("shorthand") is None:
        _check_id(aid, "argument", reporter)
    return True


def _check_id(key: str, what: str, reporter: Reporter) -> None:
    if not is_valid_id(key):
        reporter.warn(f"{what} id `{key}` is not a valid argmap id; `argmap validate` will report it", json_key(key))
