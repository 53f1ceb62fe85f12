"""Importers: one module per foreign format, imported only when that format is used.

``IMPORTERS`` maps a format name to its module path. Each module has ``SUFFIXES``
(file suffixes it recognises), ``sniff(data) -> bool`` (does this content look like the
format) and ``import_map(data, path) -> (yaml_text, problems)``: the YAML is a map in
argmap's own format, commented where something was dropped or guessed; the problems
name the foreign file and the node, line or key they concern. An importer never raises
on bad input: a file it cannot read at all gives ``""`` and an error problem.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath
from types import ModuleType

IMPORTERS: dict[str, str] = {
    "json": "argmap.importers.json_import",
    "aif": "argmap.importers.aif",
    "argdown": "argmap.importers.argdown",
    "carneades": "argmap.importers.carneades",
}


def importer(name: str) -> ModuleType:
    """The module of format ``name``; KeyError for a name that is not registered."""
    return importlib.import_module(IMPORTERS[name])


def guess_format(path: str, data: bytes) -> str | None:
    """The format of a file from its suffix, or else from its content; None if unknown.

    When several importers accept the suffix (``.json`` is argmap's JSON and AIF, and
    maybe others), the content decides between them.
    """
    suffix = PurePath(path).suffix.lower()
    by_suffix = [name for name in IMPORTERS if suffix in importer(name).SUFFIXES]
    if len(by_suffix) == 1:
        return by_suffix[0]
    candidates = by_suffix or list(IMPORTERS)
    for name in candidates:
        if importer(name).sniff(data):
            return name
    return None
