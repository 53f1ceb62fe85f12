"""Real Markdown renderers for the security tests: Python-Markdown (with the extensions an
MkDocs site turns on), markdown-it-py (CommonMark with HTML, and with linkify-like GFM
tables) and pandoc (its own Markdown and GFM)."""

from __future__ import annotations

import subprocess

from support.markers import require

PYTHON_MARKDOWN_EXTENSIONS = ["attr_list", "tables", "md_in_html", "footnotes", "def_list", "abbr"]


def python_markdown(text: str) -> str:
    import markdown

    return markdown.markdown(text, extensions=PYTHON_MARKDOWN_EXTENSIONS)


def markdown_it(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough").render(text)


def pandoc(text: str, dialect: str = "markdown") -> str:
    require("needs_pandoc")
    done = subprocess.run(["pandoc", "-f", dialect, "-t", "html"], input=text.encode(), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode()


RENDERERS = {
    "python-markdown": python_markdown,
    "markdown-it": markdown_it,
    "pandoc": pandoc,
    "pandoc-gfm": lambda text: pandoc(text, "gfm"),
}


def live_markup(page: str, allowed_images: tuple[str, ...] = ()) -> list[str]:
    """What in rendered HTML could run or restyle the page: scripts, handlers, styles, frames,
    javascript:/data: links, images other than the allowed ones. Empty when the page is inert."""
    from lxml import html

    found = []
    for element in html.fragment_fromstring(page, create_parent="div").iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("script", "iframe", "object", "embed", "svg", "style", "form", "input"):
            found.append(f"<{element.tag}>")
        for name, value in element.attrib.items():
            pandoc_column = element.tag == "col" and name == "style"  # pandoc's own table widths
            if name.startswith("on") or (name in ("style", "srcdoc", "formaction") and not pandoc_column):
                found.append(f"{element.tag} {name}={value!r}")
            if (
                name in ("href", "src")
                and not value.lower().startswith(("https://", "http://", "mailto:"))
                and value not in allowed_images
            ):
                found.append(f"{element.tag} {name}={value!r}")
    return found
