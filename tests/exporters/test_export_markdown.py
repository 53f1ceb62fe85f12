"""argmap export --to markdown: an image with the outline as alt text, and a caption."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing.outline import outline
from argmap.exporters import exporter
from argmap.loading.loader import load_path
from support.maps import load
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"


def image_of(markdown: str) -> tuple[str, str]:
    """(src, alt) of the image as a Markdown processor renders it."""
    found = re.search(r'<img src="([^"]*)" alt="([^"]*)"', MarkdownIt().render(markdown))
    return html.unescape(found.group(1)), html.unescape(found.group(2))


def test_alt_text_is_the_outline_and_the_image_is_where_render_puts_it(monkeypatch):
    monkeypatch.chdir(ROOT)
    amap = load_path("arguments/nato-no-fly-zone.yaml").map
    snippet = exporter("markdown").export(amap, {})
    src, alt = image_of(snippet)
    assert src == "diagrams/nato-no-fly-zone.svg"
    assert alt.startswith("Argument map: Why NATO won't impose a no-fly zone over Ukraine. NATO and the United")
    assert alt.endswith(" ".join(outline(amap, title=False).split()))


def test_caption_names_the_title_and_the_source():
    amap = load("""
        title: Buses
        source:
          title: "City [budget] report"
          publisher: Town Hall
          date: 2024-05-01
          url: https://example.org/report (2024).pdf
        claims:
          a: A.
    """).map
    snippet = exporter("markdown").export(amap, {"image": "img/buses.png"})
    html = MarkdownIt().render(snippet)
    assert '<img src="img/buses.png" alt="Argument map: Buses. A." />' in html
    assert (
        '<em>Buses</em> — Source: <a href="https://example.org/report%20%282024%29.pdf">'
        "City [budget] report · Town Hall · 2024-05-01</a>"
    ) in html


def test_brackets_in_texts_do_not_break_the_image():
    amap = load('title: "A [b] c"\nclaims:\n  a: "See ]( here) and \\\\ too"\n').map
    assert image_of(exporter("markdown").export(amap, {"image": "x.svg"})) == (
        "x.svg",
        "Argument map: A [b] c. See ]( here) and \\ too",
    )


def test_cli(tmp_path):
    out = tmp_path / "snippet.md"
    result = runner.invoke(app, ["export", str(SEED), "--to", "markdown", "-O", "image=nato.svg", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text().startswith("![Argument map: Why NATO")
