"""Redraw the pictures of the teaching commands (docs/teaching.md) into docs/images/teaching/.

    .venv/bin/python tools/teaching_images.py

Small PNGs (72-100 dpi) of what `argmap reveal`, `worksheet`, `diff` and `export --to html`
make, from the example maps and the student fixture of the diff tests. Needs Graphviz's
dot, and Debian's chromium with the playwright package for the web page.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from argmap.drawing import RenderOptions, to_dot
from argmap.loading.loader import load_path
from argmap.teaching.diff import compare
from argmap.teaching.diff_diagram import diff_drawing
from argmap.teaching.reveal import step_options
from argmap.teaching.worksheet import make_worksheet

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "images" / "teaching"
BUSES = ROOT / "arguments" / "fare-free-buses.yaml"
NATO = ROOT / "arguments" / "nato-no-fly-zone.yaml"
STUDENT = ROOT / "tests" / "fixtures" / "teaching" / "nato-student.yaml"


def png(amap, options: RenderOptions, name: str, dpi: int = 72) -> None:
    done = subprocess.run(
        ["dot", "-Tpng", f"-Gdpi={dpi}"], input=to_dot(amap, options).encode("utf-8"), capture_output=True, check=True
    )
    (OUT / name).write_bytes(done.stdout)
    print(f"wrote {OUT / name} ({len(done.stdout) // 1024} KiB)")


def reveal() -> None:
    amap = load_path(BUSES).map
    steps = step_options(amap, RenderOptions(legend=False))
    png(amap, steps[1], "reveal-step2.png")
    png(amap, steps[4], "reveal-step5.png")


def worksheet() -> None:
    amap = load_path(BUSES).map
    made = make_worksheet(amap, "premises", 1, RenderOptions(legend=False))
    png(*made.sheet, "worksheet.png")
    png(*made.key, "worksheet-key.png")


def grading() -> None:
    key, answer = load_path(NATO).map, load_path(STUDENT).map
    combined, options = diff_drawing(key, answer, compare(key, answer))
    png(combined, options, "diff.png", dpi=50)


def web_page() -> None:
    from playwright.sync_api import sync_playwright

    from argmap.exporters import exporter

    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "page.html"
        page_file.write_text(exporter("html").export(load_path(NATO).map, {}), encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=args)
            page = browser.new_page(viewport={"width": 1280, "height": 760})
            page.goto(page_file.as_uri())
            page.click("#map-claim-ukraine-not-member")
            page.screenshot(path=str(OUT / "html-page.png"))
            browser.close()
    print(f"wrote {OUT / 'html-page.png'}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for make in (reveal, worksheet, grading, web_page):
        make()


if __name__ == "__main__":
    sys.exit(main())
