"""The real Mermaid (``mermaid`` from npm, installed into ``.cache/npm-mermaid``), run in
Debian's Chromium to draw the charts argmap exports. Without npm the tests skip (``./dev
test`` installs it); with it, a failed install is a test failure, not a skip."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from support.markers import require
from support.paths import ROOT

PACKAGE = "mermaid@11.17.2"
PREFIX = ROOT / ".cache" / "npm-mermaid"
SCRIPT = PREFIX / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"


def mermaid_script() -> Path:
    if not SCRIPT.exists():
        require("needs_node")
        PREFIX.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["npm", "install", "--prefix", str(PREFIX), "--no-audit", "--no-fund", "--loglevel=error", PACKAGE],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0 or not SCRIPT.exists():
            pytest.fail(f"npm install {PACKAGE} failed:\n{done.stderr}")
    return SCRIPT


def draw(browser, chart: str) -> tuple[str, str]:
    """(the SVG Mermaid draws for ``chart``, the text a reader sees in it), with Mermaid's
    strict security level (as GitHub uses it)."""
    page = browser.new_page()
    try:
        page.set_content("<!DOCTYPE html><html><body><div id='out'></div></body></html>")
        page.add_script_tag(path=str(mermaid_script()))
        svg = page.evaluate(
            """async (chart) => {
            mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
            const drawn = await mermaid.render('chart', chart);
            document.getElementById('out').innerHTML = drawn.svg;
            return drawn.svg; }""",
            chart,
        )
        return svg, page.inner_text("#out")
    finally:
        page.close()
