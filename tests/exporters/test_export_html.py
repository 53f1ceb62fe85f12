"""argmap export --to html: one self-contained, escaped page (the browser tests are in
test_html_browser.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

from typer.testing import CliRunner

from argmap.cli import app
from argmap.exporters import EXPORTERS, exporter
from argmap.loading.loader import load_path
from argmap.steps import reveal_steps
from support.injection import SCRIPT_MAP
from support.maps import load
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
pytestmark = needs_dot


def page_of(yaml_text: str) -> str:
    return exporter("html").export(load(yaml_text).map, {})


def test_registered_with_the_other_exporters():
    assert {"html", "markdown", "mermaid"} <= set(EXPORTERS)
    assert exporter("html").SUFFIX == ".html"


def test_map_texts_never_become_markup_or_script():
    page = page_of(SCRIPT_MAP)
    assert page.count("<script") == 3  # the JSON data, the strengths' data and argmap's own script
    strength = re.search(r'<script type="application/json" id="argmap-strength">(.*?)</script>', page, re.S).group(1)
    assert "</" not in strength and "<script" not in strength
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt; &amp; more" in page
    assert "Eve <b>bold</b>" not in page and "Eve &lt;b&gt;bold&lt;/b&gt;" in page
    assert "{{ 7 * 7 }} and {% raw %}" in page  # data, not template code
    data = re.search(r'<script type="application/json" id="argmap-data">(.*?)</script>', page, re.S).group(1)
    assert "</" not in data and "<script" not in data  # tojson writes < as \\u003c
    assert json.loads(data)["claims"]["c"]["text"] == "Conclusion </script><script>window.pwned = 2</script>"


def test_only_argmaps_own_script_may_run_and_nothing_is_fetched():
    page = page_of(SCRIPT_MAP)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    script = re.search(r"<script>(.*?)</script>\s*</body>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert csp == f"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    assert not re.search(r'\s(?:src|href)="(?!#|data:)', page)  # no file, no URL to load


def test_the_seed_page_has_diagram_outline_speakers_and_steps():
    amap = load_path(SEED).map
    page = exporter("html").export(amap, {})
    assert page.count('<g id="map-claim&#45;') == len(amap.claims)  # Graphviz writes - as &#45;
    assert (
        '<svg style="max-width:100%;height:auto;min-width:' in page
        and 'role="group" aria-labelledby="map-title"' in page
    )
    assert '<button type="button" class="claim-link" data-claim="ukraine-not-member" dir="auto">' in page
    assert (
        '<strong dir="auto">Jen Psaki</strong><br><span class="role" dir="auto">White House press secretary</span>'
        in page
    )
    data = json.loads(re.search(r'id="argmap-data">(.*?)</script>', page, re.S).group(1))
    assert len(data["steps"]) == len(reveal_steps(amap))
    assert data["onward"]["ukraine-not-member"] == ["article-five"]
    assert data["onward"]["article-five"] == ["no-treaty-obligation"]
    assert data["claims"]["ukraine-not-member"]["quote"] == "Ukraine is not a member of NATO"


def test_cli_writes_the_page_and_rejects_bad_options(tmp_path):
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["export", str(SEED), "--to", "html", "-o", str(out), "-O", "direction=lr"])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<!DOCTYPE html>")
    bad = runner.invoke(app, ["export", str(SEED), "--to", "html", "-O", "theme=neon"])
    assert bad.exit_code == 2 and "unknown theme 'neon'" in bad.output
