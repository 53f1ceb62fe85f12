"""Debian's Chromium, driven by Playwright, for the tests of argmap's web pages.

Never downloads a browser: Playwright is pointed at /usr/bin/chromium (``./dev test``
installs Debian's ``chromium``). Tests that use ``browser`` skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TIMEOUT_MS = 20_000


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def browser_fixture():
    """A module-scoped fixture: one headless Chromium for the module's tests."""

    @pytest.fixture(scope="module")
    def browser():
        api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
        if not CHROMIUM.exists():
            pytest.skip("Debian's chromium is not installed (./dev test installs it)")
        with api.sync_playwright() as playwright:
            chromium = launch(playwright)
            yield chromium
            chromium.close()

    return browser
