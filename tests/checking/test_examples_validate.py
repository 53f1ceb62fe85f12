"""The maps in arguments/ are clean, and the NATO map's quotes are verbatim (issue 5)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from support.paths import ROOT, SHARED

runner = CliRunner()
ARTICLE = "seed/nato-no-fly-zone-article.txt"
BESIDE = ROOT.parent / "shared"  # where the map's source.text and issue 5's command look
NATO_CHECK = ["validate", "arguments/nato-no-fly-zone.yaml", "--source-text", f"../shared/{ARTICLE}", "--strict"]


@pytest.mark.skipif(not (BESIDE / ARTICLE).is_file(), reason="../shared is not beside this repository")
def test_nato_map_is_clean_strictly_against_the_article(monkeypatch):
    """Exactly the command of issue 5, from the repository root."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, NATO_CHECK)
    assert (result.exit_code, result.output) == (0, "no problems in 1 file checked\n")


@pytest.mark.skipif(not (SHARED / ARTICLE).is_file(), reason="the shared seed article is not reachable")
def test_nato_map_is_clean_against_the_shared_article_from_a_worktree_too(monkeypatch):
    """The same check where ../shared is not beside the checkout (a git worktree)."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, [*NATO_CHECK[:3], str(SHARED / ARTICLE), "--strict"])
    assert (result.exit_code, result.output) == (0, "no problems in 1 file checked\n")


def test_arguments_folder_is_clean_with_every_rule(monkeypatch):
    """Every rule, optional ones too. The NATO map's source.text points beside the
    repository, so without ../shared it is missing (and reported)."""
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["validate", "--strict", "--enable", "multiple-conclusions", "arguments/"])
    maps = len(list((ROOT / "arguments").glob("*.y*ml")))
    if (BESIDE / ARTICLE).is_file():
        assert (result.exit_code, result.output) == (0, f"no problems in {maps} files checked\n")
    else:
        lines = result.output.splitlines()
        assert len(lines) == 2 and lines[0].endswith("quotes are not checked [source-text-missing]"), result.output
