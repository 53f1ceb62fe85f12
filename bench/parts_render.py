"""Parts 3–5: rendering against dot, building a course repository, the Argdown CLI."""

from __future__ import annotations

from context import Context


def skipped(title: str, why: str) -> dict:
    return {"title": title, "skipped": why, "targets": [], "notes": [], "rows": [], "columns": []}


def rendering(ctx: Context) -> dict:
    return skipped("Rendering against dot", "`argmap render` is not in this checkout yet.")


def build(ctx: Context) -> dict:
    return skipped("Building a 100-map course repository", "`argmap build` is not in this checkout yet.")


def argdown(ctx: Context) -> dict:
    return skipped("The Argdown CLI as the peer", "`argmap export --to argdown` is not in this checkout yet.")
