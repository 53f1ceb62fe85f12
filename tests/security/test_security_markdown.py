"""Issue 20, item 1: a map's texts never become live Markdown.

The map in markdown-hostile.yaml puts a payload in every field. ``argmap export --to
markdown``, ``argmap outline --format markdown`` and ``argmap worksheet`` (its cards) write
Markdown through the real CLI; each output is rendered by Python-Markdown with attr_list
(MkDocs), markdown-it and pandoc, and must contain no script, handler, style or
javascript: link, show every payload as text, and run nothing in Chromium."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from support.browser import TIMEOUT_MS, browser_fixture
from support.markdown_render import RENDERERS, live_markup
from support.paths import CASES

HOSTILE = CASES / "injection" / "markdown-hostile.yaml"
PAYLOADS = sorted(set(range(1, 16)) - {5, 7, 12})  # shown as text (5: a URL; 7, 12: role, note: not written)
browser = browser_fixture()


def argmap(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "argmap", *args], capture_output=True, text=True, timeout=120, cwd=cwd)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("md")
    found = {}
    done = argmap("validate", str(HOSTILE))
    assert done.returncode == 0, done.stdout + done.stderr  # hostile but valid: it is exported
    done = argmap("export", str(HOSTILE), "--to", "markdown", "-O", "image=diagram.svg")
    assert done.returncode == 0, done.stderr
    found["export"] = done.stdout
    done = argmap("outline", str(HOSTILE), "--format", "markdown")
    assert done.returncode == 0, done.stderr
    found["outline"] = done.stdout
    done = argmap("worksheet", str(HOSTILE), "--out", str(folder / "sheet"), "--blank", "3")
    assert done.returncode == 0, done.stderr
    for card in (folder / "sheet").glob("*.md"):
        found[f"worksheet {card.name}"] = card.read_text(encoding="utf-8")
    return found


def test_every_text_is_on_one_line_and_no_javascript_link_is_written(outputs) -> None:
    for name, text in outputs.items():
        assert "](javascript:" not in text, name
        assert not re.search(r"(?<!\\)\{", text), name  # every brace escaped: no attr_list
        assert "<script" not in text and "<img" not in text, name
    export = outputs["export"].splitlines()
    assert len(export) == 3 and export[0].startswith("![") and export[2].startswith("*Fares")
    for line in outputs["outline"].splitlines():  # a text's line break never starts a line of its own
        assert re.match(r"(# |\*\*|\s*- |$)", line), line


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_renderers_show_the_payloads_as_text(outputs, renderer: str) -> None:
    from lxml import html

    shown = ""
    for name, text in outputs.items():
        page = RENDERERS[renderer](text)
        assert live_markup(page, allowed_images=("diagram.svg",)) == [], (name, page)
        shown += html.fragment_fromstring(page, create_parent="div").text_content()
    missing = [
        n
        for n in PAYLOADS
        if f"window.pwned={n}" not in shown and f"window.pwned={n}" not in _alt_texts(outputs, renderer)
    ]
    assert missing == []


def _alt_texts(outputs, renderer: str) -> str:
    """Image alt texts are text too (the outline of the map is the diagram's alt text)."""
    from lxml import html

    page = html.fragment_fromstring(RENDERERS[renderer](outputs["export"]), create_parent="div")
    return " ".join(img.get("alt", "") for img in page.iter("img"))


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_nothing_runs_in_chromium(browser, outputs, renderer: str) -> None:
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for name, text in outputs.items():
            body = RENDERERS[renderer](text)
            page.set_content(f"<!doctype html><html><body>{body}</body></html>")
            page.mouse.move(200, 200)
            page.mouse.click(10, 10)
            for link in page.query_selector_all("a"):
                link.hover()
            page.wait_for_timeout(50)
            assert page.evaluate("typeof window.pwned") == "undefined", (name, renderer)
    finally:
        page.close()
    assert dialogs == []


def test_links_are_only_http_and_percent_encoded(outputs) -> None:
    links = re.findall(r"\]\(([^)\s]*)\)", outputs["export"])
    assert links == ["diagram.svg", "https://example.org/a%20b%0A%0A%5Bclick%20me%5D%28javascript:window.pwned=5%29"]
