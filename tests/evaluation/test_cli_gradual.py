"""argmap evaluate --semantics df-quad|energy through the CLI; claims named by their words."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from argmap.cli import app

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "arguments" / "nato-no-fly-zone.yaml")
runner = CliRunner()
SMALL = """title: t
claims:
  a: {text: The bridge is safe., weight: 0.4}
  b: {text: The inspector passed it., supports: a}
  c: {text: A crack was found., weight: 0.5, attacks: a}
  d: {text: The crack is cosmetic., weight: 0.8}
arguments:
  cosmetic: {premises: [d], attacks: c.attacks.a, label: Only cosmetic}
"""
CYCLE = (
    "title: t\nclaims:\n  rain: {text: It will rain., attacks: sun}\n  sun: {text: It will be sunny., attacks: rain}\n"
)


def run(*args):
    return runner.invoke(app, ["evaluate", *args])


def write(tmp_path, text):
    path = tmp_path / "m.yaml"
    path.write_text(text)
    return str(path)


def test_json_gives_every_claim_and_argument_its_strength(tmp_path):
    result = run(write(tmp_path, SMALL), "--semantics", "df-quad", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    strength = {n["id"]: n["strength"] for n in doc["nodes"]}
    assert set(strength) == {"a", "b", "c", "d", "b.supports.a", "c.attacks.a", "cosmetic"}
    # cosmetic 0.8 undercuts c's attack: 0.5 × (1 − 0.8) = 0.1; support 0.5; a = 0.4 + 0.6·(0.5 − 0.1)
    assert abs(strength["c.attacks.a"] - 0.1) < 1e-12
    assert abs(strength["a"] - 0.64) < 1e-12


def test_text_lists_claims_by_their_words_with_two_decimals(tmp_path):
    result = run(write(tmp_path, SMALL), "--semantics", "df-quad")
    assert result.exit_code == 0
    assert "  0.64 ██████···· (weight 0.40)  The bridge is safe. [a]" in result.output.splitlines()
    with_ids = run(write(tmp_path, SMALL), "--semantics", "df-quad", "--ids")
    assert "  0.64 ██████···· (weight 0.40)  a" in with_ids.output.splitlines()


def test_explain_names_each_supporter_and_attacker_and_the_starting_weight(tmp_path):
    result = run(write(tmp_path, SMALL), "--semantics", "df-quad", "--explain", "a")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "The bridge is safe. [a]: strength 0.64 (DF-QuAD)"
    assert "  it starts from its weight, 0.40" in lines
    # alone: 0.4 + 0.6·0.5 = 0.70; without it: 0.4 − 0.4·0.1 = 0.36
    assert (
        "    +0.30 / +0.28  support from: The inspector passed it. [b.supports.a], "
        "a supporter of strength 0.50" in lines
    )
    # alone: 0.4 − 0.4·0.1 = 0.36; without it: 0.70
    assert "    -0.04 / -0.06  attack from: A crack was found. [c.attacks.a], an attacker of strength 0.10" in lines
    assert lines[-1] == "  combined, the support is 0.50 and the attack 0.10, which moves 0.40 to 0.64"


def test_df_quad_on_a_cycle_says_so_and_suggests_energy(tmp_path):
    path = write(tmp_path, CYCLE)
    result = run(path, "--semantics", "df-quad")
    assert result.exit_code == 1
    assert "without cycles" in result.output and "--semantics energy" in result.output
    assert "Traceback" not in result.output
    energy = run(path, "--semantics", "energy", "--format", "json")
    assert energy.exit_code == 0
    assert json.loads(energy.output)["iterations"] > 0


def test_assume_is_refused_with_gradual_semantics(tmp_path):
    result = run(write(tmp_path, SMALL), "--semantics", "energy", "--assume", "a")
    assert result.exit_code == 2
    assert "weight" in result.output


def test_grounded_text_speaks_in_the_claims_words():
    result = run(SEED)
    assert result.exit_code == 0
    assert (
        "  ✗ rejected        NATO and the United States will not impose a no-fly zone over Ukraine or send "
        "troops to fight there. [no-nfz-or-troops]: `zelenskyy-plea` attacks it and applies"
    ) in result.output
    assert "  ✗ rejected        no-nfz-or-troops: " in run(SEED, "--ids").output
