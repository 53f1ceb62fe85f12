"""Sphinx extension ``argmap.embed.sphinx`` (``extensions = ["argmap.embed.sphinx"]``): the directive

.. code-block:: rst

   .. argmap:: maps/fare-free.yaml
      :focus: free-buses
      :depth: 1

or with a map (or ``file:`` and options) as its content; with MyST, the fenced form
```` ```{argmap} maps/fare-free.yaml ````. Paths are relative to the document, or to the
source folder when they start with ``/`` (as for Sphinx's own images). HTML builders get the
inline SVG figure; the LaTeX builder a PDF figure (written into its output folder) captioned
with the map's title and source; the text builder the map's text outline.

A broken map is reported as an error at the document's path and the block's line, the
build ends with exit status 1, and the document is read again by the next build (so an
incremental build cannot hide the error).
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from argmap.embed import OPTION_KEYS, Block, EmbedError, embed_html, parse_block
from argmap.embed.block import check_options, map_path
from argmap.embed.errors import shown

log = logging.getLogger(__name__)


class ArgmapDirective(SphinxDirective):
    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = dict.fromkeys(OPTION_KEYS, directives.unchanged)  # checked by the core

    def run(self) -> list[nodes.Node]:
        source, _ = self.state_machine.get_source_and_line(self.lineno)
        try:
            block = self._block(Path(source or self.env.doc2path(self.env.docname)))
            html, drawn = embed_html(block, f"argmap{self.env.new_serialno('argmap') + 1}")
        except EmbedError as exc:
            _failed(self.env).add(self.env.docname)
            log.error(exc.detail, location=(self.env.docname, exc.line))
            return []
        for problem in drawn.warnings:
            log.info("%s (in the argmap block at %s)", problem, block.where)
        if drawn.file is not None:
            self.env.note_dependency(str(drawn.file.resolve()))
        from argmap.embed.html import outline_text
        from argmap.embed.pandoc_ast import caption_text

        return [
            argmap_figure(
                "", html=html, block=block, caption=caption_text(drawn.amap), outline=outline_text(drawn.visible)
            )
        ]

    def _block(self, source: Path) -> Block:
        document, folder, root = shown(source), source.parent, Path(self.env.srcdir)
        if self.arguments and self.content:
            raise EmbedError("give a map file or a map as content, not both", document, self.lineno)
        if self.arguments:
            options = check_options(self.options, document, self.lineno)
            path = map_path(self.arguments[0].strip(), folder, root, root.parent, (document, self.lineno))
            return Block(document, self.lineno, file=path, options=options)
        if not self.content:
            raise EmbedError("the directive needs a map file or a map as content", document, self.lineno)
        return parse_block(
            "\n".join(self.content) + "\n",
            document,
            self._content_line(),
            folder,
            options=self.options,
            root=root,
            within=root.parent,
        )

    def _content_line(self) -> int:
        """The 1-based line of the content's first line (MyST leaves ``content_offset`` at 0)."""
        first = self.content[0].strip()
        for index, text in enumerate(self.block_text.splitlines()[1:], 1):
            if text.strip() == first:
                return self.lineno + index
        return self.content_offset + 1


class argmap_figure(nodes.General, nodes.Element):
    """A drawn map: ``html`` for HTML builders, ``block`` to draw a PDF for LaTeX."""


def _visit_html(self, node: argmap_figure) -> None:
    self.body.append(node["html"])
    raise nodes.SkipNode


def _visit_latex(self, node: argmap_figure) -> None:
    import hashlib

    from argmap.drawing import RenderError, render_bytes
    from argmap.embed.draw import draw_block, render_options

    block = node["block"]
    try:
        drawn = draw_block(block)
        data = render_bytes(drawn.amap, render_options(drawn.amap, block), "pdf")
    except (EmbedError, RenderError) as exc:
        log.error(str(exc))
        raise nodes.SkipNode from None
    name = f"argmap-{hashlib.sha256(data).hexdigest()[:12]}.pdf"
    Path(self.builder.outdir, name).write_bytes(data)
    self.body.append(
        "\n\\begin{figure}[htbp]\n\\centering\n"
        f"\\includegraphics[width=\\linewidth,height=0.8\\textheight,keepaspectratio]{{{name}}}\n"
        f"\\caption{{{self.encode(node['caption'])}}}\n\\end{{figure}}\n"
    )
    raise nodes.SkipNode


def _visit_text(self, node: argmap_figure) -> None:
    self.new_state(0)
    self.add_text(node["outline"].rstrip())
    self.end_state(wrap=False)
    raise nodes.SkipNode


def _skip(self, node: argmap_figure) -> None:
    raise nodes.SkipNode


def _failed(env) -> set[str]:
    if not hasattr(env, "argmap_failed"):
        env.argmap_failed = set()
    return env.argmap_failed


def _purge(app, env, docname: str) -> None:
    _failed(env).discard(docname)


def _merge(app, env, docnames, other) -> None:
    _failed(env).update(_failed(other))


def _outdated(app, env, added, changed, removed) -> list[str]:
    return sorted(_failed(env))


def _finished(app, exception) -> None:
    if exception is None and _failed(app.env):
        app.statuscode = 1


def setup(app) -> dict:
    from argmap.version import __version__

    app.add_node(
        argmap_figure,
        html=(_visit_html, None),
        latex=(_visit_latex, None),
        text=(_visit_text, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )
    app.add_directive("argmap", ArgmapDirective)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-get-outdated", _outdated)
    app.connect("build-finished", _finished)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
