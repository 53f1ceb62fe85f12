"""argmap diff: matching, every kind of difference, the score, the exit status, the diagram."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading.loader import load_path
from argmap.teaching.diff import Linkage, compare
from argmap.teaching.match import match_claims
from support.drawing import SVG, svg_groups, texts
from support.maps import load
from support.paths import ROOT

runner = CliRunner()
KEY = ROOT / "arguments" / "nato-no-fly-zone.yaml"
STUDENT = ROOT / "tests" / "fixtures" / "teaching" / "nato-student.yaml"


@pytest.fixture(scope="module")
def seed_result():
    return compare(load_path(KEY).map, load_path(STUDENT).map)


def pairs(items):
    return [(p.premise, p.relation, p.target) for p in items]


def test_a_map_against_itself_matches_fully():
    amap = load_path(KEY).map
    result = compare(amap, amap)
    assert result.same and result.score == 100.0
    assert result.earned == result.possible == 24 + 23 + 6  # claims, premise-target pairs, linked groups


def test_the_student_fixture_has_each_planted_mistake(seed_result):
    r = seed_result
    assert r.missing_claims == ["no-steps-toward-unwanted-war", "no-member-attacked", "sloan-posture"]
    assert r.extra_claims == ["sanctions-enough"]
    assert pairs(r.missing) == [
        ("no-steps-toward-unwanted-war", "supports", "no-nfz-or-troops"),
        ("no-member-attacked", "supports", "no-nfz-or-troops"),
        ("sloan-posture", "supports", "nato-stays-out-unless-attacked"),
    ]
    assert pairs(r.reversed) == [("less-blood", "supports", "no-nfz-or-troops")]
    assert pairs(r.backwards) == [("admin-deescalate", "supports", "putin-nuclear-alert")]
    assert pairs(r.extra) == [("answer:sanctions-enough", "supports", "no-nfz-or-troops")]
    assert r.linked_in_key == [
        Linkage(
            ("article5-collective-defence", "article5-members-only", "ukraine-not-member"),
            "no-treaty-obligation",
            (
                "collective-defence.supports.no-obligation",
                "members-only.supports.no-obligation",
                "ukraine-not-member.supports.no-obligation",
            ),
        )
    ]
    assert r.linked_in_answer == []
    assert not r.same


def test_claims_match_by_id_first_then_by_similar_text(seed_result):
    by = {m.key: (m.answer, m.by) for m in seed_result.matches}
    assert by["ukraine-not-member"] == ("ukraine-not-member", "id")
    assert by["no-nfz-or-troops"] == ("main", "text")
    assert by["admin-deescalate"] == ("deescalate", "text")
    assert len(seed_result.matches) == 21


def test_the_score_counts_claims_pairs_and_linked_groups_and_charges_extras(seed_result):
    r = seed_result
    # 21 claims + 18 correct pairs + 4 linked groups kept (Psaki's three-premise argument counts:
    # the two premises the student has are still linked)
    assert (r.earned, r.possible) == (21 + 18 + 4, 24 + 23 + 6 + 1 + 1)
    assert round(r.score) == 78


def test_dissimilar_texts_do_not_match_and_the_most_similar_pair_wins():
    key = load("title: k\nclaims:\n  a: The sky is blue today.\n  b: Cats sleep all day.\n").map
    answer = load("title: a\nclaims:\n  x: The sky is blue today!\n  y: The sky is blue.\n  z: Dogs bark.\n").map
    assert [(m.key, m.answer) for m in match_claims(key, answer)] == [("a", "x")]


def test_undercutters_match_through_their_target_argument():
    key = load("""
        title: k
        claims:
          c: Take an umbrella.
          r: It will rain.
          d: An umbrella keeps you dry.
          u:
            text: The forecast is a week old.
            attacks: weather
        arguments:
          weather:
            premises: [r, d]
            supports: c
    """).map
    answer = load("""
        title: a
        claims:
          c2: Take an umbrella.
          r2: It will rain.
          d2: An umbrella keeps you dry.
          u2:
            text: The forecast is a week old.
            supports: mine
        arguments:
          mine:
            premises: [r2, d2]
            supports: c2
    """).map
    result = compare(key, answer)
    assert pairs(result.reversed) == [("u", "supports", "argument:weather")]
    assert not result.missing and not result.extra and not result.missing_claims


def test_separate_reasons_in_the_key_linked_in_the_answer():
    key = load(
        "title: k\nclaims:\n  c: C is so.\n  p: P is so.\n  q: Q is so.\n"
        "arguments:\n  one: {premises: [p], supports: c}\n  two: {premises: [q], supports: c}\n"
    ).map
    answer = load(
        "title: a\nclaims:\n  c: C is so.\n  p: P is so.\n  q: Q is so.\n"
        "arguments:\n  both: {premises: [p, q], supports: c}\n"
    ).map
    result = compare(key, answer)
    assert result.linked_in_answer == [Linkage(("p", "q"), "c", ("both",))]
    assert result.linked_in_key == [] and not result.same
    assert (result.earned, result.possible) == (5, 6)


def test_cli_text_report_and_exit_1_when_the_maps_differ():
    result = runner.invoke(app, ["diff", str(KEY), str(STUDENT)])
    assert result.exit_code == 1
    out = result.stdout
    assert "claims: 21 of 24 matched (10 by similar text)" in out
    assert "  ~ answer `main` = key `no-nfz-or-troops` (94% alike)" in out
    assert "  - missing `no-member-attacked`: Russia has not attacked any NATO member." in out
    assert "  ! reversed: `less-blood` supports `no-nfz-or-troops` (the key: attacks)" in out
    assert "  + extra: `sanctions-enough` (answer only) supports `no-nfz-or-troops`" in out
    assert (
        "  ! linked in the key, separate reasons in the answer: `article5-collective-defence`, "
        "`article5-members-only`, `ukraine-not-member` → `no-treaty-obligation`"
    ) in out
    assert out.endswith("score: 78% (43 of 55 points); the maps differ\n")


def test_cli_exit_0_when_the_maps_match():
    result = runner.invoke(app, ["diff", str(KEY), str(KEY)])
    assert result.exit_code == 0 and result.stdout.endswith("the maps match\n")


def test_cli_json_for_a_gradebook():
    result = runner.invoke(app, ["diff", str(KEY), str(STUDENT), "--format", "json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["same"] is False and data["score"] == 78.2
    assert data["claims"]["extra"] == ["sanctions-enough"]
    assert data["relations"]["backwards"] == [
        {
            "premise": "admin-deescalate",
            "target": "putin-nuclear-alert",
            "relation": "supports",
            "argument": "deescalate.supports.putin-alert",
        }
    ]


def test_cli_grades_a_map_with_errors_but_not_one_it_cannot_read(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: t\nclaims:\n  a:\n    text: x\n    supports: nowhere\n")
    result = runner.invoke(app, ["diff", str(KEY), str(broken)])
    assert result.exit_code == 1 and "unknown target `nowhere`" in result.stderr
    assert "score:" in result.stdout
    garbage = tmp_path / "garbage.yaml"
    garbage.write_text("- just\n- a list\n")
    assert runner.invoke(app, ["diff", str(KEY), str(garbage)]).exit_code == 2
    assert runner.invoke(app, ["diff", str(KEY), str(tmp_path / "absent.yaml")]).exit_code == 2
    assert runner.invoke(app, ["diff", str(KEY), str(KEY), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["diff", str(KEY), str(KEY), "-o", str(tmp_path / "d.txt")]).exit_code == 2
    assert not (tmp_path / "d.txt").exists()


def test_cli_diagram_marks_matches_missing_and_extras(tmp_path):
    out = tmp_path / "diff.svg"
    assert runner.invoke(app, ["diff", str(KEY), str(STUDENT), "-o", str(out)]).exit_code == 1
    nodes = svg_groups(out.read_bytes())
    matched, extra = nodes["claim-main"], nodes["claim-sanctions-enough"]
    missing = nodes["claim-missing.no-member-attacked"]
    assert texts(matched)[0] == "✓" and _stroke(matched) == "#1b7837"
    assert texts(extra)[0] == "+" and _stroke(extra) == "#b35806"
    assert texts(missing)[0] == "missing:" and _dashed(missing)
    assert not _dashed(nodes["claim-intervention-escalates"])  # unstated, but present: solid
    assert "reversed" in " ".join(texts(nodes["arg-less-blood.supports.main"]))
    assert "backwards" in " ".join(texts(nodes["arg-deescalate.supports.putin-alert"]))
    title = " ".join(texts(_svg_root(out)))
    assert "compared with the key: 78%" in title and "missing (in the key only)" in title


def _svg_root(path):
    import xml.etree.ElementTree as ET

    return ET.fromstring(path.read_bytes())


def _shape(group):
    return next(e for e in group.iter() if e.tag in (f"{SVG}path", f"{SVG}polygon"))


def _stroke(group) -> str:
    return _shape(group).get("stroke").lower()


def _dashed(group) -> bool:
    return _shape(group).get("stroke-dasharray") is not None


def test_word_forms_still_match():
    key = load("title: k\nclaims:\n  a: Enforcing the zone\n").map
    answer = load("title: a\nclaims:\n  b: Enforcement of zones\n").map
    assert [(m.key, m.answer, m.by) for m in match_claims(key, answer)] == [("a", "b", "text")]


def test_a_large_map_with_every_id_renamed_is_matched_claim_for_claim():
    """Many texts with the same words: each key claim is compared with a shortlist only, and
    still finds its own (the numbers tell them apart)."""
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()

    def big(prefix: str) -> str:
        lines = ["title: big", "claims:"]
        for i in range(150):
            text = " ".join(words[(i * 7 + j * 3) % len(words)] for j in range(8)) + f" number {i}."
            lines += [f"  {prefix}{i}:", f"    text: {text}"] + ([f"    supports: {prefix}{(i - 1) // 3}"] if i else [])
        return "\n".join(lines) + "\n"

    result = compare(load(big("k")).map, load(big("s")).map)
    assert result.same and [(m.key, m.answer) for m in result.matches] == [(f"k{i}", f"s{i}") for i in range(150)]
