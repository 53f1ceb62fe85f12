"""The outline: from the conclusion down, leads by relation, linked premises, cycles, Markdown."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing.outline import outline
from argmap.loading.loader import load_path
from argmap.mdtext import markdown_text as md_escape
from support.maps import load
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"

EVERY_RELATION = """
    title: Umbrella
    speakers:
      ann: Ann Lee
    claims:
      take-umbrella:
        text: Take an umbrella.
        speaker: ann
      rain: It will rain.
      clouds: The sky is full of clouds.
      forecast: The forecast says sunny.
      clouds-mean-rain: Clouds like these bring rain.
      old-forecast:
        text: That forecast is from last week.
        attacks: trust-forecast
      rule-of-thumb: Sailors have used this sign for centuries.
    arguments:
      weather:
        premises: [rain]
        supports: take-umbrella
      sky:
        premises: [clouds, clouds-mean-rain]
        supports: rain
        speaker: ann
        label: The sky
      trust-forecast:
        premises: [forecast]
        attacks: rain
      backing:
        premises: [rule-of-thumb]
        supports: sky
"""


def test_every_relation_has_its_lead_and_depth():
    text = outline(load(EVERY_RELATION).map)
    assert text.splitlines() == [
        "Umbrella",
        "",
        "Take an umbrella. [Ann Lee]",
        "  Because: It will rain.",
        "    Because, together (The sky) [Ann Lee]:",
        "      - The sky is full of clouds.",
        "      - Clouds like these bring rain.",
        "      Backed by: Sailors have used this sign for centuries.",
        "    But: The forecast says sunny.",
        "      Unless: That forecast is from last week.",
    ]


def test_seed_map_starts_at_its_conclusion_and_lists_every_claim_once():
    amap = load_path(SEED).map
    lines = outline(amap, title=False).splitlines()
    assert lines[0].startswith("NATO and the United States will not impose a no-fly zone")
    assert lines[0].endswith("[McClatchy News]")
    for claim in amap.claims.values():
        flat = " ".join(claim.text.split())
        assert sum(flat in line for line in lines) == 1, claim.id
    assert "  Because, together (No war with Russia) [Jen Psaki]:" in lines
    assert any(line.startswith("  But (Zelenskyy's plea): With a Western no-fly zone") for line in lines)
    assert any(line.startswith("    - (unstated) A government will not take a step") for line in lines)


def test_supports_come_before_objections():
    lines = outline(load(EVERY_RELATION).map).splitlines()
    assert lines.index("    But: The forecast says sunny.") > lines.index("  Because: It will rain.") + 3


def test_several_conclusions_and_unconnected_claims_each_start_a_block():
    amap = load("""
        title: Two
        claims:
          a: A.
          b: B.
          lonely: Alone.
          c:
            text: C.
            supports: a
          d:
            text: D.
            attacks: b
    """).map
    assert outline(amap, title=False) == "A.\n  Because: C.\n\nB.\n  But: D.\n\nAlone.\n"


def test_a_cycle_ends_with_see_above_instead_of_looping():
    amap = load("""
        title: Circle
        claims:
          a:
            text: A.
            supports: b
          b:
            text: B.
            supports: c
          c:
            text: C.
            supports: a
    """).map
    assert outline(amap, title=False) == "A.\n  Because: C.\n    Because: B.\n      Because: A. (see above)\n"


def test_a_self_undercutting_argument_terminates():
    amap = load("""
        title: Odd
        claims:
          a: A.
          b: B.
        arguments:
          loop:
            premises: [b]
            attacks: loop
    """).map
    assert outline(amap, title=False) == "A.\n\nB.\n"  # `loop` reaches nothing from a conclusion


def test_a_shared_premise_is_expanded_once():
    amap = load("""
        title: Shared
        claims:
          top: Top.
          mid1:
            text: Mid one.
            supports: top
          mid2:
            text: Mid two.
            supports: top
          base:
            text: Base.
            supports: [mid1, mid2]
          deep:
            text: Deep.
            supports: base
    """).map
    lines = outline(amap, title=False).splitlines()
    assert lines.count("      Because: Deep.") == 1
    assert "    Because: Base. (see above)" in lines


def test_multiline_texts_are_flattened():
    amap = load("""
        title: "Two\\nlines"
        claims:
          a:
            text: |
              First line
              second line.
    """).map
    assert outline(amap) == "Two lines\n\nFirst line second line.\n"


def test_markdown_is_a_heading_a_bold_conclusion_and_nested_lists():
    md = outline(load(EVERY_RELATION).map, "markdown")
    tokens = [t.type for t in MarkdownIt().parse(md)]
    assert tokens[:3] == ["heading_open", "inline", "heading_close"]
    assert tokens.count("bullet_list_open") == 4  # the top list and three nested levels
    html = MarkdownIt().render(md)
    assert "<strong>Take an umbrella.</strong> [Ann Lee]" in html
    assert "<strong>Because, together</strong> (The sky) [Ann Lee]:" in html
    assert "<li><strong>Unless</strong>: That forecast is from last week.</li>" in html


def test_markdown_escapes_texts_so_they_stay_literal():
    amap = load("""
        title: "*Not* a [link](http://x) <b>"
        claims:
          a: "Use `code` and _under_ & <script>alert(1)</script>"
    """).map
    html = MarkdownIt().render(outline(amap, "markdown"))
    assert "<h1>*Not* a [link](http://x) &lt;b&gt;</h1>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html and "<code>" not in html and "<em>" not in html
    assert md_escape("a*b") == "a\\*b"


def test_unknown_format_is_rejected():
    with pytest.raises(ValueError):
        outline(load(EVERY_RELATION).map, "html")


def test_cli_prints_the_outline_and_writes_a_file(tmp_path):
    result = runner.invoke(app, ["outline", str(SEED), "--format", "markdown"])
    assert result.exit_code == 0
    assert result.output.startswith("# Why NATO won't impose a no-fly zone over Ukraine\n\n**NATO and")
    out = tmp_path / "outline.txt"
    assert runner.invoke(app, ["outline", str(SEED), "-o", str(out)]).exit_code == 0
    assert out.read_text() == outline(load_path(SEED).map)


def test_cli_refuses_a_map_with_errors_unless_forced(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: t\nclaims:\n  a:\n    text: x\n    supports: b\n")
    result = runner.invoke(app, ["outline", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:5:15: error: unknown target `b` [unknown-reference]" in result.output
    assert "--force" in result.output
    forced = runner.invoke(app, ["outline", str(bad), "--force"])
    assert forced.exit_code == 0 and forced.stdout == "t\n\nx\n"


def test_cli_usage_errors(tmp_path):
    assert runner.invoke(app, ["outline", str(tmp_path / "missing.yaml")]).exit_code == 2
    assert runner.invoke(app, ["outline", str(SEED), "--format", "html"]).exit_code == 2
