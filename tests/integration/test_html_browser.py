"""The exported web page in real headless Chromium (Debian's, driven by Playwright): clicking
a claim shows its quote, the chain to the conclusion lights up, the reveal steps, nothing
is fetched, and no map text runs as script."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading.loader import load_path
from argmap.steps import reveal_steps
from support.browser import TIMEOUT_MS, browser_fixture
from support.injection import SCRIPT_MAP
from support.markers import needs_dot
from support.paths import ROOT

runner = CliRunner()
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
pytestmark = needs_dot
browser = browser_fixture()


def export_page(map_path, out):
    result = runner.invoke(app, ["export", str(map_path), "--to", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    return export_page(SEED, tmp_path_factory.mktemp("html") / "nato.html")


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(TIMEOUT_MS)
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    yield page
    page.close()


def open_page(page, path):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_selector("#step-count:has-text('Step')")
    return requests


def claim(page, claim_id: str):
    return page.locator(f"#map-claim-{claim_id}")


def classes(page, claim_id: str) -> str:
    return claim(page, claim_id).get_attribute("class")


def test_the_page_loads_nothing_and_runs_without_errors(page, seed_page):
    requests = open_page(page, seed_page)
    assert requests == [seed_page.as_uri()]
    assert page.problems == []
    assert page.title() == "Why NATO won't impose a no-fly zone over Ukraine"


def test_clicking_a_claim_shows_its_quote_and_highlights_the_chain(page, seed_page, tmp_path):
    open_page(page, seed_page)
    claim(page, "ukraine-not-member").click()
    assert page.inner_text("#details-text") == "Ukraine does not belong to NATO."
    assert page.inner_text("#details-quote") == "“Ukraine is not a member of NATO”"
    assert page.inner_text("#details-speaker").startswith("— McClatchy News, News organisation")
    for on_the_way in ("no-treaty-obligation", "nato-stays-out-unless-attacked", "no-nfz-or-troops"):
        assert "in-chain" in classes(page, on_the_way), on_the_way
    assert "in-chain" not in classes(page, "biden-no-troops")
    assert "selected" in classes(page, "ukraine-not-member")
    page.wait_for_function(  # dimmed (after a short transition)
        "() => getComputedStyle(document.querySelector('#map-claim-biden-no-troops')).opacity === '0.22'"
    )
    page.screenshot(path=str(tmp_path / "clicked.png"))  # looked at while writing this test


def test_hovering_shows_details_until_something_is_pinned(page, seed_page):
    open_page(page, seed_page)
    claim(page, "both-nuclear").hover()
    assert page.inner_text("#details-text") == "The United States and Russia both have nuclear weapons."
    claim(page, "less-blood").click()
    claim(page, "both-nuclear").hover()
    assert page.inner_text("#details-quote") == "“Ukraine will defeat the aggressor with much less blood”"
    page.keyboard.press("Escape")
    assert page.is_visible("#details-empty") and "chain" not in page.get_attribute("#diagram", "class")


def test_the_reveal_buttons_step_through_the_map(page, seed_page):
    steps = reveal_steps(load_path(SEED).map)
    open_page(page, seed_page)
    assert page.inner_text("#step-count") == f"Step {len(steps)} of {len(steps)}"
    page.click("#step-first")
    assert page.inner_text("#step-count") == f"Step 1 of {len(steps)}"
    assert claim(page, "no-nfz-or-troops").is_visible() and not claim(page, "biden-no-troops").is_visible()
    page.click("#step-next")
    assert claim(page, "biden-no-troops").is_visible()
    assert page.locator("#map-arg-biden-no-troops\\.supports\\.no-nfz-or-troops").is_visible()
    assert not claim(page, "ukraine-not-member").is_visible()
    box = in_diagram(page, "no-nfz-or-troops")
    page.click("#step-all")
    assert claim(page, "ukraine-not-member").is_visible() and page.is_disabled("#step-next")
    assert in_diagram(page, "no-nfz-or-troops") == box  # nothing moves in the drawing (the frame may scroll)


def in_diagram(page, claim_id: str) -> tuple[float, float]:
    """Where a claim's box is in the drawing, wherever the frame has scrolled it."""
    box, svg = claim(page, claim_id).bounding_box(), page.locator("#diagram svg").bounding_box()
    return round(box["x"] - svg["x"], 1), round(box["y"] - svg["y"], 1)


def test_keyboard_and_outline_select_claims(page, seed_page):
    open_page(page, seed_page)
    claim(page, "both-nuclear").focus()
    page.keyboard.press("Enter")
    assert page.inner_text("#details-text") == "The United States and Russia both have nuclear weapons."
    page.click("#step-first")  # the outline follows the step: the claim is not in it yet
    assert not page.locator("button.claim-link[data-claim='admin-deescalate']").is_visible()
    page.click("#step-all")
    page.click("button.claim-link[data-claim='admin-deescalate']")
    assert claim(page, "admin-deescalate").is_visible()
    assert page.inner_text("#details-quote") == "“reduce the rhetoric and deescalate”"


def test_map_texts_stay_text_in_the_browser(page, tmp_path):
    source = tmp_path / "nasty.yaml"
    source.write_text(SCRIPT_MAP.replace("\n    ", "\n").lstrip("\n"))
    open_page(page, export_page(source, tmp_path / "nasty.html"))
    assert page.evaluate("window.pwned") is None and page.problems == []
    assert page.locator("img").count() == 0
    claim(page, "c").click()
    assert page.inner_text("#details-text") == "Conclusion </script><script>window.pwned = 2</script>"
    assert page.inner_text("#details-quote") == '“a quote with "quotes" & <tags>”'
    assert page.title() == "</title><script>window.pwned = 1</script>"
