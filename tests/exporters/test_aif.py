"""AIF: exports load in arguebuf with the same nodes and edges; real AIF files import."""

from __future__ import annotations

import html
import json
import warnings

import pytest

from argmap.checking.checker import check_map
from argmap.exporters import aif, json_export
from argmap.importers import aif as aif_import
from argmap.loading.loader import load_text
from argmap.problems import has_errors
from support.interop import EXAMPLE_MAPS, load_map, load_yaml
from support.paths import SHARED

CORPUS = SHARED / "corpora" / "aif"
CORPUS_FILES = sorted(CORPUS.glob("*/*.json")) if CORPUS.is_dir() else []
needs_corpus = pytest.mark.skipif(not CORPUS_FILES, reason=f"AIF corpus not found at {CORPUS}")


def _arguebuf_graph(path):
    arguebuf = pytest.importorskip("arguebuf", reason="arguebuf is in the test extra: pip install -e .[test]")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return arguebuf.load.file(path)


@pytest.mark.parametrize("path", EXAMPLE_MAPS, ids=lambda p: p.name)
def test_export_loads_in_arguebuf_with_the_same_nodes_and_edges(path, tmp_path):
    amap = load_map(path)
    out = tmp_path / "map.json"
    out.write_text(aif.export(amap, {}))
    graph = _arguebuf_graph(out)
    assert sorted(graph.atom_nodes) == sorted(amap.claims)
    restated = {f"{c.id}.restates": c for c in amap.claims.values() if c.restates}  # MA nodes
    assert sorted(graph.scheme_nodes) == sorted([*amap.arguments, *restated])
    for aid, arg in amap.arguments.items():
        kind = "Attack" if arg.is_attack else "Support"
        assert type(graph.scheme_nodes[aid].scheme).__name__ == kind
    assert all(type(graph.scheme_nodes[ma].scheme).__name__ == "Rephrase" for ma in restated)
    expected = {(p, a.id) for a in amap.arguments.values() for p in a.premises} | {
        (a.id, a.target) for a in amap.arguments.values()
    }
    expected |= {(c.id, ma) for ma, c in restated.items()} | {(ma, c.restates) for ma, c in restated.items()}
    assert {(e.source.id, e.target.id) for e in graph.edges.values()} == expected
    assert {n.text for n in graph.atom_nodes.values()} == {c.text for c in amap.claims.values()}


def test_speakers_become_participants_with_locutions():
    amap = load_map(EXAMPLE_MAPS[0])  # fare-free-buses
    doc = json.loads(aif.export(amap, {}))
    people = {p["participantID"]: f"{p['firstname']} {p['surname']}".strip() for p in doc["participants"]}
    assert sorted(people.values()) == sorted(s.name for s in amap.speakers.values())
    nodes = {n["nodeID"]: n for n in doc["nodes"]}
    said = {e["toID"]: e["fromID"] for e in doc["edges"] if nodes[e["fromID"]]["type"] == "YA"}
    by_locution = {loc["nodeID"]: people[int(loc["personID"])] for loc in doc["locutions"]}
    free = amap.claims["free-buses"]
    ya = said["free-buses"]
    assert nodes[ya]["text"] == "Asserting"
    locution = next(e["fromID"] for e in doc["edges"] if e["toID"] == ya)
    assert by_locution[locution] == amap.speakers[free.speaker].name
    assert nodes[locution]["text"] == f"{amap.speakers[free.speaker].name}: {free.text}"


def _import(path):
    yaml_text, problems = aif_import.import_map(path.read_bytes(), str(path))
    assert not has_errors(problems), [str(p) for p in problems]
    return yaml_text, problems


def _structure(amap) -> dict:
    doc = json_export.to_dict(amap)
    doc.pop("title")
    return doc


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_file_imports_validates_and_round_trips(path, tmp_path):
    yaml_text, _ = _import(path)
    result = load_text(yaml_text, "imported.yaml")
    assert not has_errors(check_map(result)), [str(p) for p in check_map(result)]
    first = load_yaml(yaml_text)
    again_file = tmp_path / "again.json"
    again_file.write_text(aif.export(first, {}))
    second = load_yaml(_import(again_file)[0])
    assert _structure(second) == _structure(first)


@needs_corpus
def test_undercutter_and_scheme_from_microtexts():
    amap = load_yaml(_import(CORPUS / "microtexts" / "nodeset6443.json")[0])
    undercut = [a for a in amap.arguments.values() if a.is_attack and a.target in amap.arguments]
    assert len(undercut) == 1
    assert amap.claims[undercut[0].premises[0]].text == "unless they're unbreakable."
    assert [a.scheme for a in amap.arguments.values() if a.scheme] == ["Example"]


@needs_corpus
def test_attack_on_attack():
    amap = load_yaml(_import(CORPUS / "microtexts" / "nodeset6361.json")[0])
    attacks = {aid: a for aid, a in amap.arguments.items() if a.is_attack}
    on_attack = [a for a in attacks.values() if a.target in attacks]
    assert len(on_attack) == 1 and len(on_attack[0].premises) == 2  # linked premises kept


