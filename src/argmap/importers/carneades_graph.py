"""Statements, arguments and issues of a Carneades 4 graph as argmap claims and arguments
(the rules are listed in carneades.py)."""

from __future__ import annotations

import re

from argmap.importers.builder import ArgumentDraft, ClaimDraft, MapBuilder
from argmap.importers.ids import IdMaker

IGNORED = {
    "language": "a `language` of predicates (argmap claims are plain text)",
    "argument_schemes": "argument schemes' variables, premises, exceptions and weighing functions "
    "(a scheme's constant weight becomes its arguments' `weight`)",
    "issue_schemes": "issue schemes (only the listed `issues` are used)",
}
ARGUMENT_FIELDS = {"conclusion", "premises", "undercutter", "scheme"}
WEIGHING = {"factorized", "cumulative", "linked"}  # Carneades' built-in weighing functions


def _constant_weights(schemes) -> dict[str, float]:
    """Scheme id -> its ``weight: {constant: w}`` (a number from 0 to 1), for the schemes that have one."""
    from argmap.importers.common import weight_of

    found = {}
    for scheme in schemes if isinstance(schemes, list) else []:
        weight = scheme.get("weight") if isinstance(scheme, dict) else None
        constant = weight_of(weight.get("constant")) if isinstance(weight, dict) else None
        if constant is not None and scheme.get("id") is not None:
            found[str(scheme["id"])] = constant
    return found


def _key(name: str) -> str:
    """A pattern finding ``name:`` as a YAML key."""
    return rf"(?m)^\s*{re.escape(str(name))}\s*:"


