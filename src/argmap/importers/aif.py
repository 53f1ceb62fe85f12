"""AIF (AIFdb nodesets, OVA3's ``{"AIF": {...}}`` wrapper) to an argmap map.

I-nodes become claims; RA, CA and MA nodes become arguments (an MA rephrase is a support
whose scheme says "Rephrase"); a CA or RA pointing at another scheme node becomes an
argument about that argument (an undercutter, an attack on an attack, a backing).
Dialogue structure (L, YA, TA nodes) gives speakers: L → YA → I says who asserted a
claim, TA → YA → RA (or L → YA → RA) who put an argument forward; the speaker's name comes
from ``participants`` via ``locutions``, else from the ``Name : text`` prefix of the L-node.
What cannot be used is reported as a warning naming the node or edge.
"""

from __future__ import annotations

from pathlib import PurePath

from argmap.importers.aif_graph import AifGraph, read_graph
from argmap.importers.aif_speakers import find_speakers
from argmap.importers.builder import ArgumentDraft, ClaimDraft, MapBuilder
from argmap.importers.common import FAILED, Reporter, decode_json, json_member
from argmap.importers.ids import IdMaker, is_valid_id

SUFFIXES = (".json", ".aif")
SCHEME_TYPES = {"RA": "supports", "CA": "attacks", "MA": "supports"}
DEFAULT_SCHEMES = {"", "RA", "CA", "MA", "Default Inference", "Default Conflict"}
KIND_NAMES = {"RA": "support", "CA": "attack", "MA": "rephrase"}


def sniff(data: bytes) -> bool:
    head = data[:65536].decode("utf-8", "ignore")
    return '"nodes"' in head and ('"nodeID"' in head or '"AIF"' in head or '"edges"' in head)


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
    _speakers(graph, builder, ids)
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
        builder.claims[ids[nid]] = ClaimDraft(text, comments=_origin("I-node", nid))
    return ids


def _origin(what: str, nid: str) -> list[str]:
    """A comment naming the AIF node, unless its id is kept or was made by argmap."""
    return [] if _nice(nid) or "." in nid else [f"AIF {what} {nid}"]


def _arguments(graph: AifGraph, builder: MapBuilder, ids: dict[str, str]) -> None:
    counter = {kind: 0 for kind in KIND_NAMES}
    for node in graph.of_type(*SCHEME_TYPES):
        kind, nid = node["type"], node["nodeID"]
        counter[kind] += 1
        ids[nid] = nid if _nice(nid) else graph.ids.make(f"{KIND_NAMES[kind]}-{counter[kind]}", "x")
    for node in graph.of_type(*SCHEME_TYPES):
        _argument(graph, builder, ids, node)


def _argument(graph: AifGraph, builder: MapBuilder, ids: dict[str, str], node: dict) -> None:
    kind, nid = node["type"], node["nodeID"]
    where = json_member("nodeID", nid)
    premises = [ids[s] for s in graph.sources(nid) if graph.type_of(s) == "I"]
    targets = [ids[t] for t in graph.targets(nid) if t in ids]
    if not premises or not targets:
        missing = "premises" if not premises else "conclusion"
        builder.reporter.warn(f"{kind} node {nid} has no {missing}; left out", where)
        builder.header.append(f"Left out: {kind} node {nid} (no {missing}).")
        return
    if len(targets) > 1:
        builder.reporter.warn(f"{kind} node {nid} points at {len(targets)} nodes; only the first is kept", where)
    scheme = str(node.get("scheme") or node["text"]).strip()
    if kind == "MA" and "rephrase" not in scheme.lower():
        scheme = "Default Rephrase"
    comments = _origin(f"{kind} node", nid)
    if kind == "MA":
        comments.append("an AIF rephrase (MA), kept as a support whose scheme says Rephrase")
    builder.arguments[ids[nid]] = ArgumentDraft(
        premises=list(dict.fromkeys(premises)), relation=SCHEME_TYPES[kind], target=targets[0],
        scheme=None if scheme in DEFAULT_SCHEMES else scheme, comments=comments, where=where)


def _speakers(graph: AifGraph, builder: MapBuilder, ids: dict[str, str]) -> None:
    maker = IdMaker()
    speaker_ids: dict[str, str] = {}
    for node_id, name in find_speakers(graph, builder.reporter).items():
        target = builder.claims.get(ids.get(node_id, "")) or builder.arguments.get(ids.get(node_id, ""))
        if target is None:
            continue
        if name not in speaker_ids:
            speaker_ids[name] = maker.make(name, "speaker")
            builder.speakers[speaker_ids[name]] = name
        target.speaker = speaker_ids[name]


def _note_dialogue(graph: AifGraph, builder: MapBuilder) -> None:
    counts = {t: len(graph.of_type(t)) for t in ("L", "YA", "TA")}
    if any(counts.values()):
        builder.header.append(
            "Dialogue structure not kept (only who asserted or argued what): "
            + ", ".join(f"{n} {t}-node{'s' if n != 1 else ''}" for t, n in counts.items() if n) + ".")
