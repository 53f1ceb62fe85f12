"""YAML inside Argdown (the ``===`` front matter, ``{data}`` blocks), read under the same resource
limits as a map: composed first, refused with a ``limit`` problem when too large, too deep or an
alias bomb, and only then constructed. ``line`` is where the YAML starts in the Argdown file.
"""

from __future__ import annotations

from typing import Any

from argmap.importers.common import Reporter
from argmap.loading.pyyaml import yaml
from argmap.problems import Location, Problem

REFUSED = object()  # the YAML was refused (a limit problem was reported) or is not valid


def load(text: str, reporter: Reporter, line: int, what: str, columns: bool = True) -> Any:
    """The YAML's value, or REFUSED after a problem (``limit`` error, or a warning for bad YAML).
    ``columns``: the YAML starts at column 1 of its line, so its columns are the file's."""
    from argmap.loading.loader import resource_problem

    refused = resource_problem(text, reporter.path)
    if refused is not None:
        where = Location(
            reporter.path, line + (refused.location.line or 1) - 1, refused.location.column if columns else 1
        )
        reporter.problems.append(Problem(where, refused.severity, refused.rule, f"{what}: {refused.message}"))
        return REFUSED
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reporter.warn(
            f"{what} is not valid YAML ({getattr(exc, 'problem', None) or exc}); ignored",
            line=line + (mark.line if mark else 0),
        )
        return REFUSED
    except RecursionError:
        reporter.warn(f"{what} is nested too deeply; ignored", line=line)
        return REFUSED


def key_lines(text: str, line: int) -> dict[str, int]:
    """Top-level keys of a YAML mapping and the line each is on (for reports about them)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {str(k.value): line + k.start_mark.line for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
