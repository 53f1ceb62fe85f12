"""build plans maps where it draws them: the survey reads files and the memo but loads,
checks and draws no map, so with --jobs the planning runs in the worker processes too."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.drawing.options import RenderOptions
from argmap.project import build as build_module
from argmap.project import buildoutput, manifest

MAP = """title: Quoted
source:
  title: A made-up report
  text: report.txt
claims:
  riders:
    text: The line will carry many riders.
    quote: will carry many riders
  cost:
    text: It costs little.
    supports: riders
"""


@pytest.fixture
def course(tmp_path, monkeypatch):
    src = tmp_path / "arguments"
    src.mkdir()
    for i in range(3):
        (src / f"m{i}.yaml").write_text(MAP.replace("Quoted", f"Quoted {i}"))
    (src / "report.txt").write_text("The report says the line will carry many riders.\n")
    (tmp_path / "pyproject.toml").write_text("[tool.argmap]\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_survey_loads_and_draws_nothing(course, monkeypatch):
    from argmap import drawing
    from argmap.project import opening

    def refuse(*args, **kwargs):
        raise AssertionError("the survey must leave loading and drawing to build_task")

    monkeypatch.setattr(drawing, "to_dot", refuse)
    monkeypatch.setattr(opening, "load_bytes", refuse)
    items, _ = build_module.survey(course / "arguments", course / "diagrams", ("svg",), RenderOptions(), {})
    assert [type(item).__name__ for item in items] == ["Task"] * 3


def test_a_task_comes_back_planned_and_drawn_without_its_dot(course):
    items, _ = build_module.survey(course / "arguments", course / "diagrams", ("dot", "svg"), RenderOptions(), {})
    job, result = build_module.build_task(items[0])
    assert job.digest and job.stale == ("dot", "svg") and job.source == ""
    assert result.error is None and sorted(result.written) == ["dot", "svg"]
    assert (course / "diagrams" / "m0.svg").read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_draw_the_same_and_a_second_build_is_up_to_date(course, jobs):
    runner = CliRunner()
    first = runner.invoke(app, ["build", "-f", "dot,svg", "--jobs", jobs])
    assert first.exit_code == 0 and "built 3 map(s), 0 up to date, 0 failed" in first.output, first.output
    entries = manifest.load(course / "diagrams")
    assert sorted(entries) == ["m0.yaml", "m1.yaml", "m2.yaml"]
    again = runner.invoke(app, ["build", "-f", "dot,svg", "--jobs", jobs])
    assert "built 0 map(s), 3 up to date, 0 failed" in again.output, again.output
    digests = json.loads((course / "diagrams" / "argmap-manifest.json").read_text())["maps"]
    assert {k: v["digest"] for k, v in digests.items()} == {k: v["digest"] for k, v in entries.items()}


def test_an_up_to_date_map_is_still_checked_against_its_source_text(course):
    runner = CliRunner()
    assert runner.invoke(app, ["build", "-f", "dot"]).exit_code == 0
    (course / "arguments" / "report.txt").write_text("The report says nothing of riders.\n")
    again = runner.invoke(app, ["build", "-f", "dot"])
    assert again.exit_code == 1
    assert "m0.yaml: skipped: the map has errors" in again.output
    assert "quote not found in the source text" in again.output


def test_an_up_to_date_map_without_a_source_text_is_not_even_read_again(course, monkeypatch):
    from argmap.project import opening

    src, out = course / "arguments", course / "diagrams"
    (src / "plain.yaml").write_text(
        "title: Plain\nclaims:\n  a: A claim.\n  b:\n    text: A reason.\n    supports: a\n"
    )
    entries = {}
    items, memo = build_module.survey(src, out, ("dot",), RenderOptions(), entries)
    done = [build_module.build_task(item) for item in items]
    for job, result in done:
        buildoutput.record(entries, job, result)
    build_module.remember(memo, items, [job for job, _ in done])
    read = []
    original = opening.load_bytes
    monkeypatch.setattr(
        opening, "load_bytes", lambda data, name, *a, **k: read.append(name) or original(data, name, *a, **k)
    )
    again, _ = build_module.survey(src, out, ("dot",), RenderOptions(), entries)
    assert [type(item).__name__ for item in again] == ["Job"] * 4 and not any(item.stale for item in again)
    assert sorted(name.rsplit("/", 1)[-1] for name in read) == ["m0.yaml", "m1.yaml", "m2.yaml"]  # they quote


def test_unchanged_diagrams_are_not_hashed_again_but_an_edit_is_seen(course, monkeypatch):
    import os

    from argmap.project import manifest as manifest_module

    runner = CliRunner()
    assert runner.invoke(app, ["build", "-f", "svg", "--jobs", "1"]).exit_code == 0
    hashed = []
    original = manifest_module.file_sha256
    monkeypatch.setattr(manifest_module, "file_sha256", lambda path: hashed.append(path.name) or original(path))
    again = runner.invoke(app, ["build", "-f", "svg", "--jobs", "1"])
    assert "built 0 map(s), 3 up to date" in again.output and hashed == []
    svg = course / "diagrams" / "m1.svg"
    before = svg.stat()
    svg.write_bytes(svg.read_bytes().replace(b"riders", b"ridder"))  # same size
    os.utime(svg, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    edited = runner.invoke(app, ["build", "-f", "svg", "--jobs", "1"])
    assert "built 1 map(s), 2 up to date" in edited.output, edited.output
    assert b"ridder" not in svg.read_bytes()
