"""``argmap-pandoc``: a pandoc JSON filter (``pandoc --filter argmap-pandoc``) that draws every
code block of class ``argmap`` (```` ```argmap ```` or ```` ```{.argmap focus=x} ````).

HTML output (html, epub, reveal.js, ...) gets the inline SVG figure as a raw HTML block.
LaTeX/PDF output gets a PDF, any other format a PNG, written to the folder named by the
metadata field ``argmap-figures`` (default ``argmap-figures``) and shown as a figure with
the map's title and source as its caption. ``file:`` is relative to the working
directory, like pandoc's own images. A broken map stops pandoc (exit status 1) with the
document's path and the block's line (see ``pandoc_source`` for how they are found).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from argmap.embed import EmbedError, embed_html, parse_block
from argmap.embed.draw import draw_block
from argmap.embed.pandoc_source import locate

HTML_FORMATS = ("html", "html4", "html5", "epub", "epub2", "epub3", "revealjs", "slidy", "slideous",
                "s5", "dzslides", "chunkedhtml")
PDF_FORMATS = ("latex", "beamer", "context", "pdf")
CLASS = "argmap"


class _Filter:
    def __init__(self, fmt: str, meta: dict, api: list[int]) -> None:
        self.fmt, self.api, self.count = fmt, api, 0
        folder = meta.get("argmap-figures", {})
        self.figures = Path(_meta_text(folder) or "argmap-figures")

    def walk(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("t") == "CodeBlock" and CLASS in node["c"][0][1]:
            self.count += 1
            return self.replace(node["c"][0], node["c"][1])
        return {key: self.walk(value) for key, value in node.items()}

    def replace(self, attr: list, text: str) -> dict:
        _, classes, pairs = attr
        document, line, content = locate(text, dict(pairs), self.count)
        options = {k: v for k, v in pairs if k != "data-pos"}
        block = parse_block(content, document, line, options=options)
        if self.fmt.split("+")[0].split("-")[0] in HTML_FORMATS:
            html, drawn = embed_html(block, f"argmap{self.count}")
            _warn(drawn)
            return {"t": "RawBlock", "c": ["html", html]}
        return self.image(block)

    def image(self, block) -> dict:
        from argmap.drawing import RenderError, render_bytes
        from argmap.writing import write_atomic
        from argmap.embed.draw import LAYOUT_TIMEOUT, render_options
        from argmap.embed.pandoc_ast import figure_block

        drawn = draw_block(block)  # checks the map and its options before anything is written
        _warn(drawn)
        suffix = "pdf" if self.fmt.split("+")[0] in PDF_FORMATS else "png"
        try:
            data = render_bytes(drawn.amap, render_options(drawn.amap, block), suffix, timeout=LAYOUT_TIMEOUT)
        except RenderError as exc:
            raise EmbedError(str(exc), block.document, block.line) from None
        import hashlib

        stem = Path(block.file).stem if block.file else "argmap"
        path = self.figures / f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}.{suffix}"
        self.figures.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
        return figure_block(drawn.amap, path.as_posix(), self.api)


def _meta_text(value: dict) -> str:
    if value.get("t") == "MetaString":
        return value["c"]
    if value.get("t") == "MetaInlines":
        return "".join(i["c"] if i["t"] == "Str" else " " for i in value["c"] if i["t"] in ("Str", "Space"))
    return ""


def _warn(drawn) -> None:
    for problem in drawn.warnings:
        _error(f"argmap-pandoc: {problem}")


def _error(message: str) -> None:
    from argmap.problems import terminal_text

    print(terminal_text(message), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    fmt = args[0] if args else "html"
    doc = json.load(sys.stdin)
    try:
        flt = _Filter(fmt, doc.get("meta", {}), doc.get("pandoc-api-version", [1, 22]))
        doc["blocks"] = flt.walk(doc["blocks"])
    except EmbedError as exc:
        _error(f"argmap-pandoc: {exc}")
        return 1
    except OSError as exc:
        _error(f"argmap-pandoc: {exc.filename}: {exc.strerror}")
        return 1
    json.dump(doc, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
