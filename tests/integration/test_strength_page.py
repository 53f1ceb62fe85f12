"""The strength sliders of the exported web page, in headless Chromium: after moving sliders
the page's strengths equal argmap's (Python) for the same weights to 1e-9, on several maps
(DF-QuAD and, on a map with cycles, the energy model); the reset button puts the map's weights
back; the diagram's badges follow."""

from __future__ import annotations

import random

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.evaluation.gradual import gradual
from argmap.loading.loader import load_path
from support.browser import TIMEOUT_MS, browser_fixture
from support.markers import browser as browser_mark
from support.markers import needs_dot
from support.paths import ROOT

pytestmark = [needs_dot, browser_mark]
browser = browser_fixture()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
BRIDGE = """title: Is the bridge safe?
claims:
  a: {text: The bridge is safe., weight: 0.4}
  b: {text: The inspector passed it., supports: a}
  c: {text: A crack was found., weight: 0.5, attacks: a}
  d: {text: The crack is cosmetic., weight: 0.8}
  e: {text: The load test went fine.}
  f: {text: Loads were at design level., weight: 0.3}
  g: {text: The test lab is accredited., weight: 0.9}
arguments:
  cosmetic: {premises: [d], attacks: c.attacks.a, label: Only cosmetic}
  load: {premises: [e, f], supports: a, label: Load test, weight: 0.9}
  lab: {premises: [g], supports: load}
"""
RING = """title: A ring of objections
claims:
  p: {text: P holds., weight: 0.7, attacks: q}
  q: {text: Q holds., weight: 0.6, attacks: r}
  r: {text: R holds., attacks: p, supports: s}
  s: {text: S holds., weight: 0.2}
"""


def export(path, out):
    result = CliRunner().invoke(app, ["export", str(path), "--to", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(TIMEOUT_MS)
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    page.close()


def page_strengths(page) -> dict[str, float]:
    rows = page.locator("#strength .strength-row")
    return {
        rows.nth(i).get_attribute("data-id"): float(rows.nth(i).get_attribute("data-strength"))
        for i in range(rows.count())
    }


def assert_same(page, amap, semantics, weights):
    expected = gradual(amap, semantics, weights).strength
    shown = page_strengths(page)
    assert shown.keys() == set(expected)
    for node_id, value in expected.items():
        assert abs(shown[node_id] - value) <= 1e-9, (node_id, shown[node_id], value)


@pytest.mark.parametrize("which, semantics", [("seed", "df-quad"), ("bridge", "df-quad"), ("ring", "energy")])
def test_sliders_recompute_the_strengths_python_gives(page, tmp_path, which, semantics):
    path = SEED if which == "seed" else tmp_path / f"{which}.yaml"
    if which != "seed":
        path.write_text(BRIDGE if which == "bridge" else RING)
    amap = load_path(path).map
    page.goto(export(path, tmp_path / "page.html").as_uri())
    page.wait_for_selector("#strength .strength-row[data-strength]")
    assert page.locator("#strength-title").text_content() == "How strong is each claim"
    assert_same(page, amap, semantics, {})
    rng = random.Random(17)
    weights = {}
    for claim_id in rng.sample(sorted(amap.claims), min(4, len(amap.claims))):
        value = rng.randrange(0, 101) / 100
        page.locator(f"#strength input[data-id='{claim_id}']").fill(str(value))
        weights[claim_id] = value
        assert_same(page, amap, semantics, weights)
    page.locator("#strength-reset").click()
    assert_same(page, amap, semantics, {})
    assert page.problems == []


def test_trusting_the_plea_less_lifts_the_conclusion_in_the_panel_and_the_diagram(page, tmp_path):
    page.goto(export(SEED, tmp_path / "nato.html").as_uri())
    conclusion = page.locator(".strength-row[data-id='no-nfz-or-troops']")
    badge = page.locator("#map-claim-no-nfz-or-troops .strength-badge text")
    before = float(conclusion.get_attribute("data-strength"))
    assert badge.text_content() == f"{before:.2f}"
    page.locator("#strength input[data-id='less-blood']").fill("0.1")
    after = float(conclusion.get_attribute("data-strength"))
    assert after > before
    assert badge.text_content() == f"{after:.2f}"
    assert conclusion.locator(".strength-value").text_content() == f"{after:.2f}"
