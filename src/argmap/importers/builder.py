"""A neutral map that the AIF and Argdown importers fill, made safe, then written as YAML.

``MapBuilder.finish()`` removes what argmap would reject (a relation from a claim to
itself, the same premises both supporting and attacking one target, a cycle of support),
each with a warning, and writes one-premise arguments that nothing else refers to as a
claim's ``supports:``/``attacks:`` shorthand, so the YAML reads like a hand-written map.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from argmap.importers.common import Reporter
from argmap.importers.cycles import cycle_breakers
from argmap.importers.yamlwriter import Draft, Entry, render


@dataclass
class ClaimDraft:
    text: str
    speaker: str | None = None
    tags: list[str] = field(default_factory=list)
    note: str | None = None
    comments: list[str] = field(default_factory=list)
    quote: str | None = None
    implicit: bool = False
    assumed: bool | None = None
    restates: str | None = None
    weight: float | None = None


@dataclass
class ArgumentDraft:
    premises: list[str]
    relation: str  # supports | attacks
    target: str
    scheme: str | None = None
    speaker: str | None = None
    label: str | None = None
    note: str | None = None
    comments: list[str] = field(default_factory=list)
    weight: float | None = None
    where: str | None = None  # pattern locating it in the foreign file, for warnings
    line: int | None = None  # or its line there


@dataclass
class MapBuilder:
    title: str
    reporter: Reporter
    header: list[str] = field(default_factory=list)
    description: str | None = None
    speakers: dict[str, str] = field(default_factory=dict)  # id -> name
    roles: dict[str, str] = field(default_factory=dict)  # id -> role
    source: dict[str, str] = field(default_factory=dict)
    claims: dict[str, ClaimDraft] = field(default_factory=dict)
    arguments: dict[str, ArgumentDraft] = field(default_factory=dict)
    steps: list[list[str]] | None = None  # reveal order: claim ids per step
    own_export: bool = False  # written by argmap's exporter: an argument's title is its id, never a label

    def finish(self) -> str:
        if not self.claims:
            self.reporter.warn("the file holds no statements; the map gets one placeholder claim")
            self.claims["empty"] = ClaimDraft(
                "(The imported file contained no statements.)",
                comments=["argmap import: placeholder, the file had none"],
            )
        self._drop_unsafe()
        return render(self._draft())

    def _drop(self, aid: str, why: str) -> None:
        arg = self.arguments.pop(aid)
        self.reporter.warn(f"{why}; left out", arg.where, line=arg.line)
        self.header.append(f"Left out: {why}.")

    def _drop_unsafe(self) -> None:
        for aid, arg in list(self.arguments.items()):
            if arg.target in arg.premises or arg.target == aid:
                self._drop(aid, f"`{aid}` would make a claim support or attack itself")
        seen: dict[tuple, str] = {}
        for aid, arg in list(self.arguments.items()):
            key = (frozenset(arg.premises), arg.target)
            other = seen.setdefault(key, aid)
            if other != aid and self.arguments[other].relation != arg.relation:
                self._drop(aid, f"`{aid}` both supports and attacks `{arg.target}` with the same premises as `{other}`")
        for closing in cycle_breakers(self.arguments, lambda aid: self.arguments[aid].line or 0):
            self._drop(closing, f"`{closing}` closes a cycle of support")
        about: dict[str, list[str]] = {}  # target -> the arguments about it
        for aid, arg in self.arguments.items():
            about.setdefault(arg.target, []).append(aid)
        dangling = deque(aid for aid, a in self.arguments.items() if a.target not in self.claims)
        while dangling:  # an argument about a dropped argument goes too, and so on
            aid = dangling.popleft()
            if aid in self.arguments and self.arguments[aid].target not in self.arguments:
                self._drop(aid, f"`{aid}` is about `{self.arguments[aid].target}`, which was left out")
                dangling.extend(about.get(aid, ()))

    def _draft(self) -> Draft:
        targeted = {a.target for a in self.arguments.values()}
        short = {aid for aid, a in self.arguments.items() if self._as_shorthand(aid, a, targeted)}
        draft = Draft(
            title=self.title, header=self.header, description=self.description, source=self.source, steps=self.steps
        )
        draft.speakers = [
            Entry(sid, {"name": name, "role": self.roles.get(sid)}) for sid, name in self.speakers.items()
        ]
        by_premise: dict[str, list[ArgumentDraft]] = {}  # one pass, not one per claim
        for aid in short:
            by_premise.setdefault(self.arguments[aid].premises[0], []).append(self.arguments[aid])
        for cid, claim in self.claims.items():
            fields = {
                "text": claim.text,
                "speaker": claim.speaker,
                "quote": claim.quote,
                "tags": claim.tags,
                "note": claim.note,
                "implicit": claim.implicit or None,
                "assumed": claim.assumed,
                "restates": claim.restates,
                "weight": claim.weight,
            }
            mine = by_premise.get(cid, [])
            for relation in ("supports", "attacks"):
                fields[relation] = [a.target for a in mine if a.relation == relation]
            comments = claim.comments + [c for a in mine for c in a.comments]
            draft.claims.append(Entry(cid, fields, comments))
        for aid, arg in self.arguments.items():
            if aid not in short:
                fields = {
                    "premises": arg.premises,
                    arg.relation: arg.target,
                    "speaker": arg.speaker,
                    "label": arg.label,
                    "scheme": arg.scheme,
                    "note": arg.note,
                    "weight": arg.weight,
                }
                draft.arguments.append(Entry(aid, fields, arg.comments))
        return draft

    def _as_shorthand(self, aid: str, arg: ArgumentDraft, targeted: set[str]) -> bool:
        plain = not (arg.scheme or arg.speaker or arg.label or arg.note) and arg.weight in (None, 1.0)
        return plain and len(arg.premises) == 1 and aid not in targeted and arg.premises[0] in self.claims
