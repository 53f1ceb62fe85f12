"""The ``id`` attributes of drawn nodes and lines (``claim-<id>``, ``arg-<id>-target``...), by
which a page's script, a worksheet or a test finds an SVG element by its argmap id."""

from __future__ import annotations

import re

_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]")


def dom_id(*parts: str) -> str:
    """``claim-<id>``, ``arg-<id>-target``...: an argmap id as is, but in a map drawn with
    --force, a malformed one percent-encoded: a raw backslash or quote in a DOT string could
    end it early and turn the texts after it into DOT (a node reading a local image file)."""
    return _NOT_ID.sub(_percent, "-".join(parts))  # "-" itself is kept: the same as part by part


def _percent(found: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in found.group().encode())
