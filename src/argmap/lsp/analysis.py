"""One document's state for the language server: its problems, its id index and its model.

Half-typed documents are the normal case in an editor. When the YAML does not parse, the
problems are the syntax error alone, and the index and model come from a *repaired* copy of
the text (the offending lines blanked, so every other line keeps its position); when even that
fails, completion falls back on the last text that could be read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from argmap.checking.checker import Settings
from argmap.errors import UsageError
from argmap.loading.loader import load_text
from argmap.loading.pyyaml import yaml
from argmap.loading.yamlsource import LOADER, gc_paused
from argmap.lsp.yamlindex import YamlIndex, build_index
from argmap.model import ArgumentMap
from argmap.problems import Location, Problem, Severity
from argmap.project.config import ProjectConfig, load_config
from argmap.project.opening import open_text, rule_settings

MAX_REPAIRS = 8


@dataclass
class Analysis:
    text: str
    problems: list[Problem]
    index: YamlIndex | None = None  # positions valid for ``text``
    map: ArgumentMap | None = None
    exact: bool = False  # index and map come from the text as it is, not a repaired copy
    fallback_index: YamlIndex | None = None  # from the last readable text, for completion
    fallback_map: ArgumentMap | None = None

    def known(self) -> tuple[YamlIndex | None, ArgumentMap | None]:
        """The ids to offer: this text's if it could be read, else the last readable text's."""
        if self.index is not None:
            return self.index, self.map
        return self.fallback_index, self.fallback_map


def analyse(
    text: str,
    path: str,
    settings: Settings = Settings(),
    previous: Analysis | None = None,
    config: ProjectConfig | None = None,
) -> Analysis:
    """The document checked as ``argmap validate`` checks the file (``project.opening``), plus the
    id index completion and navigation need. The resource limits are checked first: a document
    over them is never composed for the index."""
    config = config if config is not None else ProjectConfig()
    result = open_text(text, path, config, settings, keep_root=True)
    if any(p.rule == "limit" for p in result.problems):  # too large or repetitive: the problem says why
        analysis = Analysis(text, list(result.problems))
        if previous is not None:
            analysis.fallback_index, analysis.fallback_map = previous.known()
        return analysis
    if result.root is not None:  # the text composed as it is: its index from the loader's document
        return Analysis(text, list(result.problems), build_index(result.root), result.map, exact=True)
    root, repaired = compose_lenient(text)
    if root is not None and repaired is None:
        return Analysis(text, list(result.problems), build_index(root), result.map, exact=True)
    problems = list(result.problems)  # the syntax error (composing stops at the first)
    if root is not None and repaired is not None:  # (a root with no repair returned above)
        return Analysis(text, problems, build_index(root), load_text(repaired, path).map)
    analysis = Analysis(text, problems)
    if previous is not None:
        analysis.fallback_index, analysis.fallback_map = previous.known()
    return analysis


def settings_for(path: str) -> tuple[Settings, Problem | None]:
    """The rule settings of ``[tool.argmap]`` in the pyproject.toml nearest the map, as
    ``argmap validate`` run there would use; a broken table is reported on the first line and
    the defaults are used."""
    try:
        return rule_settings(load_config(Path(path).parent)), None
    except UsageError as exc:
        message = f"argmap settings ignored, the defaults are used: {exc}"
        return Settings(), Problem(Location(path, 1, 1), Severity.WARNING, "config", message)


def compose_lenient(text: str) -> tuple[yaml.Node | None, str | None]:
    """The composed root, and the repaired text it came from (None when the text parsed as is)."""
    lines = text.split("\n")
    for attempt in range(MAX_REPAIRS + 1):
        source = text if attempt == 0 else "\n".join(lines)
        try:
            with gc_paused():
                return yaml.compose(source, Loader=LOADER), (None if attempt == 0 else source)
        except yaml.MarkedYAMLError as exc:
            line = _line_to_blank(exc, lines)
            if line is None:
                return None, None
            lines[line] = ""
        except (yaml.YAMLError, UnicodeEncodeError, RecursionError):
            return None, None
    return None, None


def _line_to_blank(exc: yaml.MarkedYAMLError, lines: list[str]) -> int | None:
    """The line most likely to hold the half-typed text. An unclosed bracket or quote is
    reported where reading gave up, possibly many lines later, so there the line the
    construct began on (the context mark) is the better guess."""
    marks = [exc.problem_mark, exc.context_mark]
    context = exc.context or ""
    if "flow" in context or "scanning" in context:
        marks.reverse()
    for mark in marks:
        if mark is not None and mark.line < len(lines) and lines[mark.line].strip():
            return mark.line
    return None
