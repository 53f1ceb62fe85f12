"""AIF (AIFdb nodesets, OVA3's ``{"AIF": {...}}`` wrapper) to an argmap map.

I-nodes become claims; RA and CA nodes become arguments; an MA node (a rephrase) makes each
of its premises ``restates:`` its target (a restatement, not a reason); a CA or RA pointing at another scheme node becomes an
argument about that argument (an undercutter, an attack on an attack, a backing). A
relation joined to an L-node is joined to the proposition that locution puts forward.
The dialogue (L, YA, TA nodes, see ``aif_dialogue``) gives each claim its speaker (who
asserted it), its ``quote`` (the locution's words), tags for who agreed, disagreed,
challenged or asked it (and ``question``), and the map's ``steps:`` in dialogue order.
What cannot be used is reported as a warning naming the node or edge.
"""

from __future__ import annotations

from pathlib import PurePath

from argmap.importers.aif_dialogue import proposition_of, read_dialogue
from argmap.importers.aif_graph import AifGraph, read_graph
from argmap.importers.builder import ArgumentDraft, ClaimDraft, MapBuilder
from argmap.importers.common import FAILED, Reporter, decode_json, json_member, weight_of
from argmap.importers.ids import IdMaker, is_valid_id
from argmap.loading.yamlsource import gc_paused

SUFFIXES = (".json", ".aif")
SCHEME_TYPES = {"RA": "supports", "CA": "attacks"}
DEFAULT_SCHEMES = {"", "RA", "CA", "MA", "Default Inference", "Default Conflict"}
KIND_NAMES = {"RA": "support", "CA": "attack"}


def sniff(data: bytes) -> bool:
    head = data[:65536].decode("utf-8", "ignore")
    return '"nodes"' in head and ('"nodeID"' in head or '"AIF"' in head or '"edges"' in head)


@gc_paused()  # many small objects, no cycles: collections only slow it down (quadratic-like)
def import_map(data: bytes, path: str) -> tuple[str, list]:
    reporter = Reporter(path)
    doc = decode_json(data, reporter)
    if doc is FAILED:
        return "", reporter.problems
    graph = read_graph(doc, reporter)
    if graph is None:
        return "", reporter.problems
    builder = MapBuilder(title=f"{PurePath(path).stem} (imported from AIF)", reporter=reporter)
    builder.header.append(f"Imported by argmap from the AIF file {PurePath(path).name}.")
    graph.ids = IdMaker()
    for node in graph.of_type("I", *SCHEME_TYPES):  # ids argmap wrote come back unchanged
        if _nice(node["nodeID"]):
            graph.ids.keep(node["nodeID"], "x")
    ids = _claims(graph, builder)
    _arguments(graph, builder, ids)
    _dialogue(graph, builder, ids)
    _note_dialogue(graph, builder)
    return builder.finish(), reporter.problems


def _nice(node_id: str) -> bool:
    """A node id worth keeping as the argmap id (ids argmap wrote), not AIFdb's numbers."""
    return is_valid_id(node_id) and node_id[0].isalpha() and not _looks_generated(node_id)


def _looks_generated(node_id: str) -> bool:
    hex_digits = sum(c in "0123456789abcdef-" for c in node_id.lower())
    return hex_digits == len(node_id) and sum(c.isdigit() for c in node_id) >= 4


def _claims(graph: AifGraph, builder: MapBuilder) -> dict[str, str]:
    ids: dict[str, str] = {}
    for node in graph.of_type("I"):
        text = node["text"].strip()
        nid = node["nodeID"]
        if not text:
            builder.reporter.warn(f"I-node {nid} has no text", json_member("nodeID", nid))
            text = f"(I-node {nid} had no text)"
        ids[nid] = nid if _nice(nid) else graph.ids.make(text, "claim")
        builder.claims[ids[nid]] = ClaimDraft(
            text, comments=_origin("I-node", nid), weight=weight_of(node.get("weight"))
        )
    return ids


def _origin(what: str, nid: str) -> list[str]:
    """A comment naming the AIF node, unless its id is kept or was made by argmap."""
    return [] if _nice(nid) or "." in nid else [f"AIF {what} {nid}"]


def _arguments(graph: AifGraph, builder: MapBuilder, ids: dict[str, str]) -> None:
    counter = dict.fromkeys(KIND_NAMES, 0)
    for node in graph.of_type(*SCHEME_TYPES):
        kind, nid = node["type"], node["nodeID"]
        counter[kind] += 1
        ids[nid] = nid if _nice(nid) else graph.ids.make(f"{KIND_NAMES[kind]}-{counter[kind]}", "x")
    for node in graph.of_type(*SCHEME_TYPES):
        _argument(graph, builder, ids, node)
    for node in graph.of_type("MA"):
        _restatement(graph, builder, ids, node)


