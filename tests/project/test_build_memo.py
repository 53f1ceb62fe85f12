"""build's local memo: a build with nothing changed draws no DOT, and anything that could
change the drawing (the map, the options, argmap's code) misses it."""

from __future__ import annotations

import shutil

import pytest

from argmap.drawing.options import RenderOptions
from argmap.project import build as build_module
from argmap.project import buildmemo, buildoutput, manifest
from support.paths import ROOT


@pytest.fixture
def course(tmp_path):
    src = tmp_path / "arguments"
    shutil.copytree(ROOT / "tests" / "fixtures" / "render", src)
    return src, tmp_path / "diagrams"


def _plan(src, out, options=RenderOptions()):
    return build_module.plan(src, out, ("dot",), options, manifest.load(out))


def _build(src, out, options=RenderOptions()):
    """Plan, write the DOT files and the manifest, as `argmap build -f dot` does."""
    entries = manifest.load(out)
    jobs = build_module.plan(src, out, ("dot",), options, entries)
    for job in jobs:
        if job.stale:
            buildoutput.record(entries, job, buildoutput.render_job(job))
    out.mkdir(exist_ok=True)
    manifest.save(out, entries)
    return jobs


@pytest.fixture
def drawn(monkeypatch):
    """The maps whose DOT ``plan`` draws."""
    from argmap import drawing as render

    calls = []
    original = render.to_dot
    monkeypatch.setattr(render, "to_dot", lambda amap, options: calls.append(amap.title) or original(amap, options))
    return calls


def test_nothing_changed_draws_no_dot(course, drawn):
    src, out = course
    first = _build(src, out)
    assert len(drawn) == len(first) and all(job.stale for job in first)
    drawn.clear()
    again = _plan(src, out)
    assert drawn == [] and not any(job.stale for job in again)
    assert [job.digest for job in again] == [job.digest for job in first]


def test_an_edited_map_other_options_or_other_code_draw_again(course, drawn, monkeypatch):
    src, out = course
    _build(src, out)
    edited = sorted(src.glob("*.yaml"))[0]
    edited.write_text(edited.read_text().replace("title: ", "title: Edited ", 1))
    drawn.clear()
    jobs = _plan(src, out)
    assert len(drawn) == 1 and [job.key for job in jobs if job.stale] == [edited.name]
    drawn.clear()
    _plan(src, out, RenderOptions(theme="print"))
    assert len(drawn) == len(jobs)
    _build(src, out)
    drawn.clear()
    monkeypatch.setattr(buildmemo, "code_fingerprint", lambda: "another argmap")
    _plan(src, out)
    assert len(drawn) == len(jobs)


def test_a_cache_folder_that_cannot_be_written_is_no_error(course, drawn, monkeypatch, tmp_path):
    src, out = course
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("ARGMAP_CACHE_DIR", str(blocker))
    assert all(job.stale for job in _build(src, out))
    drawn.clear()
    assert not any(job.stale for job in _plan(src, out)) and len(drawn) > 0  # fresh, the slow way
