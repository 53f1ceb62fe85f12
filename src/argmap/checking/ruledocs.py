"""The rules' documentation: the list `argmap rules` prints, one rule's explanation, and the
examples in each rule's docstring (which the test suite runs through the checker)."""

from __future__ import annotations

import inspect
import re
import textwrap
from types import ModuleType

from argmap.checking.rules import LOADER_RULES, REGISTRY

_BLOCK = re.compile(r"^(?P<title>[A-Z][^\n]*?)::\n\n(?P<body>(?:[ \t]+[^\n]*\n|\n)+)", re.MULTILINE)


def rule_rows() -> list[tuple[str, str, str]]:
    """(id, severity, summary) of every rule, the loader's first."""
    rows = [(rule_id, "error", f"{summary} (loader, always on)") for rule_id, summary in LOADER_RULES.items()]
    for rule in REGISTRY:
        state = (
            ""
            if rule.ENABLED_BY_DEFAULT
            else " (teaching rule, off by default)"
            if _teaching(rule)
            else " (off by default)"
        )
        rows.append((rule.ID, str(rule.DEFAULT_SEVERITY), rule.SUMMARY + state))
    return rows


def explain_rule(rule: ModuleType) -> str:
    state = "" if rule.ENABLED_BY_DEFAULT else f", off by default: --enable {rule.ID}"
    if _teaching(rule):
        state = f", off by default: --teaching or --enable {rule.ID}"
    return f"{rule.ID} ({rule.DEFAULT_SEVERITY}{state})\n{rule.SUMMARY}\n\n{inspect.cleandoc(rule.__doc__ or '')}"


def _teaching(rule: ModuleType) -> bool:
    return getattr(rule, "TEACHING", False)


def examples(rule: ModuleType) -> dict[str, str]:
    """The docstring's literal blocks by kind: ``passing``, ``failing`` and ``source`` (the
    text of ``article.txt`` the examples may quote), dedented."""
    found = {}
    for match in _BLOCK.finditer(inspect.cleandoc(rule.__doc__ or "") + "\n"):
        title = match["title"].lower()
        kind = next((k for k in ("passing", "failing", "source") if title.startswith(k)), None)
        if kind is not None:
            found[kind] = textwrap.dedent(match["body"]).strip("\n") + "\n"
    return found
