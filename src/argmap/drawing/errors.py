"""Errors of the renderer; the CLI turns each into a one-line message and an exit status."""

from __future__ import annotations

INSTALL_HINT = (
    "install Graphviz: `sudo apt-get install graphviz` (Debian/Ubuntu), "
    "`brew install graphviz` (macOS), `winget install graphviz` (Windows)"
)


class RenderError(Exception):
    """Base class: something kept a diagram from being drawn."""


class OptionError(RenderError, ValueError):
    """An option names something that does not exist (theme, direction, page, focus id)."""


class GraphvizNotFound(RenderError):
    """Graphviz's ``dot`` is not on PATH."""

    def __init__(self, program: str = "dot") -> None:
        super().__init__(
            f"Graphviz's `{program}` was not found on PATH; {INSTALL_HINT} (the dot format works without it)"
        )


class LayoutTimeout(RenderError):
    """``dot`` ran longer than the time allowed."""


class LayoutError(RenderError):
    """``dot`` failed; the message carries what it printed."""
