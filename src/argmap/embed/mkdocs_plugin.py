"""MkDocs plugin ``argmap`` (``plugins: [argmap]`` in mkdocs.yml): each ```` ```argmap ````
block in a page becomes the map's inline SVG in a ``<figure>``.

``on_page_markdown`` finds the blocks, draws each map (a broken map stops the build with the
page's path and the block's line) and leaves a placeholder paragraph; ``on_page_content``
puts the figure in its place in the HTML, before any other plugin (search) reads it, so no
Markdown extension can touch the SVG. A ``file:`` is relative to the page's Markdown
file; one starting with ``/`` is relative to the docs folder. ``mkdocs serve`` watches the
map files the pages name.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from argmap.embed import EmbedError, embed_html, parse_block
from argmap.embed.errors import shown
from argmap.embed.fences import replace_fences

log = logging.getLogger("mkdocs.plugins.argmap")


class ArgmapPlugin(BasePlugin):
    def __init__(self) -> None:
        self.figures: dict[str, dict[str, str]] = {}  # page src path -> placeholder -> figure
        self.files: set[Path] = set()
        self.project: Path | None = None

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        docs_dir = Path(config["docs_dir"])
        # `file:` may name maps anywhere in the project (the folder of mkdocs.yml), nowhere else
        self.project = Path(config.get("config_file_path") or docs_dir / "x").parent
        page_path = Path(page.file.abs_src_path or docs_dir / page.file.src_uri)  # generated pages have none
        document = shown(page_path)
        figures = self.figures.setdefault(page.file.src_uri, {})
        figures.clear()

        def replace(fence, number: int) -> str:
            token = _placeholder(page.file.src_uri, number)
            figures[token] = self._figure(fence, number, document, page_path.parent, docs_dir)
            return f"{fence.indent}{token}\n"

        try:
            return replace_fences(markdown, replace)
        except EmbedError as exc:
            raise PluginError(str(exc)) from None

    def _figure(self, fence, number: int, document: str, folder: Path, docs_dir: Path) -> str:
        block = parse_block(fence.content, document, fence.content_line, folder, root=docs_dir, within=self.project)
        html, drawn = embed_html(block, f"argmap{number}")
        for problem in drawn.warnings:
            log.info("%s (in the argmap block at %s)", problem, block.where)
        if drawn.file is not None:
            self.files.add(drawn.file.resolve())
        return html

    @event_priority(100)  # before the search plugin indexes the page
    def on_page_content(self, html: str, page, config, files) -> str:
        for token, figure in self.figures.get(page.file.src_uri, {}).items():
            html = html.replace(f"<p>{token}</p>", figure).replace(token, figure)
        return html

    def on_serve(self, server, config, builder):
        for path in sorted(self.files):
            server.watch(str(path))
        return server


def _placeholder(src_uri: str, number: int) -> str:
    digest = hashlib.sha256(src_uri.encode("utf-8")).hexdigest()[:12]
    return f"ARGMAPFIGURE{digest}N{number}"