def _restatement(graph: AifGraph, builder: MapBuilder, ids: dict[str, str], node: dict) -> None:
    """I → MA → I: the first I-node restates the second (``restates:``), whatever the MA's scheme."""
    nid, where = node["nodeID"], json_member("nodeID", node["nodeID"])
    premises = [ids[s] for s in _through_locutions(graph, graph.sources(nid)) if graph.type_of(s) == "I"]
    targets = [t for t in _through_locutions(graph, graph.targets(nid)) if graph.type_of(t) == "I"]
    if not premises or len(targets) != 1 or ids[targets[0]] in premises:
        builder.reporter.warn(f"MA node {nid} (a rephrase) does not join a claim to one other claim; left out", where)
        builder.header.append(f"Left out: MA node {nid} (not a rephrase of one claim by another).")
        return
    for premise in premises:
        claim = builder.claims[premise]
        if claim.restates not in (None, ids[targets[0]]):
            builder.reporter.warn(f"I-node of `{premise}` restates two claims; MA node {nid} is left out", where)
            continue
        claim.restates = ids[targets[0]]


def _argument(graph: AifGraph, builder: MapBuilder, ids: dict[str, str], node: dict) -> None:
    kind, nid = node["type"], node["nodeID"]
    where = json_member("nodeID", nid)
    premises = [ids[s] for s in _through_locutions(graph, graph.sources(nid)) if graph.type_of(s) == "I"]
    targets = [ids[t] for t in _through_locutions(graph, graph.targets(nid)) if t in ids]
    if not premises or not targets:
        missing = "premises" if not premises else "conclusion"
        builder.reporter.warn(f"{kind} node {nid} has no {missing}; left out", where)
        builder.header.append(f"Left out: {kind} node {nid} (no {missing}).")
        return
    if len(targets) > 1:
        builder.reporter.warn(f"{kind} node {nid} points at {len(targets)} nodes; only the first is kept", where)
    scheme = str(node.get("scheme") or node["text"]).strip()
    comments = _origin(f"{kind} node", nid)
    builder.arguments[ids[nid]] = ArgumentDraft(
        premises=list(dict.fromkeys(premises)),
        relation=SCHEME_TYPES[kind],
        target=targets[0],
        scheme=None if scheme in DEFAULT_SCHEMES else scheme,
        comments=comments,
        where=where,
        weight=weight_of(node.get("weight")),
    )


def _through_locutions(graph: AifGraph, node_ids: list[str]) -> list[str]:
    """Node ids with each L-node replaced by the (first) proposition it puts forward, looked up once
    per L-node: thousands of relations joined to one locution must not each walk its YA nodes."""
    found = []
    for node_id in node_ids:
        if graph.type_of(node_id) != "L":
            found.append(node_id)
            continue
        if node_id not in graph.propositions:
            graph.propositions[node_id] = next(iter(proposition_of(graph, node_id)), None)
        proposition = graph.propositions[node_id]
        if proposition is not None:
            found.append(proposition)
    return found


def _dialogue(graph: AifGraph, builder: MapBuilder, ids: dict[str, str]) -> None:
    """Speakers, quotes, stance and question tags, and the reveal order, from L, YA and TA nodes."""
    dialogue = read_dialogue(graph, builder.reporter)
    maker, speaker_ids = IdMaker(), {}

    def speaker_id(name: str) -> str:
        if name not in speaker_ids:
            speaker_ids[name] = maker.make(name, "speaker")
            builder.speakers[speaker_ids[name]] = name
        return speaker_ids[name]

    for node_id, name in dialogue.speaker.items():
        target = builder.claims.get(ids.get(node_id, "")) or builder.arguments.get(ids.get(node_id, ""))
        if target is not None:
            target.speaker = speaker_id(name)
    for node_id, claim in ((n, builder.claims.get(ids.get(n, ""))) for n in graph.nodes):
        if claim is None:
            continue
        words = dialogue.quote.get(node_id)
        if words and " ".join(claim.text.split()) != words:
            claim.quote = words
        if node_id in dialogue.questions:
            claim.tags.append("question")
        claim.tags += [f"{stance}-{speaker_id(name)}" for stance, name in dialogue.stances.get(node_id, [])]
    if dialogue.order:
        builder.steps = _steps(dialogue.order, ids, builder)


def _steps(order: list[list[str]], ids: dict[str, str], builder: MapBuilder) -> list[list[str]]:
    """One step per locution (its new claims), then one for the claims no locution put forward."""
    shown: set[str] = set()
    steps = []
    for node_ids in order:
        new = [ids[n] for n in dict.fromkeys(node_ids) if ids[n] not in shown]
        shown.update(new)
        if new:
            steps.append(new)
    rest = [cid for cid in builder.claims if cid not in shown]
    return steps + [rest] if rest else steps


def _note_dialogue(graph: AifGraph, builder: MapBuilder) -> None:
    counts = {t: len(graph.of_type(t)) for t in ("L", "YA", "TA")}
    if any(counts.values()):
        builder.header.append(
            "Dialogue kept as speakers, quotes, tags (question, agreed-by-..., challenged-by-...) and steps "
            "(the order of the locutions), from "
            + ", ".join(f"{n} {t}-node{'s' if n != 1 else ''}" for t, n in counts.items() if n)
            + "."
        )
