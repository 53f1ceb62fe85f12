"""Carneades 4 import: every graph in ../shared/corpora/carneades imports to a valid map,
and argmap's grounded labels match the file's own `tests: in/out/undecided` lists —
except where the two tools' semantics differ, each difference named below."""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from argmap.checking.checker import check_map
from argmap.cli import app
from argmap.evaluation import evaluate
from argmap.importers import guess_format
from argmap.importers.carneades import convert, import_map
from argmap.loading.loader import load_text
from argmap.problems import Severity
from support.markers import needs_shared
from support.paths import SHARED

CARNEADES = SHARED / "corpora" / "carneades"
FILES = sorted(p.name for p in CARNEADES.glob("*.yml"))
WORD = {"accepted": "in", "rejected": "out", "undecided": "undecided"}

CIRCULAR = (
    "circular support: argmap forbids cycles of support (validator rule circular-support), so the "
    "importer leaves out the argument closing the loop ({}); Carneades keeps it and labels {}"
)
WEIGHTS = (
    "weights: Carneades weighs the conflicting arguments ({}) and lets the stronger position win; "
    "argmap's grounded semantics has no weights or proof standards, so rival positions rebut each other and "
    "both are rejected (the gradual reading: test_carneades_gradual.py)"
)
DIFFERENCES = {
    "independent-support-loop.yml": CIRCULAR.format("a2: p supports q", "q in through p"),
    "odd-loop.yml": CIRCULAR.format("a2: r supports p", "the unsupported loop undecided, argmap rejects it"),
    "self-defeat.yml": CIRCULAR.format("a2: p supports ¬p", "the loop undecided, argmap rejects it"),
    "jogging.yml": WEIGHTS.format("the `factorized` scheme gives a3, with both premises, more weight"),
    "reinstatement.yml": WEIGHTS.format("the `factorized` a3 (r and s) outweighs a2 (r), reinstating p"),
    "rebuttal.yml": WEIGHTS.format("scheme s2, weight 0.5, beats s1, weight 0.1, under preponderance of evidence"),
    "mcda-porsche.yml": (
        "argument schemes: Carneades instantiates arguments from the `car_buying_scheme` "
        "rules and weighs criteria (multi-criteria decision analysis); argmap has only "
        "written arguments and this file writes none, so buy(volvo) has no support"
    ),
}
NO_TESTS = "the file has no `tests:` lists to compare with"


def imported(name: str):
    conversion = convert((CARNEADES / name).read_bytes(), name)
    result = load_text(conversion.yaml_text, name)
    return conversion, result


def expected(name: str) -> dict[str, str]:
    tests = (yaml.safe_load((CARNEADES / name).read_text()) or {}).get("tests") or {}
    return {str(s): label for label in ("in", "out", "undecided") for s in tests.get(label) or []}


def _param(name: str):
    if not expected(name):
        return pytest.param(name, marks=pytest.mark.skip(reason=NO_TESTS))
    if name in DIFFERENCES:
        return pytest.param(name, marks=pytest.mark.xfail(reason=DIFFERENCES[name], strict=True))
    return name


@pytest.mark.parametrize("name", [_param(n) for n in FILES])
def test_labels_match_the_files_own_tests(name):
    conversion, result = imported(name)
    labels = evaluate(result.map).labellings[0]
    got = {s: WORD[str(labels[conversion.ids[s]])] for s in expected(name)}
    assert got == expected(name)


@pytest.mark.parametrize("name", FILES)
def test_every_file_imports_to_a_valid_map(name):
    conversion, result = imported(name)
    assert result.map is not None
    errors = [p for p in check_map(result) if p.severity is Severity.ERROR]
    assert errors == [] and not [p for p in conversion.problems if p.severity is Severity.ERROR]


@needs_shared
def test_the_differences_named_are_the_files_that_differ():
    assert set(DIFFERENCES) <= set(FILES)
    assert {n for n in FILES if not expected(n)} == {"empty.yml", "legalization-of-marijuana.yml", "walton.yml"}


@needs_shared
def test_issue_positions_rebut_each_other_and_undercutters_carry_over():
    conversion, result = imported("tweety.yml")
    amap = result.map
    against = amap.arguments["a1-against-not-flies"]
    assert (against.premises, against.relation, against.target) == (("bird", "birdsFly"), "attacks", "not-flies")
    undercut_targets = {a.target for a in amap.arguments.values() if a.premises == ("not-app-a1",)}
    assert undercut_targets == {"a1", "a1-against-not-flies"}
    assert conversion.ids["¬app(a1)"] == "not-app-a1"
    assert (amap.claims["bird"].assumed, amap.claims["flies"].assumed) == (True, False)


@needs_shared
def test_premise_roles_argument_without_premises_and_convergent_split():
    _, toulmin = imported("toulmin.yml")
    assert "premise roles: datum: s11520, warrant: s11519" in toulmin.map.arguments["a1"].note
    _, cycle = imported("dung-attack-cycle.yml")
    grounds = cycle.map.claims["a-grounds"]
    assert grounds.assumed is True and grounds.implicit and cycle.map.arguments["a"].premises == ("a-grounds",)
    conversion, linked = imported("linked-convergent.yml")
    assert [linked.map.arguments[a].premises for a in ("a1-1", "a1-2")] == [("p",), ("s",)]


@needs_shared
def test_what_has_no_counterpart_is_reported_where_it_is():
    conversion, _ = imported("rebuttal.yml")
    assert [(p.location.line, p.message.split(":")[0]) for p in conversion.problems] == [
        (
            13,
            "argument schemes' variables, premises, exceptions and weighing functions (a scheme's constant "
            "weight becomes its arguments' `weight`)",
        )
    ]
    conversion, _ = imported("bachelor.yml")
    assert any("proof standard PE" in p.message and p.location.line == 20 for p in conversion.problems)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"statements: [unclosed", "not readable Carneades YAML"),
        (b"!!python/object/apply:os.system ['echo hacked']", "not readable Carneades YAML"),
        (b"- a\n- b\n", "a Carneades graph is a mapping"),
        (b"\xff\xfe\x00garbage", "undecodable bytes"),
        (b"title: An argmap map\nclaims:\n  a: A\n", "not a Carneades graph: no `statements`"),
    ],
)
def test_bad_input_gives_an_error_problem_and_no_map(data, message):
    text, problems = import_map(data, "bad.yml")
    assert text == "" and [p.severity for p in problems] == [Severity.ERROR]
    assert message in problems[0].message and problems[0].location.path == "bad.yml"


@needs_shared
def test_the_import_command_reads_carneades(tmp_path):
    out = tmp_path / "tweety.yaml"
    result = CliRunner().invoke(app, ["import", str(CARNEADES / "tweety.yml"), "--from", "carneades", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Tweety flies." in out.read_text()
    evaluated = CliRunner().invoke(app, ["evaluate", str(out)])
    assert evaluated.exit_code == 0 and "✗ rejected        Tweety flies. [flies]:" in evaluated.output


@needs_shared
def test_the_format_is_guessed_from_a_yml_file():
    assert guess_format("tweety.yml", (CARNEADES / "tweety.yml").read_bytes()) == "carneades"
