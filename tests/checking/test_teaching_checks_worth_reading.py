"""`validate --teaching` on real maps: a handful of lines a student acts on, not dozens."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from argmap.cli import app
from argmap.words import content_words

ROOT = Path(__file__).resolve().parents[2]


def teaching_lines(path: Path) -> list[str]:
    result = CliRunner().invoke(app, ["validate", "--teaching", str(path)])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[:-1]


def test_numbers_ordinals_units_and_months_are_not_words():
    words = content_words("Fares cost 850,000 a year, 8,800 riders, the 3rd rise since Feb 27; 40% in the 1990s.")
    assert list(words.values()) == ["Fares", "cost", "riders", "rise"]


def test_the_seed_map_gives_a_handful_of_lines_at_most_one_naming_words_per_argument():
    lines = teaching_lines(ROOT / "arguments/nato-no-fly-zone.yaml")
    assert 3 <= len(lines) <= 15, lines
    worded = [line for line in lines if "[rabbit-rule]" in line or "[holding-hands]" in line]
    named = [
        re.search(r"argument `([^`]+)`|the (?:reason|objection) `([^`]+)` → `([^`]+)`", line).groups()
        for line in worded
    ]
    assert len(named) == len(set(named))  # one word message per argument
    assert not any(re.search(r"`\d+`", line) for line in lines)  # no number listed as a word
    assert not any(re.search(r"premise `([^`]+)` of `\1`", line) for line in lines)  # no "premise x of x"


def test_a_typical_student_map_gives_a_handful_of_lines():
    lines = teaching_lines(ROOT / "arguments/fare-free-buses.yaml")
    assert 1 <= len(lines) <= 12, lines
    assert all(len(line) < 330 for line in lines)


def test_an_abbreviation_matches_the_words_it_stands_for():
    assert set(content_words("The US will not strike.")) >= set(content_words("United States"))
    assert set(content_words("The U.N. decides.")) >= set(content_words("the United Nations"))
    assert "us" not in " ".join(content_words("Let us go.").values()).lower()  # the pronoun is no name


def test_the_new_article_map_gives_a_handful_of_lines():
    lines = teaching_lines(ROOT / "arguments/putin-plea-for-caution.yaml")
    assert len(lines) <= 12, lines
    assert sum("[single-premise]" in line for line in lines) <= 8  # one line for no-strike's six reasons
