"""Drawing options from a command's or a block's own options, then ``[tool.argmap]``, then the defaults:
the same order for ``render``, ``build``, ``reveal``, ``serve``, ``watch`` and every embedding."""

from __future__ import annotations

from typing import Any

from argmap.drawing.options import RenderOptions
from argmap.project.config import ProjectConfig


def render_options(config: ProjectConfig, **given: Any) -> RenderOptions:
    """RenderOptions; an unknown theme, direction or page raises OptionError (a ValueError)."""
    if given.get("theme") is None:
        given["theme"] = config.theme or RenderOptions.theme
    if given.get("direction") is None:
        given["direction"] = config.direction or RenderOptions.direction
    given["direction"] = str(given["direction"]).upper()
    return RenderOptions(**given)
