"""The JSON Schema and the loader give the same answers."""

from __future__ import annotations

import json
import textwrap

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from argmap.cli import app
from support.maps import load
from support.paths import ROOT


class _PlainLoader(yaml.SafeLoader):
    """Reads scalars the way the YAML language server does: dates stay strings."""


_PlainLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _schema() -> dict:
    return json.loads((ROOT / "schema/argmap.schema.json").read_text())


def _schema_errors(text: str) -> list[str]:
    data = yaml.load(textwrap.dedent(text), Loader=_PlainLoader)
    validator = jsonschema.Draft202012Validator(_schema())
    return [e.message for e in validator.iter_errors(data)]


def test_schema_is_valid_and_the_committed_copy_is_current():
    jsonschema.Draft202012Validator.check_schema(_schema())
    packaged = (ROOT / "src/argmap/data/argmap.schema.json").read_text()
    assert packaged == (ROOT / "schema/argmap.schema.json").read_text()
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_schema", ROOT / "tools/make_schema.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert json.loads(packaged) == module.schema(), "run tools/make_schema.py"


def test_argmap_schema_prints_it():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output) == _schema()


def _valid_maps():
    yield from sorted((ROOT / "arguments").glob("*.yaml"))
    yield from sorted((ROOT / "tests/cases/valid").glob("*.yaml"))


@pytest.mark.parametrize("path", list(_valid_maps()), ids=lambda p: p.name)
def test_every_example_and_valid_fixture_passes_the_schema(path):
    assert _schema_errors(path.read_text()) == []


VALID = {
    "minimal": "title: t\nclaims: {a: x}\n",
    "numbers as text": "title: 1984\nclaims: {a: 42}\n",
    "null optionals": "title: t\ndescription:\nclaims:\n  a:\n    text: x\n    note: ~\n",
    "shorthand lists": "title: t\nclaims:\n  a: {text: x, supports: [b]}\n  b: y\n",
}

INVALID = {
    "no title": "claims: {a: x}\n",
    "no claims": "title: t\n",
    "empty claims": "title: t\nclaims: {}\n",
    "version 2": "argmap: 2\ntitle: t\nclaims: {a: x}\n",
    "unknown top field": "title: t\nclaims: {a: x}\ncolour: red\n",
    "unknown claim field": "title: t\nclaims:\n  a: {text: x, txt: y}\n",
    "claim without text": "title: t\nclaims:\n  a: {speaker: p}\n",
    "null text": "title: t\nclaims:\n  a: {text: ~}\n",
    "bad id": "title: t\nclaims:\n  a b: x\n",
    "list title": "title: [x]\nclaims: {a: x}\n",
    "argument without target": "title: t\nclaims: {a: x}\narguments:\n  r: {premises: [a]}\n",
    "argument with two targets": "title: t\nclaims: {a: x}\narguments:\n  r: {premises: [a], supports: a, attacks: a}\n",
    "argument target list": "title: t\nclaims: {a: x}\narguments:\n  r: {premises: [a], supports: [a]}\n",
    "empty premises": "title: t\nclaims: {a: x}\narguments:\n  r: {premises: [], supports: a}\n",
    "speaker without name": "title: t\nspeakers:\n  p: {role: r}\nclaims: {a: x}\n",
    "bad date": "title: t\nsource: {date: 2 March 2022}\nclaims: {a: x}\n",
    "implicit not bool": "title: t\nclaims:\n  a: {text: x, implicit: maybe}\n",
    "top is list": "- a\n- b\n",
}


@pytest.mark.parametrize("text", VALID.values(), ids=VALID.keys())
def test_schema_and_loader_both_accept(text):
    assert _schema_errors(text) == []
    assert load(text).problems == []


@pytest.mark.parametrize("text", INVALID.values(), ids=INVALID.keys())
def test_schema_and_loader_both_reject(text):
    assert _schema_errors(text), "the schema accepts it"
    assert load(text).problems, "the loader accepts it"