@needs_corpus
def test_speakers_from_participants_and_from_name_prefixes():
    ova = load_yaml(_import(CORPUS / "xaif-ova3" / "xaif.json")[0])
    assert [s.name for s in ova.speakers.values()] == ["Participant Rachel"]
    assert {c.speaker for c in ova.claims.values()} == {"participant-rachel"}
    maze = load_yaml(_import(CORPUS / "moralmaze" / "6064-original.json")[0])
    assert sorted(s.name for s in maze.speakers.values()) == ["CL", "NL"]
    assert len(maze.claims) == 9 and len(maze.arguments) == 5
    assert all(a.speaker for a in maze.arguments.values())  # from TA -> YA(Arguing) -> RA


@needs_corpus
def test_rephrase_nodes_and_dangling_locutions():
    path = CORPUS / "moralmaze" / "6064-reconstructed.json"
    yaml_text, problems = _import(path)
    amap = load_yaml(yaml_text)
    assert sum(c.restates is not None for c in amap.claims.values()) == 3  # MA: restatements, not reasons
    assert not any(a.scheme and "Rephrase" in a.scheme for a in amap.arguments.values())
    assert any("locution(s) point at nodes that are not in the file: 29056" in p.message for p in problems)
    doc = json.loads(aif.export(amap, {}))
    assert sum(n["type"] == "MA" for n in doc["nodes"]) == 3


def test_noise_is_reported_by_node_id_never_raised():
    doc = {
        "AIF": {
            "nodes": [
                {"nodeID": 1, "text": "Claim", "type": "I"},
                {"nodeID": "2", "text": "Why", "type": "I"},
                {"nodeID": "3", "text": "Default Inference", "type": "RA"},
                {"nodeID": "4", "type": "XX"},
                {"nodeID": "5", "text": "Orphan", "type": "RA"},
                "not a node",
                {"text": "no id"},
                {"nodeID": "2", "text": "again", "type": "I"},
            ],
            "edges": [
                {"edgeID": 1, "fromID": "2", "toID": "3"},
                {"edgeID": 2, "fromID": "3", "toID": 1},
                {"edgeID": 3, "fromID": "2", "toID": "99"},
                {"edgeID": 4, "fromID": 1, "toID": "2"},
            ],
            "locutions": [{"nodeID": "77", "personID": 1}],
            "participants": "nobody",
        }
    }
    text = json.dumps(doc, indent=1)
    yaml_text, problems = aif_import.import_map(text.encode(), "noisy.json")
    messages = " | ".join(p.message for p in problems)
    for fragment in (
        "node 4 has unknown type 'XX'",
        "edge 3 points at missing node 99",
        "edge 4 from I-node 1 to I-node 2 is not allowed",
        "RA node 5 has no premises",
        "node id 2 is used twice",
        "point at nodes that are not in the file: 77",
        "`participants` is not a list",
    ):
        assert fragment in messages
    assert all(p.location.path == "noisy.json" and p.location.line > 1 for p in problems if "twice" in p.message)
    amap = load_yaml(yaml_text)
    assert [c.text for c in amap.claims.values()] == ["Claim", "Why"]
    assert len(amap.arguments) == 1


@pytest.mark.parametrize("data", [b"", b"[]", b'{"nodes": 3}', b"\xff\xfe", b'{"nodes": [', b"null"])
def test_unreadable_files_give_an_error_not_a_traceback(data):
    yaml_text, problems = aif_import.import_map(data, "bad.json")
    assert yaml_text == "" and has_errors(problems)


def test_support_cycles_and_self_support_are_left_out_with_a_warning():
    nodes = [{"nodeID": f"c{i}", "text": f"Claim {i}", "type": "I"} for i in range(3)]
    nodes += [{"nodeID": f"r{i}", "text": "Default Inference", "type": "RA"} for i in range(4)]
    pairs = [("c0", "r0", "c1"), ("c1", "r1", "c2"), ("c2", "r2", "c0"), ("c0", "r3", "c0")]
    edges = [
        {"edgeID": str(n), "fromID": a, "toID": b} for n, (p, r, c) in enumerate(pairs) for a, b in ((p, r), (r, c))
    ]
    yaml_text, problems = aif_import.import_map(json.dumps({"nodes": nodes, "edges": edges}).encode(), "cyc.json")
    result = load_text(yaml_text, "cyc.yaml")
    assert not has_errors(check_map(result))
    assert len(result.map.arguments) == 2
    assert sum("cycle of support" in p.message or "itself" in p.message for p in problems) == 2


@needs_corpus
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_file_renders(path):
    render = pytest.importorskip("argmap.drawing", reason="the renderer is not on this branch yet")
    amap = load_yaml(_import(path)[0])
    svg = html.unescape(render.render_bytes(amap, render.RenderOptions(), "svg", timeout=60).decode())
    assert svg.lstrip().startswith(("<?xml", "<svg"))
    for claim_id in amap.claims:
        assert f'id="claim-{claim_id}"' in svg
