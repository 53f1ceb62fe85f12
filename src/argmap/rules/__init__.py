"""The validator's rules: one module each, listed in REGISTRY.

Every rule module has ``ID`` (kebab-case), ``DEFAULT_SEVERITY``, ``SUMMARY`` (one line),
``ENABLED_BY_DEFAULT``, a docstring with a passing and a failing example (its user
documentation, shown by ``argmap rules --explain ID``), and ``check(amap, context)``
that yields ``Finding``s.
"""

from __future__ import annotations

from types import ModuleType

from . import unknown_reference

REGISTRY: tuple[ModuleType, ...] = (
    unknown_reference,
)

# Rules of the loader: always on, always errors; listed so that `argmap rules` shows them.
LOADER_RULES = {
    "yaml-syntax": "the file is not well-formed YAML",
    "duplicate-key": "a key is given twice in one mapping, or a claim and an argument share an id",
    "schema": "a field is unknown, missing, of the wrong type, or an id is malformed",
}


def by_id() -> dict[str, ModuleType]:
    return {rule.ID: rule for rule in REGISTRY}