class CarneadesGraph:
    """The conversion proper; fills ``builder`` and records the id of everything it made."""

    def __init__(self, doc: dict, builder: MapBuilder) -> None:
        self.doc, self.builder, self.warn = doc, builder, builder.reporter.warn
        self.made = IdMaker()
        self.ids: dict[str, str] = {}
        self.undercutters: dict[str, str] = {}  # argmap argument id -> claim that undercuts it
        self.pro: dict[str, list[str]] = {}  # claim id -> argmap arguments concluding it
        self.scheme_weights = _constant_weights(doc.get("argument_schemes"))

    def run(self) -> None:
        for name, what in IGNORED.items():
            if self.doc.get(name):
                self.warn(f"{what}: no counterpart in argmap; left out", _key(name))
        assumptions = self._list(self.doc.get("assumptions"), "assumptions")
        for sid, value in self._mapping("statements").items():
            self._statement(str(sid), value, str(sid) in assumptions)
        for sid in assumptions:
            if sid not in self.ids:
                self.warn(
                    f"assumption `{sid}` is not among the statements; it becomes a claim of its own",
                    _key("assumptions"),
                )
                self._statement(sid, None, True)
        for aid, value in self._mapping("arguments").items():
            self._argument(str(aid), value)
        for iid, value in self._mapping("issues").items():
            self._issue(str(iid), value)

    def _mapping(self, name: str) -> dict:
        value = self.doc.get(name)
        if value is not None and not isinstance(value, dict):
            self.warn(f"`{name}` should be a mapping; left out", _key(name))
            return {}
        return value or {}

    def _list(self, value, what: str) -> list[str]:
        if value is None:
            return []
        if isinstance(value, dict):
            return [str(k) for k in value]
        if not isinstance(value, list):
            self.warn(f"`{what}` should be a list of statement ids", _key(what))
            return []
        return [str(v) for v in value]

    def _new_id(self, carneades_id: str, fallback: str) -> str:
        return (
            self.made.keep(carneades_id, fallback)
            if "¬" not in carneades_id
            else self.made.make(carneades_id.replace("¬", "not-"), fallback)
        )

    def _statement(self, sid: str, value, assumed: bool) -> str:
        text = value.get("text") if isinstance(value, dict) else value
        if isinstance(value, dict):
            assumed = assumed or value.get("assumed") is True
        cid = self.ids[sid] = self._new_id(sid, "statement")
        comments = [] if cid == sid else [f"Carneades statement {sid}"]
        text = " ".join(str(text).split()) if text not in (None, "") else sid
        # a weight for the gradual semantics: an assumption is taken as given, any other statement
        # needs support (as Carneades reads them)
        self.builder.claims[cid] = ClaimDraft(text, comments=comments, assumed=assumed, weight=1.0 if assumed else 0.0)
        return cid

    def _claim(self, sid, where: str) -> str:
        sid = str(sid)
        if sid not in self.ids:
            self.warn(f"`{sid}` is not among the statements; it becomes a claim that needs support", where)
            self._statement(sid, None, False)
        return self.ids[sid]

    def _argument(self, aid: str, value) -> None:
        where = _key(aid)
        if not isinstance(value, dict) or value.get("conclusion") is None:
            self.warn(f"argument `{aid}` has no conclusion; left out", where)
            return
        for extra in sorted(set(value) - ARGUMENT_FIELDS):
            self.warn(f"`{extra}` of argument `{aid}` has no counterpart in argmap; left out", where)
        conclusion = self._claim(value["conclusion"], where)
        premises, roles = self._premises(aid, value.get("premises"), where)
        scheme = value.get("scheme")
        if scheme in WEIGHING:
            self.warn(
                f"argument `{aid}`: the weighing of Carneades' `{scheme}` scheme has no counterpart "
                "in argmap; only its name is kept",
                where,
            )
        groups = [[p] for p in premises] if scheme == "convergent" and len(premises) > 1 else [premises]
        for n, group in enumerate(groups, 1):
            argmap_id = self._new_id(aid if len(groups) == 1 else f"{aid}-{n}", "argument")
            self.ids.setdefault(aid, argmap_id)
            note = f"Carneades argument {aid}" + (f" (premise roles: {roles})" if roles else "")
            self.builder.arguments[argmap_id] = ArgumentDraft(
                group,
                "supports",
                conclusion,
                scheme=str(scheme) if scheme else None,
                note=note,
                where=where,
                weight=self.scheme_weights.get(str(scheme)),
            )
            self.pro.setdefault(conclusion, []).append(argmap_id)
            if value.get("undercutter") is not None:
                self._undercut(argmap_id, self._claim(value["undercutter"], where))

    def _premises(self, aid: str, premises, where: str) -> tuple[list[str], str]:
        roles = ""
        if isinstance(premises, dict):
            roles = ", ".join(f"{role}: {sid}" for role, sid in premises.items())
            premises = list(premises.values())
        ids = list(dict.fromkeys(self._claim(p, where) for p in self._list(premises, f"premises of {aid}")))
        if not ids:
            grounds = self._new_id(f"{aid}-grounds", "grounds")
            self.builder.claims[grounds] = ClaimDraft(
                f"(Argument {aid} has no premises: it holds unless undercut.)",
                implicit=True,
                assumed=True,
                weight=1.0,
                comments=["argmap import: argmap arguments need a premise"],
            )
            ids = [grounds]
        return ids, roles

    def _undercut(self, argument_id: str, claim_id: str) -> None:
        self.undercutters[argument_id] = claim_id
        self.builder.arguments[self._new_id(f"{claim_id}-undercuts-{argument_id}", "undercut")] = ArgumentDraft(
            [claim_id], "attacks", argument_id
        )

    def _issue(self, iid: str, value) -> None:
        where = _key(iid)
        positions = value.get("positions") if isinstance(value, dict) else None
        if not isinstance(positions, list) or len(positions) < 2:
            self.warn(f"issue `{iid}` needs a list of at least two positions; left out", where)
            return
        if isinstance(value, dict) and value.get("standard"):
            self.warn(
                f"proof standard {value['standard']} of issue `{iid}` has no counterpart in argmap "
                "(conflicting positions defeat each other); left out",
                where,
            )
        claims = [self._claim(p, where) for p in positions]
        for position in claims:
            for pro in self.pro.get(position, []):
                for other in claims:
                    if other != position:
                        self._against(pro, other, iid)

    def _against(self, pro: str, other: str, iid: str) -> None:
        """An argument with ``pro``'s premises (and undercutter) attacking the rival position."""
        draft = self.builder.arguments[pro]
        con = self._new_id(f"{pro}-against-{other}", "against")
        self.builder.arguments[con] = ArgumentDraft(
            list(draft.premises),
            "attacks",
            other,
            scheme=draft.scheme,
            comments=[f"from issue {iid}: `{pro}` supports a rival position"],
            where=draft.where,
            weight=draft.weight,
        )
        if pro in self.undercutters:
            self._undercut(con, self.undercutters[pro])
