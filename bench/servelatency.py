"""The browser half of bench/latency.py: `argmap serve` in a subprocess, Debian's Chromium
driven by Playwright, and the report's text."""

from __future__ import annotations

import os
import platform
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def serve_latencies(source: Path, runs: int, edited, save) -> list[float]:
    """Seconds from each save to the new text in the page's diagram."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as work:
        path = Path(work, source.name)
        original = source.read_text(encoding="utf-8")
        path.write_text(original, encoding="utf-8")
        server = subprocess.Popen(
            [sys.executable, "-m", "argmap", "serve", str(path), "--port", "0"],
            cwd=work,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            url = _url(server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page()
                page.set_default_timeout(120_000)
                page.goto(url)
                page.wait_for_selector("#diagram svg")
                times = [_one_edit(page, path, *edited(original, n), save) for n in range(runs + 1)]
                browser.close()
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)
    return times[1:]


def _url(server: subprocess.Popen) -> str:
    ready, _, _ = select.select([server.stdout], [], [], 120)
    line = server.stdout.readline() if ready else ""
    found = re.search(r"http://\S+/", line)
    if not found:
        raise RuntimeError(f"argmap serve did not start: {line!r}")
    return found.group()


def _one_edit(page, path: Path, text: str, token: str, save) -> float:
    started = time.perf_counter()
    save(path, text)
    page.wait_for_function(
        "t => (document.querySelector('#diagram svg') || {textContent: ''}).textContent.includes(t)",
        arg=token,
        polling="raf",
    )
    return time.perf_counter() - started


def machine() -> str:
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    dot = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    return (
        f"{os.cpu_count()} cores, {platform.system()} {platform.release()}, Python "
        f"{platform.python_version()}, {dot}, {chromium.strip()}"
    )


def report(rows: list[str], runs: int, load: tuple[float, float, float] | None = None) -> str:
    load = load or os.getloadavg()
    return "\n".join(
        [
            "# Authoring-loop latency",
            "",
            f"Made by `bench/latency.py` (medians of {runs} edits after one warm-up) on {machine()};",
            f"load average when it finished: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}.",
            "",
            "| map | claims | save → new diagram in the browser, median (min–max) | change → LSP diagnostics "
            "(150 ms debounce) | … without debounce | in process: load / rules / DOT source / layout |",
            "|---|---|---|---|---|---|",
            *rows,
            "",
            "How to read it:",
            "",
            "- *Save → new diagram* is what an author of `argmap serve` waits for: the watcher notices the",
            "  save (it batches events for 30 ms), the map is loaded, checked and drawn again (DOT source,",
            "  then Graphviz's layout), the page receives the new state over server-sent events and swaps",
            "  the SVG in. The last column shows the server's share, measured in one process.",
            "- *Change → LSP diagnostics* includes the server's debounce (150 ms by default, `argmap lsp",
            "  --debounce MS`): while typing, a map is checked once the author pauses. Without the",
            "  debounce, the figure is the language server's own work (reading the YAML twice — for the",
            "  model and for the id index —, every rule, the ranges) plus the round trip over stdio.",
            "- The machine is shared with other jobs; the load average above says how busy it was. Run",
            "  the script again on a quiet machine for the figures an author would see.",
            "",
        ]
    )
