"""The map format's fields, defined once.

The loader's "unknown field" checks, the JSON importer, the language server's idea of which keys
hold ids, and the JSON Schema (``tools/make_schema.py``) are all read from ``FIELDS``; a test
holds them to it. To add a field: add a row here, read it in ``loading/``, then run
``tools/make_schema.py``.

``kind`` says what a value is: ``text`` (any plain scalar, read as text), ``ref`` / ``refs`` (one id /
one id or a list of ids), ``bool``, ``number`` (0 to 1), ``tags`` (text or list of texts), ``date``,
``version``, ``mapping`` (a table of objects by id), ``steps`` (a list of ids or lists of ids).
``refers_to`` names what a reference points at. ``required`` fields must be present and not empty.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """One key an object of the format may have: its owner, name, kind of value and meaning."""

    owner: str  # map, source, speaker, claim, argument
    name: str
    kind: str
    meaning: str
    required: bool = False
    refers_to: tuple[str, ...] = ()  # for ref/refs: claim, argument, speaker


_CLAIM_OR_ARGUMENT = ("claim", "argument")

FIELDS: tuple[Field, ...] = (
    Field("map", "argmap", "version", "Format version (optional; default 1)."),
    Field("map", "title", "text", "The map's title.", required=True),
    Field("map", "description", "text", "Free text."),
    Field("map", "source", "source", "The text being mapped."),
    Field("map", "speakers", "mapping", "Speakers by id."),
    Field("map", "claims", "mapping", "Claims by id (claim and argument ids share one namespace).", required=True),
    Field("map", "arguments", "mapping", "Arguments by id."),
    Field("map", "steps", "steps", "Reveal order: each step lists ids.", refers_to=_CLAIM_OR_ARGUMENT),
    Field("source", "title", "text", "The source's title."),
    Field("source", "author", "text", "Who wrote it."),
    Field("source", "publisher", "text", "Where it appeared."),
    Field("source", "date", "date", "ISO date, e.g. 2022-03-08."),
    Field("source", "url", "text", "Where to read it (http or https)."),
    Field("source", "text", "text", "Path of the source text, relative to the map file; enables quote checks."),
    Field("speaker", "name", "text", "The speaker's name.", required=True),
    Field("speaker", "role", "text", "Role or affiliation."),
    Field("claim", "text", "text", "What the claim says, in the analyst's words.", required=True),
    Field("claim", "speaker", "ref", "Id of the speaker who made the claim.", refers_to=("speaker",)),
    Field("claim", "quote", "text", "Verbatim words from the source."),
    Field("claim", "implicit", "bool", "True for an unstated premise the analyst added."),
    Field("claim", "tags", "tags", "Labels."),
    Field("claim", "note", "text", "Remarks for the reader."),
    Field(
        "claim",
        "supports",
        "refs",
        "Shorthand: a one-premise argument from this claim to each id.",
        refers_to=_CLAIM_OR_ARGUMENT,
    ),
    Field(
        "claim",
        "attacks",
        "refs",
        "Shorthand: a one-premise attack from this claim on each id.",
        refers_to=_CLAIM_OR_ARGUMENT,
    ),
    Field("claim", "assumed", "bool", "False: the claim needs support to be accepted."),
    Field(
        "claim",
        "restates",
        "ref",
        "Id of a claim this one says again in other words (a restatement, not a reason).",
        refers_to=("claim",),
    ),
    Field(
        "claim",
        "weight",
        "number",
        "How credible the claim is on its own, 0 to 1 (default 0.5); used by the gradual semantics (df-quad, energy).",
    ),
    Field(
        "argument",
        "premises",
        "refs",
        "Claim ids; several premises are linked (they work only together).",
        required=True,
        refers_to=("claim",),
    ),
    Field("argument", "supports", "ref", "The claim or argument this argument supports.", refers_to=_CLAIM_OR_ARGUMENT),
    Field(
        "argument",
        "attacks",
        "ref",
        "The claim (rebuttal) or argument (undercutter) this argument attacks.",
        refers_to=_CLAIM_OR_ARGUMENT,
    ),
    Field("argument", "speaker", "ref", "Id of the speaker who makes the argument.", refers_to=("speaker",)),
    Field("argument", "label", "text", "A short caption."),
    Field("argument", "scheme", "text", "The argument scheme, e.g. expert-opinion."),
    Field("argument", "note", "text", "Remarks for the reader."),
    Field(
        "argument", "weight", "number", "How good the inference is, 0 to 1 (default 1); used by the gradual semantics."
    ),
)


def names(owner: str) -> tuple[str, ...]:
    """The field names an object of ``owner`` may have, in the format's order."""
    return tuple(f.name for f in FIELDS if f.owner == owner)


def of(owner: str) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.owner == owner)


def reference_keys() -> tuple[str, ...]:
    """Keys whose values are ids (the language server completes and navigates them)."""
    return tuple(dict.fromkeys(f.name for f in FIELDS if f.refers_to))


def relation_free_names(owner: str) -> tuple[str, ...]:
    """An object's fields other than the premises and targets of arguments (the JSON importer
    copies these as they are and rebuilds the arguments itself; ``restates`` is copied)."""
    return tuple(f.name for f in FIELDS if f.owner == owner and f.name not in ("premises", "supports", "attacks"))
