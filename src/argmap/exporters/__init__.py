"""Exporters: one module per format, imported only when that format is asked for.

``EXPORTERS`` maps a format name to its module path. Each module has ``SUFFIX`` (the
usual file suffix, with the dot) and ``export(amap, options) -> str | bytes``, where
``options`` holds ``key=value`` settings given on the command line (unknown keys are
ignored by an exporter that has no use for them). ``argmap export`` is the command.
"""

from __future__ import annotations

import importlib
from types import ModuleType

EXPORTERS: dict[str, str] = {
    "json": "argmap.exporters.json_export",
    "aif": "argmap.exporters.aif",
    "argdown": "argmap.exporters.argdown",
    "graphml": "argmap.exporters.graphml",
    "html": "argmap.exporters.html",
    "markdown": "argmap.exporters.markdown",
    "mermaid": "argmap.exporters.mermaid",
}


def exporter(name: str) -> ModuleType:
    """The module of format ``name``; KeyError for a name that is not registered."""
    return importlib.import_module(EXPORTERS[name])


def option_flag(options: dict, key: str) -> bool:
    """A yes/no option given as ``key=true|false|yes|no|1|0`` (absent means no)."""
    value = options.get(key, False)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
