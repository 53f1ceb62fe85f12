"""argmap: argument maps written as YAML, checked for consistency and drawn with Graphviz.

The library API (``docs/api.md``)::

    import argmap
    checked = argmap.check_map("arguments/nato-no-fly-zone.yaml")   # read + check, [tool.argmap] applied
    for problem in checked.problems:
        print(problem)
    if checked.usable:
        svg = argmap.render(checked.map, "svg", theme="print")
        dot = argmap.to_dot(checked.map, focus="no-no-fly-zone")
        aif = argmap.export(checked.map, "aif")
    yaml_text, problems = argmap.import_map("debate.json", "aif")

In Jupyter, ``argmap.show("map.yaml", focus=...)`` displays the diagram, and ``%load_ext argmap``
adds the ``%%argmap`` cell magic. Names are imported on first use, so ``import argmap`` is cheap.
"""

from __future__ import annotations

from typing import Any

from argmap.version import __version__

__all__ = [
    "__version__",
    "check_map",
    "to_dot",
    "render",
    "export",
    "import_map",
    "show",
    "CheckedMap",
    "ArgumentMap",
    "Problem",
    "Severity",
    "UsageError",
    "RenderError",
]

_LAZY = {
    "check_map": "argmap.project.api",
    "to_dot": "argmap.project.api",
    "render": "argmap.project.api",
    "export": "argmap.project.api",
    "import_map": "argmap.project.api",
    "CheckedMap": "argmap.project.opening",
    "ArgumentMap": "argmap.model",
    "Problem": "argmap.problems",
    "Severity": "argmap.problems",
    "UsageError": "argmap.errors",
    "RenderError": "argmap.drawing.errors",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'argmap' has no attribute {name!r}")


def show(source: Any, **options: Any) -> Any:
    """A map for Jupyter: ``argmap.show("arguments/x.yaml", focus="c1")`` or a map in YAML; the
    notebook shows the returned object as the diagram. See ``argmap.embed.jupyter``."""
    from argmap.embed.jupyter import show as show_map

    return show_map(source, **options)


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext argmap``: adds the ``%%argmap`` cell magic."""
    from argmap.embed.jupyter import load_ipython_extension as register

    register(ipython)
