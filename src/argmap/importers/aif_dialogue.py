"""Who said what in an AIF dialogue, from L (locution), YA (illocution) and TA (transition) nodes.

- **Speaker**: a YA whose illocution puts the proposition forward (Asserting, Restating, Arguing,
  Conceding, ... every illocution not named below) makes the speaker of its locution (L → YA) or of
  the reply a transition leads to (TA → L) the speaker of the I-node or scheme node it points at.
- **Stances** are not authorship: Agreeing, Disagreeing, Challenging and Questioning (pure,
  assertive, rhetorical) give ``(stance, name)`` pairs, which the importer writes as tags
  ``agreed-by-<speaker>``, ``disagreed-by-…``, ``challenged-by-…``, ``asked-by-…``; a questioned
  proposition is a ``question``. Agreeing or disagreeing that anchors a scheme node (RA, CA, MA)
  is the speaker's own relation, so it gives that node its speaker. A proposition no locution of
  the file asserts, but a reply agrees with, disagrees with or challenges, is the speaker's
  who was answered (the TA's first locution): US2016's forum threads hold such replies to the
  candidates. Analysing is ignored.
- **Quote**: the words of the locution that asserts or asks a proposition (without AIFdb's
  ``Name :`` prefix or Araucaria's ``Name says '…'``).
- **Order**: TA nodes chain locutions (L → TA → L: the second replies to the first); the
  propositions each locution asserts or asks, in that order, are the reveal order.
A speaker's name comes from ``participants`` via ``locutions``, else from the L-node's text,
else from the locution's ``personID`` ("Person 12").
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from argmap.importers.aif_graph import AifGraph
from argmap.importers.common import Reporter, json_member

NAME_PREFIX = re.compile(r"\s*([^:\n]{1,80}?)\s*:\s(.*)", re.DOTALL)
SAYS = re.compile(r"\s*([^'\"‘“:\n]{1,80}?)\s+says\s*[:,]?\s*['\"‘“](.*)['\"’”]\s*\Z", re.DOTALL)
IGNORED = ("analysing", "analyzing")
STANCES = (
    ("disagree", "disagreed-by"),
    ("agree", "agreed-by"),
    ("challeng", "challenged-by"),
    ("question", "asked-by"),
)
CONTENT_TYPES = ("I", "RA", "CA", "MA")
REPLIES = ("agreed-by", "disagreed-by", "challenged-by")


@dataclass
class Dialogue:
    speaker: dict[str, str] = field(default_factory=dict)  # I- or scheme-node id -> name
    quote: dict[str, str] = field(default_factory=dict)  # I-node id -> the locution's words
    stances: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # node id -> (stance, name)
    questions: set[str] = field(default_factory=set)  # I-nodes put forward as questions
    order: list[list[str]] = field(default_factory=list)  # I-node ids per locution, dialogue order


def read_dialogue(graph: AifGraph, reporter: Reporter) -> Dialogue:
    names = _locution_names(graph, reporter)
    dialogue = Dialogue()
    replied_to: dict[str, str | None] = {}  # I-node -> the speaker a reply agreed with, challenged...
    for ya in graph.of_type("YA"):
        illocution = " ".join(str(ya.get("text") or ya.get("scheme") or "").lower().split())
        if illocution in IGNORED:
            continue
        stance = next((tag for word, tag in STANCES if word in illocution), None)
        kept = False
        for source in graph.sources(ya["nodeID"]):
            name = _speaker_of(graph, source, names)
            for target in graph.targets(ya["nodeID"]):
                if graph.type_of(target) in CONTENT_TYPES:
                    kept = _record(graph, dialogue, (source, target), name, stance, reporter) or kept
                    if stance in REPLIES and graph.type_of(source) == "TA" and graph.type_of(target) == "I":
                        replied_to.setdefault(target, _replied_to(graph, source, names))
        if not kept:
            reporter.warn(
                f"YA node {ya['nodeID']} ({ya.get('text') or 'no text'}) joins no locution or transition "
                "to a proposition or relation argmap keeps; ignored",
                json_member("nodeID", ya["nodeID"]),
            )
    for node_id, name in replied_to.items():  # asserted in no locution of this file: whoever was answered
        if name is not None:
            dialogue.speaker.setdefault(node_id, name)
    _report_silent_locutions(graph, reporter)
    dialogue.order = _order(graph)
    return dialogue


def _report_silent_locutions(graph: AifGraph, reporter: Reporter) -> None:
    """L-nodes joined to nothing: their words are in no claim."""
    silent = [
        n["nodeID"] for n in graph.of_type("L") if not graph.sources(n["nodeID"]) and not graph.targets(n["nodeID"])
    ]
    if silent:
        reporter.warn(
            f"{len(silent)} L-node(s) joined to nothing, their words not kept: {', '.join(silent[:20])}"
            + (", ..." if len(silent) > 20 else ""),
            json_member("nodeID", silent[0]),
        )


def _record(
    graph: AifGraph, dialogue: Dialogue, edge: tuple[str, str], name: str | None, stance: str | None, reporter: Reporter
) -> bool:
    """Keep what one YA edge says; False when argmap has no place for it (a question or
    challenge of an inference, or a speaker whose name is unknown)."""
    source, target = edge
    if stance in ("agreed-by", "disagreed-by") and graph.type_of(target) != "I":
        stance = None  # agreeing with an inference, disagreeing as a conflict: that speaker's relation
    if stance == "asked-by" and graph.type_of(target) == "I":
        dialogue.questions.add(target)
    if graph.type_of(source) == "L" and graph.type_of(target) == "I" and stance in (None, "asked-by"):
        dialogue.quote.setdefault(target, words_of(graph.nodes[source]["text"]))
    if stance is not None and graph.type_of(target) != "I":
        return False
    if name is None:
        return target in dialogue.questions or target in dialogue.quote
    if stance is not None:
        dialogue.stances.setdefault(target, [])
        if (stance, name) not in dialogue.stances[target]:
            dialogue.stances[target].append((stance, name))
        return True
    earlier = dialogue.speaker.setdefault(target, name)
    if earlier != name:
        reporter.warn(
            f"node {target} is asserted by {earlier} and by {name}; {earlier} is kept", json_member("nodeID", target)
        )
    return True


def words_of(text: str) -> str:
    """A locution's words without the speaker's name in front."""
    for pattern in (SAYS, NAME_PREFIX):
        match = pattern.match(text)
        if match:
            return " ".join(match.group(2).split())
    return " ".join(text.split())


def proposition_of(graph: AifGraph, locution: str) -> list[str]:
    """The I-nodes an L-node's illocutions point at (L → YA → I)."""
    return [
        i
        for ya in graph.targets(locution)
        if graph.type_of(ya) == "YA"
        for i in graph.targets(ya)
        if graph.type_of(i) == "I"
    ]


