"""argmap worksheet: blanks, the key, the cards, the seed, and nothing that gives answers away."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading.loader import load_path
from argmap.teaching.worksheet import blank_label, choose_blanks, make_worksheet
from support.drawing import svg_groups, texts
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"


@pytest.fixture(scope="module")
def seed_map():
    return load_path(SEED).map


def test_premises_are_the_basic_reasons_in_reading_order(seed_map):
    blanks = choose_blanks(seed_map, "premises", 1)
    targets = {a.target for a in seed_map.arguments.values()}
    assert blanks[:3] == ["biden-no-troops", "hold-russia-accountable", "still-regional"]
    assert len(blanks) == 18 and not set(blanks) & targets


def test_conclusions_are_the_claims_something_bears_on(seed_map):
    assert choose_blanks(seed_map, "conclusions", 1) == [
        "no-nfz-or-troops",
        "support-other-ways",
        "nfz-step-to-troops",
        "nato-stays-out-unless-attacked",
        "no-treaty-obligation",
        "admin-deescalate",
    ]


def test_random_blanks_depend_on_the_seed_only(seed_map):
    first = choose_blanks(seed_map, "5", 7)
    assert first == choose_blanks(seed_map, "5", 7) and len(first) == 5
    assert any(choose_blanks(seed_map, "5", s) != first for s in range(8, 12))
    with pytest.raises(ValueError, match="between 1 and 24"):
        choose_blanks(seed_map, "25", 7)


def test_a_blank_has_room_for_the_text_it_hides():
    assert blank_label(3, "short") == "(3) " + "_" * 26 + " " + "_" * 30
    assert blank_label(3, "x " * 60).count(" " + "_" * 30) == 3  # four lines of about 32 characters


def test_cards_are_shuffled_lettered_and_escaped(seed_map):
    sheet = make_worksheet(seed_map, "premises", 1)
    rows = [line for line in sheet.cards.splitlines() if line.startswith("| ") and line[2].isalpha()]
    cards = [row.split(" | ", 1)[1].rstrip(" |") for row in rows[1:]]
    expected = sorted(" ".join(seed_map.claims[c].text.split()) for c in sheet.blanks)
    assert sorted(cards) == expected and cards != [" ".join(seed_map.claims[c].text.split()) for c in sheet.blanks]
    assert rows[1].startswith("| A | ") and rows[-1].startswith("| R | ")
    html = MarkdownIt().enable("table").render(sheet.cards)
    assert html.count("<tr>") == 19 and "<h1>Cards: Why NATO won't impose a no-fly zone over Ukraine</h1>" in html


@needs_dot
def test_cli_writes_sheet_key_and_cards_and_the_sheet_hides_the_answers(seed_map, tmp_path):
    result = runner.invoke(app, ["worksheet", str(SEED), "--out", str(tmp_path), "--blank", "premises"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"wrote nato-no-fly-zone-worksheet.svg, nato-no-fly-zone-key.svg, "
        f"nato-no-fly-zone-cards.md, nato-no-fly-zone-answers.md to {tmp_path}/ (18 blanks)\n"
    )
    sheet = (tmp_path / "nato-no-fly-zone-worksheet.svg").read_text()
    blanks = choose_blanks(seed_map, "premises", 1)
    for claim_id in blanks:
        claim = seed_map.claims[claim_id]
        for secret in (claim.text.split(",")[0], claim.quote or "\0", claim.note or "\0", f"claim-{claim_id}"):
            assert secret.replace("'", "&#39;") not in sheet and secret not in sheet, (claim_id, secret)
    nodes = svg_groups(sheet.encode())
    assert texts(nodes["claim-blank-1"])[0].startswith("(1) ___")
    assert "(1) ______ [Joe Biden]" in sheet  # the <desc> reads the blank, not the underscores
    key = svg_groups((tmp_path / "nato-no-fly-zone-key.svg").read_bytes())
    assert texts(key["claim-biden-no-troops"])[0].startswith("(1) card ")  # top left on the sheet
    assert "Biden has repeatedly said he" in " ".join(texts(key["claim-biden-no-troops"]))


@needs_dot
def test_relations_sheet_draws_every_relation_alike_without_telling_tooltips(tmp_path):
    result = runner.invoke(app, ["worksheet", str(SEED), "--out", str(tmp_path), "--blank", "relations"])
    assert result.exit_code == 0 and "(13 blanks)" in result.output
    sheet = (tmp_path / "nato-no-fly-zone-worksheet.svg").read_bytes()
    edges = svg_groups(sheet, "edge")
    assert len(edges) > 20 and not any(
        e.get("stroke-dasharray") for group in edges.values() for e in group.iter()
    )  # the key draws attacks dashed
    for secret in (b"Zelenskyy&#39;s plea", b"positive consequences", b"zelenskyy-plea", b"attacks no"):
        assert secret not in sheet
    assert b"whether it supports or attacks" in sheet
    key = (tmp_path / "nato-no-fly-zone-key.svg").read_bytes()
    assert b"stroke-dasharray" in key and b"Zelenskyy&#39;s plea" in key
    cards = (tmp_path / "nato-no-fly-zone-cards.md").read_text()
    assert cards.count("| supports |") == 12 and cards.count("| attacks |") == 1


@needs_dot
def test_the_same_seed_gives_the_same_files(tmp_path):
    outputs = []
    for run in ("a", "b"):
        args = ["worksheet", str(SEED), "--out", str(tmp_path / run), "--blank", "6", "--seed", "42"]
        assert runner.invoke(app, args).exit_code == 0
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run).iterdir()})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 4
    assert (
        runner.invoke(
            app, ["worksheet", str(SEED), "--out", str(tmp_path / "c"), "--blank", "6", "--seed", "43"]
        ).exit_code
        == 0
    )
    assert (tmp_path / "c" / "nato-no-fly-zone-cards.md").read_bytes() != outputs[0]["nato-no-fly-zone-cards.md"]


def test_cli_usage_errors(tmp_path):
    for blank in ("foo", "0", "99"):
        result = runner.invoke(app, ["worksheet", str(SEED), "--out", str(tmp_path), "--blank", blank])
        assert result.exit_code == 2, blank
    alone = tmp_path / "alone.yaml"
    alone.write_text("title: t\nclaims:\n  a: Alone.\n")
    result = runner.invoke(app, ["worksheet", str(alone), "--out", str(tmp_path), "--blank", "relations"])
    assert result.exit_code == 2 and "no relations to blank out" in result.output
    assert list(tmp_path.iterdir()) == [alone]


def _centre(group) -> tuple[float, float, float]:
    import re

    shape = next(e for e in group.iter() if e.tag.endswith(("path", "polygon")))
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", shape.get("d") or shape.get("points"))]
    xs, ys = numbers[0::2], numbers[1::2]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, max(ys) - min(ys)


@needs_dot
@pytest.mark.parametrize("blank", ["premises", "relations", "7"])
def test_blanks_are_numbered_top_to_bottom_then_left_to_right_as_drawn(tmp_path, blank):
    result = runner.invoke(app, ["worksheet", str(SEED), "--out", str(tmp_path), "--blank", blank, "--seed", "3"])
    assert result.exit_code == 0, result.output
    nodes = svg_groups((tmp_path / "nato-no-fly-zone-worksheet.svg").read_bytes())
    prefix = "arg-relation-" if blank == "relations" else "claim-blank-"
    places = [_centre(nodes[f"{prefix}{n}"]) for n in range(1, 1 + sum(k.startswith(prefix) for k in nodes))]
    assert len(places) > 5
    for (x1, y1, h1), (x2, y2, h2) in zip(places, places[1:]):
        same_row = abs(y2 - y1) <= max(h1, h2) / 2
        assert (same_row and x2 > x1) or (not same_row and y2 > y1), places.index((x1, y1, h1)) + 1


@needs_dot
def test_the_answers_say_which_card_goes_in_each_blank_and_the_key_shows_it(seed_map, tmp_path):
    assert runner.invoke(app, ["worksheet", str(SEED), "--out", str(tmp_path)]).exit_code == 0
    cards = dict(
        line.strip("| ").split(" | ", 1)
        for line in (tmp_path / "nato-no-fly-zone-cards.md").read_text().splitlines()
        if line.startswith("| ") and line[2:3].isupper() and line[3] == " "
    )
    answers = [
        line.strip("| ").split(" | ")
        for line in (tmp_path / "nato-no-fly-zone-answers.md").read_text().splitlines()
        if line.startswith("| (")
    ]
    assert [number for number, _, _ in answers] == [f"({n})" for n in range(1, 19)]
    assert all(cards[letter].rstrip(" |") == text for _, letter, text in answers)
    key = svg_groups((tmp_path / "nato-no-fly-zone-key.svg").read_bytes())
    marks = {" ".join(" ".join(texts(group)).split())[:40] for group in key.values()}
    for number, letter, text in answers:
        assert any(mark.startswith(f"{number} card {letter}: {text[:10]}") for mark in marks), (number, letter)
