"""The benchmark's parts, in the order the issue lists them."""

from context import Context
from parts_build import build, reveal
from parts_cli import startup, validation
from parts_render import argdown, rendering

__all__ = ["Context", "startup", "validation", "rendering", "build", "reveal", "argdown"]
