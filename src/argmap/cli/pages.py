"""What the commands that write a set of pictures (reveal, worksheet) share."""

from __future__ import annotations

from argmap.cli.common import usage_error

PICTURE_FORMATS = ("svg", "png", "pdf")


def picture_options(fmt: str, theme: str | None, direction: str | None, page: str | None):
    """RenderOptions for the pictures, after checking the format; a bad value is exit 2."""
    from argmap.cli.draw_setup import options_from
    from argmap.errors import UsageError

    if fmt not in PICTURE_FORMATS:
        raise usage_error(f"unknown format {fmt!r} (use {', '.join(PICTURE_FORMATS)})")
    try:
        return options_from(theme=theme, direction=direction, page=page)
    except (UsageError, ValueError) as exc:
        raise usage_error(str(exc))
