"""The map walked into the outline's lines, from each conclusion down, before formatting.

Each conclusion starts a block; under a claim come the arguments aimed at it, support
first ("Because: …"), then rebuttals ("But: …"). Under an argument come its undercutters
("Unless: …") and its backing ("Backed by: …"). Linked premises are listed together
under one "Because, together:" line. A claim reached a second time (a shared premise,
or a cycle) is named again with "(see above)" instead of being expanded again, so
every map, cyclic ones included, gives a finite outline.
"""

from __future__ import annotations

from dataclasses import dataclass

from argmap.graph import incoming, roots, speaker_name
from argmap.mdtext import one_line
from argmap.model import Argument, ArgumentMap

LEADS = {
    ("supports", "claim"): "Because",
    ("attacks", "claim"): "But",
    ("supports", "argument"): "Backed by",
    ("attacks", "argument"): "Unless",
}
RESTATED = "Restated as"  # a claim's ``restates:``: the same claim again, not a reason


@dataclass(frozen=True)
class Line:
    """One line of the outline, before formatting."""

    depth: int
    text: str
    lead: str | None = None  # "Because", "But", ...; None for a conclusion
    speaker: str | None = None
    label: str | None = None  # the argument's label, shown after the lead
    argument: str | None = None  # the argument the lead introduces
    claim: str | None = None  # the claim whose text this is
    linked: bool = False  # a heading for linked premises ("Because, together:")
    bullet: bool = False  # one of several linked premises
    implicit: bool = False
    repeated: bool = False


def outline_lines(amap: ArgumentMap) -> list[list[Line]]:
    """One block of lines per conclusion, then one per claim not reached from any."""
    walker = _Walker(amap)
    blocks = [walker.block(cid) for cid in roots(amap) if not walker.restates_a_root(cid)]
    for cid in amap.claims:  # claims only on a cycle, or under a dangling argument
        if cid not in walker.expanded:
            blocks.append(walker.block(cid))
    return blocks


class _Walker:
    def __init__(self, amap: ArgumentMap):
        self.amap = amap
        self.incoming = incoming(amap)
        self.restated_by: dict[str, list[str]] = {}
        for claim in amap.claims.values():
            if claim.restates is not None and claim.restates in amap.claims and claim.restates != claim.id:
                self.restated_by.setdefault(claim.restates, []).append(claim.id)
        self.expanded: set[str] = set()
        self.lines: list[Line] = []

    def block(self, claim_id: str) -> list[Line]:
        self.lines = []
        self.claim(claim_id, 0)
        return self.lines

    def claim(
        self,
        claim_id: str,
        depth: int,
        lead: str | None = None,
        bullet: bool = False,
        label: str | None = None,
        argument: str | None = None,
    ) -> None:
        claim = self.amap.claims[claim_id]
        repeated = claim_id in self.expanded
        self.lines.append(
            Line(
                depth,
                _flat(claim.text) or f"({claim_id})",
                lead,
                speaker_name(self.amap, claim.speaker),
                label=label,
                argument=argument,
                claim=claim_id,
                bullet=bullet,
                implicit=claim.implicit,
                repeated=repeated,
            )
        )
        if repeated:
            return
        self.expanded.add(claim_id)
        for other in self.restated_by.get(claim_id, ()):
            self.claim(other, depth + 1, RESTATED)
        self.children(claim_id, depth + 1)

    def restates_a_root(self, claim_id: str) -> bool:
        """A claim that only restates another is shown under it, not as a conclusion of its own."""
        return claim_id not in self.incoming and self.amap.claims[claim_id].restates in self.amap.claims

    def children(self, node_id: str, depth: int) -> None:
        for arg in self.incoming.get(node_id, ()):
            if arg.id not in self.expanded:
                self.argument(arg, depth)

    def argument(self, arg: Argument, depth: int) -> None:
        self.expanded.add(arg.id)
        on = "argument" if arg.target in self.amap.arguments else "claim"
        lead = LEADS[(arg.relation, on)]
        premises = [p for p in arg.premises if p in self.amap.claims]
        if len(premises) == 1:
            self.claim(premises[0], depth, lead, label=_flat(arg.label), argument=arg.id)
        else:
            self.lines.append(
                Line(
                    depth,
                    "",
                    lead,
                    speaker_name(self.amap, arg.speaker),
                    label=_flat(arg.label),
                    argument=arg.id,
                    linked=True,
                )
            )
            for premise in premises:
                self.claim(premise, depth + 1, bullet=len(premises) > 1)
        self.children(arg.id, depth + 1)


def _flat(text: str | None) -> str | None:
    """Text on one line: runs of whitespace (line breaks included) become one space, and
    control characters (a terminal's escape sequences) go."""
    return None if text is None else one_line(text)
