"""The exported web page on a projector (1024×768) and a wide screen (1920×1080), in real
headless Chromium: the claims' text is at least 12 px, the panels go below the diagram when
the window is narrow, and a reveal step shows nothing not yet revealed anywhere on the page.

Screenshots of both sizes (and of the first step) are written to the test's folder, and to
$ARGMAP_SCREENSHOTS when it is set, to be looked at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading.loader import load_path
from argmap.steps import reveal_steps
from support.browser import TIMEOUT_MS, browser_fixture
from support.markers import browser as browser_marker
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
pytestmark = [needs_dot, browser_marker]
browser = browser_fixture()
BODY_TEXT_PX = """() => {
  const svg = document.querySelector('#diagram svg');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const sizes = [...svg.querySelectorAll('g.node text')].map(t => Number(t.getAttribute('font-size')));
  return 12 * scale * (Math.max(...sizes) >= 12 ? 1 : 0);
}"""


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    out = tmp_path_factory.mktemp("projector") / "nato.html"
    result = runner.invoke(app, ["export", str(SEED), "--to", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def opened(browser, path: Path, width: int, height: int):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(path.as_uri())
    page.wait_for_selector("#step-count:has-text('Step')")
    return page


def keep(screenshot: Path) -> None:
    folder = os.environ.get("ARGMAP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(screenshot, Path(folder) / screenshot.name)


def box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("width, height, below", [(1024, 768, True), (1920, 1080, False)])
def test_claims_are_readable_and_the_panels_make_room(browser, seed_page, tmp_path, width, height, below):
    page = opened(browser, seed_page, width, height)
    assert page.evaluate(BODY_TEXT_PX) >= 12 - 0.01
    diagram, panels = box(page, "#diagram"), box(page, "aside")
    if below:  # the diagram has the whole width; the panels are under it
        assert panels["y"] >= diagram["y"] + diagram["height"] - 1 and diagram["width"] >= width - 80
    else:
        assert panels["x"] >= diagram["x"] + diagram["width"] - 1 and panels["y"] < diagram["y"] + 100
    shot = tmp_path / f"page-{width}x{height}.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    keep(shot)
    page.close()


def test_the_first_step_shows_nothing_not_yet_revealed(browser, seed_page, tmp_path):
    amap = load_path(SEED).map
    first = set(reveal_steps(amap)[0])
    page = opened(browser, seed_page, 1024, 768)
    page.click("#step-first")
    text = page.inner_text("body")
    for claim_id, claim in amap.claims.items():
        hidden = page.eval_on_selector(f"#map-claim-{claim_id}", "g => getComputedStyle(g).visibility")
        if claim_id in first:
            assert claim.text.split(",")[0] in text and hidden == "visible"
        else:  # not in the outline, the strength panel or the details; its box (and tooltip) invisible
            assert claim.text.split(",")[0] not in text, claim_id
            assert hidden == "hidden", claim_id
    speakers = page.locator("li[data-speaker]:visible").all_inner_texts()
    assert len(speakers) == 1 and speakers[0].strip().startswith("McClatchy News")
    assert "Because" not in page.inner_text(".outline")
    frame, conclusion = box(page, "#diagram"), box(page, "#map-claim-no-nfz-or-troops")
    assert frame["x"] <= conclusion["x"] and conclusion["x"] + conclusion["width"] <= frame["x"] + frame["width"]
    shot = tmp_path / "page-1024x768-step1.png"
    page.screenshot(path=str(shot), full_page=True)
    keep(shot)
    # the conclusion's strength counts nothing not yet revealed: at step 1 it is its own weight
    badge = "#map-claim-no-nfz-or-troops .strength-badge text"
    assert page.text_content(badge) == f"{amap.claims['no-nfz-or-troops'].weight or 0.5:.2f}"
    page.click("#step-all")
    assert page.text_content(badge) == "0.79"  # the whole map's DF-QuAD strength (tests/evaluation)
    assert amap.claims["ukraine-not-member"].text in page.inner_text(".outline")
    assert len(page.locator("li[data-speaker]:visible").all_inner_texts()) == 7
    page.close()
