"""The repository keeps the shape a newcomer is promised: a short README whose Quick start is
the two commands, whose links lead somewhere, with every docs page in the site's navigation;
tests that mirror the code, with shared helpers only in ``tests/support/``."""

from __future__ import annotations

import re

import yaml

from support import markers
from support.paths import ROOT, TESTS

README = (ROOT / "README.md").read_text(encoding="utf-8")
DATA_FOLDERS = {"cases", "fixtures", "golden"}
NOT_PACKAGES = {"integration", "security", "support"}
CORE = "core"  # tests/core/ holds the tests of the package root's modules (the core layer)


def test_the_quick_start_is_the_two_commands():
    section = README.split("## Quick start\n", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"```sh\n(.*?)```", section, re.S) == ["./dev diagrams\n./dev test\n"]


def test_the_readme_is_short_and_its_links_lead_somewhere():
    assert len(README.encode("utf-8")) < 12_000, "the manual belongs in docs/"
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README):
        if not target.startswith(("http://", "https://")):
            assert (ROOT / target).exists(), target


def test_every_docs_page_is_in_the_sites_navigation():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = yaml.safe_load(config[config.index("nav:") :])["nav"]
    listed = {page for entry in nav for page in entry.values()}
    assert {p.name for p in (ROOT / "docs").glob("*.md")} <= listed


def test_test_folders_mirror_the_package():
    assert not list(TESTS.glob("test_*.py")), "put a test in the folder of the code it tests"
    for path in TESTS.rglob("test_*.py"):
        folder = path.parent.relative_to(TESTS)
        if folder.parts[0] in NOT_PACKAGES:
            continue
        assert folder.parts[0] not in DATA_FOLDERS, path
        package = ROOT / "src" / "argmap" / folder
        if folder.parts[0] == CORE:
            package = ROOT / "src" / "argmap" / folder.relative_to(CORE)
        assert package.is_dir(), f"{path}: no src/argmap/{folder}"


def test_helpers_live_in_support_and_nothing_imports_conftest():
    for path in TESTS.rglob("*.py"):
        relative = path.relative_to(TESTS)
        if relative.parts[0] in DATA_FOLDERS:
            continue
        if relative.parts[0] != "support" and path.name != "conftest.py":
            assert path.name.startswith("test_"), f"{relative}: a shared helper belongs in tests/support/"
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from conftest import|import conftest)", text, re.M), relative
        if relative.parts[0] != "support":
            own_skip = re.search(r"skipif\(\s*shutil\.which\(", text)
            assert not own_skip, f"{relative}: use a marker of support/markers.py"


def test_markers_are_registered_once_and_each_requirement_is_one():
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = config[config.index("markers = [") :]
    registered = set(re.findall(r'^\s*"(\w+): ', block[: block.index("\n]")], re.M))
    assert set(markers.REQUIREMENTS) | {"slow"} == registered
