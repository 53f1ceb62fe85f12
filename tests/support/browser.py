"""Debian's Chromium, driven by Playwright, for the tests of argmap's web pages.

Never downloads a browser: Playwright is pointed at /usr/bin/chromium (``./dev test``
installs Debian's ``chromium``). Tests that use ``browser`` are marked ``browser`` and skip when it is absent.
"""

from __future__ import annotations

import pytest

from support.markers import CHROMIUM, require

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 20_000


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def browser_fixture():
    """A module-scoped fixture: one headless Chromium for the module's tests."""

    @pytest.fixture(scope="module")
    def browser():
        require("browser")
        from playwright import sync_api as api

        with api.sync_playwright() as playwright:
            chromium = launch(playwright)
            yield chromium
            chromium.close()

    return browser
