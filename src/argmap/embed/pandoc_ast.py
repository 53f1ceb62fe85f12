"""Small pieces of pandoc's JSON AST for the filter: a figure holding an image."""

from __future__ import annotations

from argmap.model import ArgumentMap

FIGURE_API = [1, 23]  # pandoc 3's AST has a Figure block; older ones mark an image "fig:"


def inlines(text: str) -> list[dict]:
    """Words as Str, separated by Space."""
    out: list[dict] = []
    for word in text.split():
        if out:
            out.append({"t": "Space"})
        out.append({"t": "Str", "c": word})
    return out


def caption_text(amap: ArgumentMap) -> str:
    title = amap.title or "Untitled map"
    source = amap.source
    parts = [p for p in (source.title, source.author, source.publisher, source.date) if p] if source else []
    return f"{title} — Source: {' · '.join(parts)}" if parts else title


def figure_block(amap: ArgumentMap, path: str, api: list[int]) -> dict:
    caption = inlines(caption_text(amap))
    if list(api[:2]) >= FIGURE_API:
        image = {"t": "Image", "c": [["", [], []], inlines(amap.title or "Argument map"), [path, ""]]}
        return {
            "t": "Figure",
            "c": [["", ["argmap"], []], [None, [{"t": "Plain", "c": caption}]], [{"t": "Plain", "c": [image]}]],
        }
    image = {"t": "Image", "c": [["", ["argmap"], []], caption, [path, "fig:"]]}
    return {"t": "Para", "c": [image]}
