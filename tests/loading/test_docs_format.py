"""docs/format.md: its complete example validates clean, passes the JSON Schema, and really
uses every field the schema knows."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from argmap.cli import app
from support.paths import ROOT

DOC = (ROOT / "docs/format.md").read_text(encoding="utf-8")


def _block(language: str) -> str:
    return re.search(rf"```{language}\n(.*?)```", DOC, re.DOTALL).group(1)


def test_the_complete_example_is_clean(tmp_path, monkeypatch):
    (tmp_path / "example.yaml").write_text(_block("yaml"), encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(_block("text"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", "--strict", "--enable", "multiple-conclusions", "example.yaml"])
    assert (result.exit_code, result.output) == (0, "no problems in 1 file checked\n")


def _properties(schema: dict, found: set[str]) -> set[str]:
    for key, value in schema.items():
        if key == "properties":
            found.update(value)
        if isinstance(value, dict):
            _properties(value, found)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    _properties(item, found)
    return found


def test_the_example_uses_every_field_of_the_format():
    schema = json.loads((ROOT / "schema/argmap.schema.json").read_text())
    example = _block("yaml")
    missing = {name for name in _properties(schema, set()) if not re.search(rf"^\s*{name}:", example, re.M)}
    assert missing <= {"steps"}, missing  # steps belong to teaching; the text documents them
    assert "`steps`" in DOC
