"""docs/teaching.md shows real output: the outline block is what `argmap outline`
prints, the steps example validates cleanly, and every picture it shows exists."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from argmap.checking.checker import check_map
from argmap.cli import app
from argmap.loading.loader import load_text
from support.paths import ROOT

runner = CliRunner()
DOCS = ROOT / "docs"


def section() -> str:
    return (DOCS / "teaching.md").read_text(encoding="utf-8")


def test_the_outline_shown_is_the_outline_printed():
    shown = re.search(r"```text\n(Should the city.*?)```", section(), re.S).group(1)
    printed = runner.invoke(app, ["outline", str(ROOT / "arguments" / "fare-free-buses.yaml")]).stdout
    assert shown == printed


def test_the_steps_example_is_complete_for_the_buses_map():
    steps = re.search(r"```yaml\n(steps:.*?)```", section(), re.S).group(1)
    text = (ROOT / "arguments" / "fare-free-buses.yaml").read_text(encoding="utf-8") + steps
    assert check_map(load_text(text, "buses.yaml")) == []


def test_every_picture_exists_and_is_small():
    pictures = re.findall(r"!\[[^\]]+\]\((images/teaching/[^)]+\.png)\)", section())
    assert len(pictures) == 6
    for picture in pictures:
        data = (DOCS / picture).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) < 300_000, picture


def test_the_mermaid_shown_is_the_export_of_the_map_shown_with_it():
    from argmap.exporters import exporter

    example = re.search(r"```yaml\n(title: Should the city.*?)```", section(), re.S).group(1)
    chart = exporter("mermaid").export(load_text(example, "example.yaml").map, {"fenced": "true"})
    assert chart in section()
