"""What the shell completes (``argmap --install-completion``, bash, zsh or fish): commands and
options come from typer; these complete the values — map files, formats, themes, pages.
Each imports what it lists only when the shell asks."""

from __future__ import annotations

from pathlib import Path

MAP_SUFFIXES = (".yaml", ".yml")


def map_files(incomplete: str) -> list[str]:
    """Maps (``*.yaml``, ``*.yml``) and folders whose path starts with what was typed."""
    folder, _, start = incomplete.rpartition("/")
    base = Path(folder or ".")
    if folder == "" and incomplete.startswith("/"):
        base = Path("/")
    try:
        entries = sorted(base.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        if not entry.name.startswith(start) or (entry.name.startswith(".") and not start.startswith(".")):
            continue
        shown = f"{folder}/{entry.name}" if folder or incomplete.startswith("/") else entry.name
        if entry.is_dir():
            found.append(shown + "/")
        elif entry.suffix in MAP_SUFFIXES:
            found.append(shown)
    return found


def _starting(names, incomplete: str) -> list[str]:
    return [name for name in names if name.startswith(incomplete)]


def export_formats(incomplete: str) -> list[str]:
    from argmap.exporters import EXPORTERS

    return _starting(EXPORTERS, incomplete)


def picture_formats(incomplete: str) -> list[str]:
    from argmap.drawing.options import FORMATS

    return _starting(FORMATS, incomplete)


def themes(incomplete: str) -> list[str]:
    from argmap.drawing.themes import THEMES

    return _starting(THEMES, incomplete)


def pages(incomplete: str) -> list[str]:
    from argmap.drawing.options import PAGES

    return _starting(PAGES, incomplete)


def directions(incomplete: str) -> list[str]:
    from argmap.drawing.options import DIRECTIONS

    return _starting(DIRECTIONS, incomplete)