def _speaker_of(graph: AifGraph, node_id: str, names: dict[str, str]) -> str | None:
    """The speaker of an L-node, or of the L-node a TA leads to (who replied, so who argued)."""
    kind = graph.type_of(node_id)
    if kind == "L":
        return names.get(node_id)
    if kind == "TA":
        ends = [t for t in graph.targets(node_id) if graph.type_of(t) == "L"]
        return names.get(ends[0]) if ends else None
    return None


def _order(graph: AifGraph) -> list[list[str]]:
    """Propositions per locution, locutions in dialogue order: a locution after those it replies
    to (TA), otherwise in file order."""
    locutions = [n["nodeID"] for n in graph.of_type("L")]
    after: dict[str, list[str]] = {lid: [] for lid in locutions}
    waiting = dict.fromkeys(locutions, 0)
    for ta in graph.of_type("TA"):
        for before in (s for s in graph.sources(ta["nodeID"]) if graph.type_of(s) == "L"):
            for reply in (t for t in graph.targets(ta["nodeID"]) if graph.type_of(t) == "L"):
                after[before].append(reply)
                waiting[reply] += 1
    ready = [(graph.order[lid], lid) for lid in locutions if not waiting[lid]]
    heapq.heapify(ready)
    ordered: list[str] = []
    while ready:
        ordered.append(heapq.heappop(ready)[1])
        for reply in after[ordered[-1]]:
            waiting[reply] -= 1
            if waiting[reply] == 0:
                heapq.heappush(ready, (graph.order[reply], reply))
    done = set(ordered)
    ordered += [lid for lid in locutions if lid not in done]  # a cycle of replies: file order
    return [ids for ids in (proposition_of(graph, lid) for lid in ordered) if ids]


def _replied_to(graph: AifGraph, transition: str, names: dict[str, str]) -> str | None:
    """The speaker of the locution a transition starts from (the one replied to)."""
    starts = [s for s in graph.sources(transition) if graph.type_of(s) == "L"]
    return names.get(starts[0]) if starts else None


def _locution_names(graph: AifGraph, reporter: Reporter) -> dict[str, str]:
    people = {str(p.get("participantID")): _full_name(p) for p in graph.participants}
    names: dict[str, str] = {}
    persons: dict[str, str] = {}
    absent: list[str] = []
    for loc in graph.locutions:
        nid, person = str(loc.get("nodeID")), loc.get("personID")
        if nid not in graph.nodes:
            absent.append(nid)
        elif people.get(str(person)):
            names.setdefault(nid, people[str(person)])
        elif person is not None and str(person).strip():
            persons.setdefault(nid, f"Person {str(person).strip()}")
    if absent:
        shown = ", ".join(dict.fromkeys(absent))
        reporter.warn(
            f"{len(absent)} locution(s) point at nodes that are not in the file: {shown}; ignored",
            json_member("nodeID", absent[0]),
        )
    for node in graph.of_type("L"):
        match = SAYS.match(node["text"]) or NAME_PREFIX.match(node["text"])
        if node["nodeID"] not in names and match:
            names[node["nodeID"]] = " ".join(match.group(1).split())
        elif node["nodeID"] not in names and node["nodeID"] in persons:
            names[node["nodeID"]] = persons[node["nodeID"]]
    return names


def _full_name(participant: dict) -> str:
    parts = [str(participant.get(k) or "").strip() for k in ("firstname", "surname")]
    return " ".join(p for p in parts if p)
