"""argmap evaluate: output, flags, what-if, refusing broken maps, usage errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from argmap.cli import app
from support.paths import ROOT

runner = CliRunner()
SEED = str(ROOT / "arguments" / "nato-no-fly-zone.yaml")
CYCLE = (
    "title: t\nclaims:\n  rain: {text: It will rain., attacks: sun}\n  sun: {text: It will be sunny., attacks: rain}\n"
)


def run(*args):
    return runner.invoke(app, ["evaluate", *args])


def test_seed_map_grounded_text():
    result = run(SEED)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert (
        "  ✗ rejected        NATO and the United States will not impose a no-fly zone over Ukraine or send "
        "troops to fight there. [no-nfz-or-troops]: `zelenskyy-plea` attacks it and applies"
    ) in lines
    assert (
        "  ✓ applies         “No war with Russia” [psaki-no-war]: its premises are accepted (`nfz-step-to-troops`, "
        "`us-not-planning-war`, `no-steps-toward-unwanted-war`)" in lines
    )
    assert lines[-1] == "24 claims: 23 accepted, 1 rejected, 0 undecided"


def test_what_if_reject_reinstates_the_conclusion_and_explain_says_why():
    result = run(SEED, "--reject", "less-blood", "--explain", "no-nfz-or-troops")
    assert result.exit_code == 0
    assert result.output.splitlines()[0].startswith(
        "NATO and the United States will not impose a no-fly zone over Ukraine or send troops to fight there. "
        "[no-nfz-or-troops]: accepted, because "
    )
    assert (
        "    With a Western no-fly zone over Ukraine, Ukraine would beat the invader at a far lower cost in "
        "lives. [less-blood]: rejected, because it is fixed for this run by --reject"
    ) in result.output
    by_id = run(SEED, "--reject", "less-blood", "--explain", "no-nfz-or-troops", "--ids")
    assert "    less-blood: rejected, because it is fixed for this run by --reject" in by_id.output


def test_json_output(tmp_path):
    (tmp_path / "m.yaml").write_text(CYCLE)
    result = run(str(tmp_path / "m.yaml"), "--semantics", "preferred", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.output)
    assert doc["semantics"] == "preferred" and doc["labellings"] == 2
    rain = next(n for n in doc["nodes"] if n["id"] == "rain")
    assert rain["labels"] == ["accepted", "rejected"] and rain["accepted_in_all"] is False
    assert rain["because"][1] == ["sun.attacks.rain"]


def test_preferred_text_shows_each_labelling(tmp_path):
    (tmp_path / "m.yaml").write_text(CYCLE + "  sky: {text: There is a sky.}\n")
    result = run(str(tmp_path / "m.yaml"), "--semantics", "preferred")
    assert result.exit_code == 0
    assert "  ✓✗  It will rain. [rain]: differs: accepted in 1, rejected in 2" in result.output
    assert "  ✓✓  There is a sky. [sky]: accepted in every preferred labelling — it is an assumption" in result.output
    assert (
        result.output.splitlines()[-1]
        == "3 claims: 1 accepted in all preferred labellings, 0 rejected in all, 2 undecided or differing"
    )
    explained = run(str(tmp_path / "m.yaml"), "--semantics", "preferred", "--explain", "sun")
    assert "In preferred labelling 2:\n  It will be sunny. [sun]: accepted, because" in explained.output


def test_refuses_a_map_with_errors(tmp_path):
    (tmp_path / "bad.yaml").write_text("title: t\nclaims:\n  a: {text: A, supports: nowhere}\n")
    result = run(str(tmp_path / "bad.yaml"))
    assert result.exit_code == 1
    assert "not evaluated: the map has errors; fix them first" in result.output
    assert "bad.yaml:3:" in result.output


def test_usage_errors_exit_2(tmp_path):
    (tmp_path / "m.yaml").write_text(CYCLE)
    path = str(tmp_path / "m.yaml")
    for args, message in [
        ((path, "--semantics", "stable"), "unknown semantics 'stable'"),
        ((path, "--format", "xml"), "unknown format 'xml'"),
        ((path, "--explain", "nope"), "`nope` is neither a claim nor an argument"),
        ((path, "--assume", "nope"), "`nope` is neither a claim nor an argument"),
        ((path, "--assume", "rain", "--reject", "rain"), "both assumed and rejected"),
        ((str(tmp_path / "missing.yaml"),), "No such file"),
    ]:
        result = run(*args)
        assert result.exit_code == 2 and message in result.output, (args, result.output)


def test_preferred_gives_up_with_a_message_when_there_are_too_many_labellings(tmp_path):
    """Ten independent two-cycles have 2^10 = 1,024 preferred labellings: more than listed."""
    claims = "".join(
        f"  a{i}: {{text: A{i}, attacks: b{i}}}\n  b{i}: {{text: B{i}, attacks: a{i}}}\n" for i in range(10)
    )
    (tmp_path / "m.yaml").write_text("title: t\nclaims:\n" + claims)
    result = run(str(tmp_path / "m.yaml"), "--semantics", "preferred")
    assert result.exit_code == 1 and "too many independent conflicts" in result.output
    settled = run(str(tmp_path / "m.yaml"), "--semantics", "preferred", "--assume", "a0")
    assert settled.exit_code == 0 and "512 preferred labellings" in settled.output


def test_explain_as_json():
    result = run(SEED, "--explain", "no-nfz-or-troops", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.output)
    [chain] = doc["chains"]
    assert chain[0] == {
        "depth": 0,
        "id": "no-nfz-or-troops",
        "label": "rejected",
        "reason": "`zelenskyy-plea` attacks it and applies",
    }
    assert chain[-1]["id"] == "less-blood" and chain[-1]["depth"] == 2
