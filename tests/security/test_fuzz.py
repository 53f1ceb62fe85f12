"""Property tests: whatever the bytes, the loader answers with problems, never an exception;
and whatever it could build, every rule, the renderer's DOT, the outline, the evaluation and
the exporters that need no Graphviz take it without an exception either.

Examples per property: ``ARGMAP_FUZZ_EXAMPLES`` (see support/fuzz.py)."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from argmap.checking.checker import Settings, check_map
from argmap.checking.rules import REGISTRY
from argmap.loading import yamlsource
from argmap.loading.loader import LoadResult, load_bytes, load_text
from argmap.problems import Problem, Severity
from support.fuzz import FUZZ, NASTY, yaml_documents
from support.hostile import TERMINAL_CONTROLS

EVERY_RULE = Settings(enable=frozenset(rule.ID for rule in REGISTRY))
NO_DOT_EXPORTS = ("json", "aif", "argdown", "graphml", "markdown", "mermaid")


@pytest.fixture(
    params=[yaml.SafeLoader, yaml.CSafeLoader] if yaml.__with_libyaml__ else [yaml.SafeLoader],
    ids=lambda loader: loader.__name__,
)
def composer(request):
    """Both composers; the same one for every example of a test (it only selects)."""
    before = yamlsource.LOADER
    yamlsource.LOADER = request.param
    yield request.param
    yamlsource.LOADER = before


def assert_only_problems(result: LoadResult, text: str) -> None:
    assert isinstance(result, LoadResult)
    assert all(isinstance(p, Problem) for p in result.problems)
    assert result.map is not None or any(p.severity is Severity.ERROR for p in result.problems)
    lines = sum(text.count(c) for c in "\n\r\x85\u2028\u2029") + 2  # YAML's line breaks
    for problem in result.problems:
        assert 1 <= problem.location.line <= lines and problem.location.column >= 1, problem
        assert not TERMINAL_CONTROLS.search(problem.message) and len(problem.message) <= 500


def assert_every_stage_survives(result: LoadResult) -> None:
    """What `validate`, `render -f dot --force`, `outline`, `evaluate` and `export --force` do."""
    problems = check_map(result, EVERY_RULE)
    assert set(result.problems) <= set(problems)
    if result.map is None:
        return
    from argmap.drawing import RenderOptions, to_dot
    from argmap.drawing.outline import outline
    from argmap.evaluation import evaluate
    from argmap.exporters import exporter

    assert to_dot(result.map, RenderOptions()).startswith("digraph")
    outline(result.map, "text")
    outline(result.map, "markdown")
    evaluate(result.map)
    for name in NO_DOT_EXPORTS:
        exporter(name).export(result.map, {})


@FUZZ
@given(st.text(st.characters(), max_size=300))
def test_any_text(composer, text):
    assert_only_problems(load_text(text, "m.yaml"), text)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes(composer, data):
    result = load_bytes(data, "m.yaml")
    assert_only_problems(result, data.decode("utf-8", "replace"))


@FUZZ
@given(
    st.lists(
        st.sampled_from(
            NASTY
            + [
                "title: t\n",
                "claims:\n",
                "  a: x\n",
                "  b:\n",
                "    supports: a\n",
                "arguments:\n",
                "  r: {premises: [a], supports: b}\n",
                "    ",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_fragments_of_maps_and_nasty_characters(composer, text):
    result = load_text(text, "m.yaml")
    assert_only_problems(result, text)
    assert_every_stage_survives(result)


@FUZZ
@given(yaml_documents())
def test_map_like_documents_through_every_stage(composer, text):
    result = load_text(text, "m.yaml")
    assert_only_problems(result, text)
    assert_every_stage_survives(result)
