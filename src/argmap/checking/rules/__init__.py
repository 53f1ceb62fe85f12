"""The validator's rules: one module each, listed in REGISTRY.

Every rule module has ``ID`` (kebab-case), ``DEFAULT_SEVERITY``, ``SUMMARY`` (one line),
``ENABLED_BY_DEFAULT``, a docstring with a passing and a failing example (its user
documentation, shown by ``argmap rules --explain ID``; a ``Source text::`` block, when
there is one, is the ``article.txt`` the examples quote), and ``check(amap, settings)``
that yields ``Finding``s; the checker stamps them with the rule's id and severity.
A rule that judges what is *absent* (an unused speaker, an unconnected claim) sets
``SKIP_AFTER_LOADER_ERRORS = True``: the loader may have dropped what would have used it.
Rules never report what the loader or another rule reports (one mistake, one problem).
Modules whose names start with ``_`` are helpers, not rules.
"""

from __future__ import annotations

from types import ModuleType

from argmap.checking.rules import (
    circular_support,
    contradictory_relations,
    duplicate_relation,
    duplicate_text,
    empty_text,
    holding_hands,
    implicit_with_quote,
    multiple_conclusions,
    orphan_claim,
    premise_targets_own_argument,
    quote_not_found,
    rabbit_rule,
    repeated_premise,
    self_reference,
    single_premise,
    source_text_missing,
    steps_incomplete,
    unknown_reference,
    unused_speaker,
)

REGISTRY: tuple[ModuleType, ...] = (
    # errors
    unknown_reference,
    self_reference,
    circular_support,
    contradictory_relations,
    quote_not_found,
    empty_text,
    # warnings
    orphan_claim,
    unused_speaker,
    duplicate_relation,
    duplicate_text,
    source_text_missing,
    premise_targets_own_argument,
    repeated_premise,
    implicit_with_quote,
    steps_incomplete,
    # information, off by default
    multiple_conclusions,
    # teaching rules, off by default: --teaching or `teaching = true`
    single_premise,
    rabbit_rule,
    holding_hands,
)

TEACHING_RULES: tuple[str, ...] = tuple(rule.ID for rule in REGISTRY if getattr(rule, "TEACHING", False))

# Rules of the loader: always on, always errors; listed so that `argmap rules` shows them.
LOADER_RULES = {
    "yaml-syntax": "the file is not well-formed YAML",
    "duplicate-key": "a key is given twice in one mapping, or a claim and an argument share an id",
    "schema": "a field is unknown, missing, of the wrong type, or an id is malformed",
    "limit": "the file is larger, nested deeper or repeats more through aliases than argmap's "
    "limits allow (docs/security.md)",
}


def by_id() -> dict[str, ModuleType]:
    return {rule.ID: rule for rule in REGISTRY}
