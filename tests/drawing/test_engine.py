"""Running dot while the rest of a render goes on: the SVG's text alternative is written while
dot lays the map out, and every way dot can fail still ends in one message and no output."""

from __future__ import annotations

import os
import shutil
import stat
import time

import pytest

import argmap.drawing.svg
from argmap.drawing import LayoutError, LayoutTimeout, RenderOptions, render_bytes
from argmap.drawing.engine import layout, start
from support.drawing import fixture_map
from support.markers import needs_dot

pytestmark = needs_dot


def _fake_dot(folder, script: str, monkeypatch) -> None:
    """A ``dot`` on PATH that runs ``script`` (sh), with the real one as $REAL."""
    real = shutil.which("dot")
    (folder / "dot").write_text(f"#!/bin/sh\nREAL={real}\n{script}\n")
    (folder / "dot").chmod((folder / "dot").stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")


def test_the_text_alternative_is_written_while_dot_works(tmp_path, monkeypatch):
    """This dot waits for the text alternative before it lays anything out: drawn one after
    the other, the render would run into its timeout."""
    flag = tmp_path / "described"
    _fake_dot(tmp_path, f'while [ ! -e "{flag}" ]; do sleep 0.01; done\nexec "$REAL" "$@"', monkeypatch)
    describe = argmap.drawing.svg.text_alternative

    def described(amap, options=None):
        text = describe(amap, options)
        flag.touch()
        return text

    monkeypatch.setattr(argmap.drawing.svg, "text_alternative", described)
    svg = render_bytes(fixture_map("objections"), RenderOptions(), "svg", timeout=10)
    assert b"<desc>" in svg and b"</svg>" in svg


def test_what_dot_says_when_it_fails_is_the_message(tmp_path, monkeypatch):
    _fake_dot(tmp_path, "cat >/dev/null\necho 'Error: out of memory' >&2\nexit 3", monkeypatch)
    with pytest.raises(LayoutError, match="^Graphviz failed: Error: out of memory$"):
        render_bytes(fixture_map("objections"), RenderOptions(), "svg")
    _fake_dot(tmp_path, "exit 0", monkeypatch)  # no output, and the input never read
    with pytest.raises(LayoutError, match="^Graphviz failed: exit status 0$"):
        layout("digraph { a }" * 50_000, "svg")


def test_a_render_that_fails_before_it_needs_the_picture_stops_dot(tmp_path, monkeypatch):
    pid = tmp_path / "pid"
    _fake_dot(tmp_path, f'echo $$ > "{pid}"\nexec sleep 30', monkeypatch)

    def broken(amap, options=None):
        while not pid.exists() or not pid.read_text().strip():
            time.sleep(0.01)
        raise RuntimeError("the outline failed")

    monkeypatch.setattr(argmap.drawing.svg, "text_alternative", broken)
    with pytest.raises(RuntimeError, match="the outline failed"):
        render_bytes(fixture_map("objections"), RenderOptions(), "svg")
    number = int(pid.read_text())
    for _ in range(300):  # killed, then reaped by the thread that was feeding it
        try:
            os.kill(number, 0)
        except ProcessLookupError:
            break
        time.sleep(0.01)
    else:
        pytest.fail(f"dot (pid {number}) is still running")


def test_a_layout_begun_and_timed_out_says_so(tmp_path, monkeypatch):
    _fake_dot(tmp_path, "exec sleep 10", monkeypatch)
    running = start("digraph { a }", "svg", timeout=0.2, engine="dot")
    with pytest.raises(LayoutTimeout, match="longer than 0.2 s"):
        running.result()


def test_the_dot_started_while_the_dot_source_is_built_is_the_one_that_lays_it_out(tmp_path, monkeypatch):
    runs = tmp_path / "runs"
    _fake_dot(tmp_path, f'echo "$@" >> "{runs}"\nexec "$REAL" "$@"', monkeypatch)
    render_bytes(fixture_map("objections"), RenderOptions(), "svg")
    assert runs.read_text().split("\n")[:-1] == ["-Tsvg"]
    runs.unlink()
    render_bytes(fixture_map("objections"), RenderOptions(page="a4"), "svg")  # measured first
    assert runs.read_text().split("\n")[:-1] == ["-Tplain", "-Tsvg"]


def test_a_dot_started_ahead_and_not_needed_is_stopped(tmp_path, monkeypatch):
    import argmap.drawing.engine
    from argmap.drawing import OptionError

    started = []

    class Recorded(argmap.drawing.engine.Layout):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)

    monkeypatch.setattr(argmap.drawing.engine, "Layout", Recorded)
    _fake_dot(tmp_path, "exec sleep 30", monkeypatch)
    with pytest.raises(OptionError):
        render_bytes(fixture_map("objections"), RenderOptions(focus="no-such-claim"), "svg")
    (spare,) = started
    assert spare.thread is None and spare.process.returncode is not None  # never fed; stopped and reaped
