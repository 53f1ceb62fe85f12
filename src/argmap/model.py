"""The in-memory argument map: frozen dataclasses, references kept as id strings.

A reference that names nothing can exist here; the validator reports it. Each object
carries the Location of its key and, in ``where``, the Locations of its fields'
values (``where["premises"][i]``-style keys are spelled ``"premises.0"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Mapping

from argmap.frozen import quick_init
from argmap.problems import Location

Relation = Literal["supports", "attacks"]
RELATIONS: tuple[Relation, ...] = ("supports", "attacks")

CLAIM_WEIGHT = 0.5  # a claim's weight when the map gives none
ARGUMENT_WEIGHT = 1.0  # an argument's weight when the map gives none (and always for a shorthand)


@dataclass(frozen=True, slots=True)
class Located:
    """Where an object was written: its key's Location, and each field value's in ``where``."""

    location: Location
    where: Mapping[str, Location] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def loc(self, key: str) -> Location:
        """Location of a field's value, falling back to the object's own key."""
        return self.where.get(key, self.location)


@dataclass(frozen=True)
class Speaker(Located):
    """Someone who says claims or arguments in the map (``speakers:``)."""

    id: str = ""
    name: str = ""
    role: str | None = None


@dataclass(frozen=True)
class Source(Located):
    """The text the map is about (``source:``); ``text`` names a file to check quotes against."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    text: str | None = None  # path relative to the map file


@quick_init
@dataclass(frozen=True, slots=True)
class Claim(Located):
    """A statement: a box in the diagram, a premise or conclusion of arguments."""

    id: str = ""
    text: str | None = None
    speaker: str | None = None
    quote: str | None = None
    implicit: bool = False
    tags: tuple[str, ...] = ()
    note: str | None = None
    assumed: bool | None = None
    restates: str | None = None  # id of the claim this one says again in other words: not a reason
    weight: float | None = None  # 0..1, the claim's credibility on its own; None: CLAIM_WEIGHT


@quick_init
@dataclass(frozen=True, slots=True)
class Argument(Located):
    """Premises that together support or attack one target (a claim or an argument).

    ``shorthand`` is the id of the claim whose ``supports:``/``attacks:`` produced it,
    or None for an argument written under ``arguments:``.
    """

    id: str = ""
    premises: tuple[str, ...] = ()
    relation: Relation = "supports"
    target: str | None = None
    speaker: str | None = None
    label: str | None = None
    scheme: str | None = None
    note: str | None = None
    shorthand: str | None = None
    weight: float | None = None  # 0..1, how good the inference is; None: ARGUMENT_WEIGHT

    @property
    def is_attack(self) -> bool:
        return self.relation == "attacks"


@dataclass(frozen=True)
class ArgumentMap(Located):
    """A whole map: its claims, arguments and speakers by id, in the order the file gives them."""

    path: str = "<string>"
    version: int = 1
    title: str | None = None
    description: str | None = None
    source: Source | None = None
    speakers: Mapping[str, Speaker] = field(default_factory=dict)
    claims: Mapping[str, Claim] = field(default_factory=dict)
    arguments: Mapping[str, Argument] = field(default_factory=dict)
    steps: tuple[tuple[str, ...], ...] | None = None

    def node(self, node_id: str) -> Claim | Argument | None:
        """The claim or argument with this id (they share one namespace)."""
        return self.claims.get(node_id) or self.arguments.get(node_id)

    @cached_property
    def order(self) -> tuple[str, ...]:
        """Claim and argument ids in model order: each claim followed by its shorthand
        arguments, then the arguments written under ``arguments:``. Worked out once per map
        (the checks, the drawing and the exports each ask; a map is never changed)."""
        by_claim: dict[str, list[str]] = {}
        explicit = []
        for arg in self.arguments.values():
            if arg.shorthand is None:
                explicit.append(arg.id)
            else:
                by_claim.setdefault(arg.shorthand, []).append(arg.id)
        ids: list[str] = []
        for claim_id in self.claims:
            ids.append(claim_id)
            ids.extend(by_claim.get(claim_id, ()))
        return tuple(ids + explicit)


def shorthand_id(claim_id: str, relation: Relation, target: str, nth: int = 1) -> str:
    """Id of an argument written as a claim's ``supports:``/``attacks:``.

    It contains dots, which author ids may not, so it never collides with one.
    """
    suffix = f".{nth}" if nth > 1 else ""
    return f"{claim_id}.{relation}.{target}{suffix}"
