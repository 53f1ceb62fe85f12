"""`argmap serve` in real headless Chromium (Debian's, driven by Playwright): the diagram
changes in the open page when the map is saved, errors are shown over the last good diagram,
clicking a box shows its details, and Ctrl-C stops the server while the page is open."""

from __future__ import annotations

import textwrap
from contextlib import contextmanager
from pathlib import Path

import pytest

from support.browser import TIMEOUT_MS, browser_fixture
from support.markers import needs_dot
from support.serve import serving

pytestmark = needs_dot
browser = browser_fixture()

MAP = textwrap.dedent("""\
    title: Umbrellas
    speakers:
      ana: {name: Ana Silva, role: Forecaster}
    claims:
      rain:
        text: Rain later.
        speaker: ana
        quote: "rain is likely after two"
        note: From the morning forecast.
      umbrella: Take an umbrella.
    arguments:
      weather:
        premises: [rain]
        supports: umbrella
    """)


@pytest.fixture
def page(browser):
    # The page's CSP forbids eval, which Playwright's string predicates use; the page itself is
    # checked under its CSP in tests/security/test_security_serve.py.
    page = browser.new_page(viewport={"width": 1200, "height": 800}, bypass_csp=True)
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    page.close()


def _diagram_shows(page, word: str) -> None:
    page.wait_for_function(
        "word => (document.querySelector('#diagram svg') || {textContent: ''}).textContent.includes(word)", arg=word
    )


@contextmanager
def _serving(path: Path, page):
    """MAP written to ``path``, served, and open in ``page`` with its diagram drawn."""
    path.write_text(MAP)
    with serving("serve", str(path), "--port", "0", cwd=path.parent) as server:
        page.goto(server.url)
        _diagram_shows(page, "Rain later.")
        yield server


def test_saving_the_map_redraws_the_open_page(tmp_path, page):
    path = tmp_path / "umbrellas.yaml"
    with _serving(path, page) as _server:
        assert page.inner_text("#status") == "up to date"
        page.evaluate("window.notReloaded = true")

        path.write_text(MAP.replace("Rain later.", "Showers."))
        _diagram_shows(page, "Showers.")
        assert page.evaluate("window.notReloaded") is True  # swapped in place, no reload
        assert "Rain later." not in page.inner_text("#diagram")

        path.write_text(MAP.replace("premises: [rain]", "premises: [rian]").replace("Rain later.", "Showers."))
        page.wait_for_selector("#problems li")
        [problem] = page.query_selector_all("#problems li")
        assert problem.inner_text() == (
            f"{path}:13:16: error: unknown premise `rian`; did you mean `rain`? [unknown-reference]"
        )
        assert page.inner_text("#problems-summary") == "1 error: showing the last good diagram"
        assert page.inner_text("#status") == "1 error"
        assert "Showers." in page.inner_text("#diagram")  # the last good diagram stays
        assert "stale" in page.get_attribute("body", "class")

        path.write_text(MAP)
        page.wait_for_selector("#problems", state="hidden")
        _diagram_shows(page, "Rain later.")
        assert page.evaluate("window.notReloaded") is True


def test_clicking_a_box_shows_speaker_quote_and_note(tmp_path, page):
    path = tmp_path / "umbrellas.yaml"
    with _serving(path, page) as _server:
        page.click("#claim-rain")
        assert page.inner_text("#details-id") == "rain"
        assert page.inner_text("#details-speaker") == "Ana Silva, Forecaster"
        assert page.inner_text("#details-quote") == "rain is likely after two"
        assert page.inner_text("#details-note") == "From the morning forecast."
        page.click("#claim-umbrella")
        assert page.inner_text("#details-text") == "Take an umbrella."
        assert page.is_hidden("#details-quote") and page.is_hidden("#details-speaker")


def test_a_folder_lists_its_maps_and_picks_up_new_ones(tmp_path, page):
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "umbrellas.yaml").write_text(MAP)
    with serving("serve", "maps", "--port", "0", cwd=tmp_path) as server:
        page.goto(server.url)
        page.wait_for_selector("#maps li")
        assert page.inner_text("#maps") == "Umbrellas (umbrellas.yaml)"
        (tmp_path / "maps" / "more").mkdir()
        (tmp_path / "maps" / "more" / "coats.yaml").write_text(MAP.replace("title: Umbrellas", "title: Coats"))
        page.wait_for_function("document.querySelectorAll('#maps li').length === 2")
        page.click("text=Coats (more/coats.yaml)")
        _diagram_shows(page, "Rain later.")
        assert page.url == server.url + "map/more/coats.yaml"


def test_ctrl_c_stops_the_server_while_a_page_is_open(tmp_path, page):
    path = tmp_path / "umbrellas.yaml"
    with _serving(path, page) as server:
        assert server.stop() == 0
        assert "Traceback" not in server.stderr and "argmap serve: stopped" in server.stderr
        page.wait_for_function("document.getElementById('status').textContent === 'reconnecting…'")
