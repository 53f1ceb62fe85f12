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

HTML_FORMATS = (
    "html",
    "html4",
    "html5",
    "epub",
    "epub2",
    "epub3",
    "revealjs",
    "slidy",
    "slideous",
    "s5",
    "dzslides",
    "chunkedhtml",
)
PDF_FORMATS = ("latex", "beamer", "context", "pdf")
CLASS = "argmap"
JSON_DEPTH = 10_000  # nesting of pandoc's JSON the filter reads and writes (two levels a block quote)


class _Filter:
    def __init__(self, fmt: str, meta: dict, api: list[int]) -> None:
        self.fmt, self.api, self.count = fmt, api, 0
        folder = meta.get("argmap-figures", {})
        self.figures = Path(_meta_text(folder) or "argmap-figures")

    def walk(self, node: Any) -> Any:
        """``node`` with each argmap code block replaced, in document order. Iterative (a stack
        of the containers being read), so that no nesting depth (250 block quotes, say) can
        raise RecursionError; the containers are changed in place."""
        holder = [node]
        stack = [_slots(holder)]
        while stack:
            slot = next(stack[-1], None)
            if slot is None:
                stack.pop()
                continue
            container, key = slot
            child = container[key]
            if isinstance(child, dict) and child.get("t") == "CodeBlock" and CLASS in child["c"][0][1]:
                self.count += 1
                container[key] = self.replace(child["c"][0], child["c"][1])
            elif isinstance(child, (list, dict)):
                stack.append(_slots(child))
        return holder[0]

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
        from argmap.embed.draw import LAYOUT_TIMEOUT, render_options
        from argmap.embed.pandoc_ast import figure_block
        from argmap.writing import write_atomic

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


def _slots(container: list | dict):
    """(container, index or key) for each of its items, in order."""
    keys = range(len(container)) if isinstance(container, list) else list(container)
    return ((container, key) for key in keys)


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
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, JSON_DEPTH))  # json's reader and writer recurse per level
    try:
        doc = json.load(sys.stdin)
        flt = _Filter(fmt, doc.get("meta", {}), doc.get("pandoc-api-version", [1, 22]))
        doc["blocks"] = flt.walk(doc["blocks"])
        text = json.dumps(doc, ensure_ascii=False)
    except EmbedError as exc:
        _error(f"argmap-pandoc: {exc}")
        return 1
    except OSError as exc:
        _error(f"argmap-pandoc: {exc.filename}: {exc.strerror}")
        return 1
    except RecursionError:
        _error(f"argmap-pandoc: the document is nested more than about {JSON_DEPTH // 2:,} levels deep")
        return 1
    finally:
        sys.setrecursionlimit(limit)
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
