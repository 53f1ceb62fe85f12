"""--focus on a claim, an argument, an undercutter or a backing in every command that draws:
render, reveal, export --to html and the MkDocs embedding; a bad focus is exit 2 (render,
reveal, export) or a build error (MkDocs), never an empty picture."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.markers import needs_dot

ROOT = Path(__file__).resolve().parents[2]
BUSES = ROOT / "arguments" / "fare-free-buses.yaml"
BACKING = "car-dependent-city.supports.ridership-cuts-traffic"
FOCI = {  # id -> a claim that must be drawn, and one that must not
    "fewer-car-trips": ("free-raises-ridership", "fares-burden-poor"),  # a claim
    "fairness": ("buses-lifeline", "walkers-not-drivers"),  # an argument
    "wrong-riders": ("free-raises-ridership", "fares-burden-poor"),  # an undercutter
    BACKING: ("car-dependent-city", "fares-burden-poor"),  # a backing
}
runner = CliRunner()


def claims_in(svg: str) -> set[str]:
    """The claim ids of the SVG's groups (Graphviz writes `-` as `&#45;`), with or without
    a page's prefix (`map-`, `argmap1-`)."""
    return set(re.findall(r'<g id="(?:[a-z0-9]+-)?claim-([^"]+)"', html.unescape(svg)))


@needs_dot
@pytest.mark.parametrize("focus", FOCI)
def test_render_draws_the_focused_part(focus):
    result = runner.invoke(app, ["render", str(BUSES), "-o", "-", "-f", "svg", "--focus", focus])
    assert result.exit_code == 0, result.output
    inside, outside = FOCI[focus]
    assert inside in claims_in(result.stdout) and outside not in claims_in(result.stdout)


@needs_dot
@pytest.mark.parametrize("focus", ["fairness", "wrong-riders"])
def test_reveal_steps_through_the_focused_part_only(tmp_path, focus):
    result = runner.invoke(app, ["reveal", str(BUSES), "-o", str(tmp_path), "--focus", focus])
    assert result.exit_code == 0, result.output
    steps = sorted(tmp_path.glob("*.svg"))
    assert 2 <= len(steps) <= 6  # the whole map takes more steps
    last = steps[-1].read_text(encoding="utf-8")
    inside, outside = FOCI[focus]
    assert inside in claims_in(last) and outside not in claims_in(last)


@needs_dot
@pytest.mark.parametrize("focus", FOCI)
def test_the_html_page_shows_the_focused_part(focus):
    result = runner.invoke(app, ["export", str(BUSES), "--to", "html", "-O", f"focus={focus}"])
    assert result.exit_code == 0, result.output
    inside, outside = FOCI[focus]
    assert inside in claims_in(result.stdout) and outside not in claims_in(result.stdout)


@pytest.mark.parametrize("command", [["render", "-o", "-"], ["reveal", "-o", "OUT"], ["export", "--to", "html"]])
@pytest.mark.parametrize("focus", ["", "no-such-id"])
def test_a_bad_focus_is_a_usage_error(tmp_path, command, focus):
    args = [command[0], str(BUSES), *[str(tmp_path) if a == "OUT" else a for a in command[1:]]]
    option = ["-O", f"focus={focus}"] if command[0] == "export" else ["--focus", focus]
    result = runner.invoke(app, [*args, *option])
    assert result.exit_code == 2, result.output
    assert "--focus" in result.output and "Traceback" not in result.output
    assert not list(tmp_path.iterdir())


def mkdocs_page(markdown: str, docs: Path) -> str:
    """What the MkDocs plugin makes of a page: its Markdown, then its HTML."""
    from argmap.embed.mkdocs_plugin import ArgmapPlugin

    plugin = ArgmapPlugin()
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(docs / "index.md"), src_uri="index.md"))
    config = {"docs_dir": str(docs)}
    placeholder = plugin.on_page_markdown(markdown, page, config, None)
    return plugin.on_page_content(f"<p>{placeholder.strip()}</p>", page, config, None)


@needs_dot
@pytest.mark.parametrize("focus", FOCI)
def test_mkdocs_focus_draws_the_focused_part(tmp_path, focus):
    shutil.copy(BUSES, tmp_path / "buses.yaml")
    page = mkdocs_page(f"```argmap\nfile: buses.yaml\nfocus: {focus}\n```\n", tmp_path)
    inside, outside = FOCI[focus]
    assert inside in claims_in(page) and outside not in claims_in(page)


def test_mkdocs_refuses_an_unknown_focus(tmp_path):
    from mkdocs.exceptions import PluginError

    shutil.copy(BUSES, tmp_path / "buses.yaml")
    with pytest.raises(PluginError, match="no-such-id"):
        mkdocs_page("```argmap\nfile: buses.yaml\nfocus: no-such-id\n```\n", tmp_path)
