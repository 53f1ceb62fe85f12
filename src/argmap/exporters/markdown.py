"""A Markdown snippet for course notes: the diagram as an image whose alt text is the
map's outline, and a caption with the title and the source (``argmap export FILE --to
markdown``).

Options (``-O key=value``): ``image`` (the path or URL of the diagram; default: where
``argmap render`` puts it, ``diagrams/<stem>.svg`` beside ``arguments/``, relative to
the current folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from argmap.drawing.outline import outline
from argmap.mdtext import markdown_path, markdown_text, markdown_url
from argmap.model import ArgumentMap

SUFFIX = ".md"


def export(amap: ArgumentMap, options: dict) -> str:
    image = options.get("image") or _default_image(amap)
    title = amap.title or "Argument map"
    alt = alt_text(amap)
    lines = [f"![{alt}]({markdown_path(image)})", "", caption(amap, title)]
    return "\n".join(lines) + "\n"


def alt_text(amap: ArgumentMap) -> str:
    """The outline on one line ("Argument map: title. Conclusion. Because: … But: …"), escaped
    like every text (``argmap.mdtext``), so that `&amp;` or `/* x */` in a text stays as written."""
    flat = " ".join(outline(amap, "text", title=False).split())
    title = " ".join((amap.title or "untitled").split()) or "untitled"
    return markdown_text(f"Argument map: {title}{'' if title[-1:] in '.?!' else '.'} {flat}")


def caption(amap: ArgumentMap, title: str) -> str:
    parts = [f"*{markdown_text(title) or 'Argument map'}*"]
    src = amap.source
    if src is not None:
        named = [p for p in (src.title, src.author, src.publisher, src.date) if p]
        if named:
            source = markdown_text(" · ".join(named))
            url = markdown_url(src.url)  # None for javascript: and the like
            if url and source:
                source = f"[{source}]({url})"
            parts.append(f"Source: {source}")
    return " — ".join(parts)


def _default_image(amap: ArgumentMap) -> str:
    from argmap.drawing.paths import default_output

    path = default_output(Path(amap.path), "svg")
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive (Windows)
        return path.as_posix()
