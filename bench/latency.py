"""The authoring loop's latency: a map saved -> its new diagram in the browser (`argmap serve`,
in Debian's Chromium via Playwright), and a change -> its diagnostics (`argmap lsp`, through
pygls's client over stdio). Medians of several edits, for the seed map and generated maps.

    .venv/bin/python bench/latency.py                      # writes bench/LATENCY.md
    .venv/bin/python bench/latency.py --runs 5 --sizes 1000 --out -

Each edit changes one claim's text; the map is replaced atomically (written beside, then
renamed), as most editors save. Serve: from the write to the moment the page's SVG holds the
new text (polled each animation frame). LSP: from sending didChange to receiving the
publishDiagnostics of that version, with the default debounce and with none.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate
from servelatency import serve_latencies

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
_PLAIN_TEXT = re.compile(r"^(    text: )(?![>|])(.+)$", re.M)  # a claim's one-line text


def edited(text: str, n: int) -> tuple[str, str]:
    """The map with a token word added to its first one-line claim text, and the token."""
    token = f"edit{n:03d}"
    return _PLAIN_TEXT.sub(lambda m: f"{m.group(1)}{token} {m.group(2)}", text, count=1), token


def save(path: Path, text: str) -> None:
    scratch = path.with_name(path.name + ".saving")
    scratch.write_text(text, encoding="utf-8")
    os.replace(scratch, path)


async def lsp_latencies(text: str, runs: int, debounce_ms: int) -> list[float]:
    from lsprotocol import types as lsp
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("latency-bench", "1")
    published: asyncio.Queue = asyncio.Queue()

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        published.put_nowait(params.version)

    await client.start_io(sys.executable, "-m", "argmap", "lsp", "--debounce", str(debounce_ms))
    uri = Path(tempfile.gettempdir(), "latency-bench.yaml").as_uri()
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    client.initialized(lsp.InitializedParams())
    client.text_document_did_open(
        lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text))
    )
    await published.get()
    times = []
    for n in range(runs + 1):  # the first is a warm-up
        version = n + 2
        started = time.perf_counter()
        client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=edited(text, n)[0])],
            )
        )
        while await published.get() != version:
            pass
        times.append(time.perf_counter() - started)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times[1:]


def in_process(path: Path) -> dict[str, float]:
    """Where the time goes, in this process: load, rules, DOT source, layout (medians of 5)."""
    from argmap.checking.checker import check_map
    from argmap.drawing import to_dot
    from argmap.drawing.engine import layout
    from argmap.loading.loader import load_path

    steps: dict[str, list[float]] = {"load": [], "rules": [], "DOT source": [], "layout (dot)": []}
    for _ in range(5):
        marks = [time.perf_counter()]
        result = load_path(path)
        marks.append(time.perf_counter())
        check_map(result)
        marks.append(time.perf_counter())
        source = to_dot(result.map)
        marks.append(time.perf_counter())
        layout(source, "svg")
        marks.append(time.perf_counter())
        for name, start, end in zip(steps, marks, marks[1:]):
            steps[name].append(end - start)
    return {name: statistics.median(values) for name, values in steps.items()}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"


def measure(name: str, path: Path, runs: int) -> list[str]:
    from argmap.loading.loader import load_text

    text = path.read_text(encoding="utf-8")
    claims = len(load_text(text).map.claims)
    serve = serve_latencies(path, runs, edited, save)
    lsp_default = asyncio.run(lsp_latencies(text, runs, 150))
    lsp_none = asyncio.run(lsp_latencies(text, runs, 0))
    parts = in_process(path)
    row = (
        f"| {name} | {claims} | {ms(statistics.median(serve))} ({ms(min(serve))}–{ms(max(serve))}) "
        f"| {ms(statistics.median(lsp_default))} | {ms(statistics.median(lsp_none))} | "
        + " / ".join(ms(v) for v in parts.values())
        + " |"
    )
    print(row, flush=True)
    return [row]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed edits per measurement, after one warm-up")
    parser.add_argument("--sizes", default="1000", help="generated maps, comma-separated claim counts")
    parser.add_argument("--out", default=str(ROOT / "bench" / "LATENCY.md"), help="report file, or - for none")
    args = parser.parse_args()
    rows = measure("seed (nato-no-fly-zone)", SEED, args.runs)
    with tempfile.TemporaryDirectory() as work:
        for size in (int(s) for s in args.sizes.split(",") if s):
            path = Path(work, f"map-{size}.yaml")
            path.write_text(generate(size), encoding="utf-8")
            rows += measure(f"generated, {size} claims", path, args.runs)
    if args.out != "-":
        from servelatency import report

        Path(args.out).write_text(report(rows, args.runs), encoding="utf-8")


if __name__ == "__main__":
    main()
