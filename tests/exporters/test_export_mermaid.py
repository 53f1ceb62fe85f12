"""argmap export --to mermaid: the chart's structure, escaping, and Mermaid itself drawing it."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from argmap.cli import app
from argmap.exporters import exporter
from argmap.exporters.mermaid import label
from argmap.loading.loader import load_path
from support.browser import browser_fixture
from support.maps import load
from support.mermaid import draw
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
TRICKY = ROOT / "tests" / "fixtures" / "interop" / "tricky-texts.yaml"
browser = browser_fixture()

SMALL = """
    title: t
    speakers:
      ann: Ann
    claims:
      c: Conclusion.
      p:
        text: Premise.
        speaker: ann
        supports: c
      q:
        text: Objection.
        attacks: c
      r: Linked one.
      s:
        text: Linked two.
        implicit: true
    arguments:
      both:
        premises: [r, s]
        supports: c
"""


def chart(yaml_text: str, **options) -> str:
    return exporter("mermaid").export(load(yaml_text).map, options)


def test_claims_relations_and_styles():
    lines = chart(SMALL).splitlines()
    assert lines[0] == "flowchart BT"
    assert '    c2("Premise.<br/><i>Ann</i>")' in lines
    assert '    c5("Linked two.<br/><i>unstated premise</i>")' in lines
    assert '    a3((" "))' in lines  # where linked premises meet
    assert ["    c2 --> c1", "    c3 -.-x c1", "    c4 --- a3", "    c5 --- a3", "    a3 --> c1"] == [
        line for line in lines if re.match(r"    [ca]\d+ (-->|---|-\.-x) ", line)
    ]
    assert "    class c5 implicit" in lines and "    class c1 main" in lines
    assert "    linkStyle 1 stroke:#B22222,color:#B22222" in lines


def test_special_characters_become_entity_codes_and_texts_are_one_line():
    assert label('a "b" <c> & #d [e] {f} |g| `h`') == (
        "a #34;b#34; #60;c#62; #38; #35;d #91;e#93; #123;f#125; #124;g#124; #96;h#96;"
    )
    assert label("two\nlines  and   spaces") == "two lines and spaces"  # Mermaid wraps to the box


def test_options_direction_and_fence():
    assert chart(SMALL, direction="lr").startswith("flowchart LR\n")
    fenced = chart(SMALL, fenced="true")
    assert fenced.startswith("```mermaid\nflowchart BT\n") and fenced.endswith("```\n")
    result = runner.invoke(app, ["export", str(SEED), "--to", "mermaid", "-O", "direction=up"])
    assert result.exit_code == 2 and "direction must be one of" in result.output


def test_mermaid_draws_the_seed_map(browser):
    amap = load_path(SEED).map
    svg, text = draw(browser, exporter("mermaid").export(amap, {}))
    assert svg.count('class="node') >= len(amap.claims)
    for claim in amap.claims.values():
        first_words = " ".join(claim.text.split()[:3])
        assert first_words in " ".join(text.split()), claim.id


def test_mermaid_shows_every_tricky_text_literally(browser):
    amap = load_path(TRICKY).map
    _, text = draw(browser, exporter("mermaid").export(amap, {}))
    flat = " ".join(text.split())
    assert "[Statement]: looks like an Argdown title <and> an argument; + - _ > < // /* */ <!-- -->" in flat
    assert "Siobhán O'Brien <siobhan@example.org>" in flat
    assert 'Label with "quotes"' in flat


def test_mermaid_draws_a_restatement_as_a_labelled_line(browser):
    from argmap.loading.loader import load_text

    amap = load_text(
        "title: T\nclaims:\n  a: The budget must balance.\n  b:\n    text: It has to balance.\n    restates: a\n",
        "m.yaml",
    ).map
    svg, text = draw(browser, exporter("mermaid").export(amap, {}))
    assert "restates" in text and "It has to balance." in text
