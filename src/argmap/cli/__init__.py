"""The ``argmap`` command. Each command lives in its own module and imports its heavy
dependencies inside the function body, so that ``argmap validate`` starts fast."""

from __future__ import annotations

# Command modules register themselves on `app` when imported; keep this list sorted.
from argmap.cli import (  # noqa: F401
    cmd_build,
    cmd_diff,
    cmd_evaluate,
    cmd_export,
    cmd_import,
    cmd_lsp,
    cmd_new,
    cmd_outline,
    cmd_render,
    cmd_reveal,
    cmd_rules,
    cmd_schema,
    cmd_serve,
    cmd_validate,
    cmd_watch,
    cmd_worksheet,
)
from argmap.cli.app import app


def main() -> None:
    app()
