"""Resource limits: file size, nesting depth, alias expansion; settings and their sources."""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from argmap.cli import app
from argmap.loading import limits, yamlsource
from argmap.loading.limits import Limits
from argmap.loading.loader import load_bytes, load_path, load_text
from argmap.problems import Location, Problem, Severity
from argmap.project.config import KNOWN_KEYS
from support.maps import where
from support.paths import ROOT

LOADERS = [
    pytest.param(yaml.SafeLoader, id="python-yaml"),
    pytest.param(
        getattr(yaml, "CSafeLoader", None),
        id="libyaml",
        marks=pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML was built without libyaml"),
    ),
]
GOOD = "title: t\nclaims:\n  a: x\n"


@pytest.fixture(params=LOADERS)
def composer(request, monkeypatch):
    """The limits hold whichever composer built the nodes."""
    monkeypatch.setattr(yamlsource, "LOADER", request.param)
    return request.param


def _nested_flow(levels: int) -> str:
    """A map whose claim text is ``levels`` nested lists (the map itself adds 3 levels)."""
    return f"title: t\nclaims:\n  a:\n    text: {'[' * levels}{']' * levels}\n"


def _laughs(levels: int) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, levels)]
    return "\n".join(lines) + f"\ntitle: t\nclaims:\n  a:\n    text: x\n    tags: *l{levels - 1}\n"


# --- nesting depth -------------------------------------------------------------------------


@pytest.mark.parametrize("levels, refused", [(97, False), (98, True), (250, True), (400, True), (5000, True)])
def test_depth_beyond_the_limit_is_refused_at_the_first_too_deep_bracket(composer, levels, refused):
    result = load_text(_nested_flow(levels), "m.yaml")
    if not refused:  # 3 + 97 = 100 levels: allowed (the list of lists is then a schema problem)
        assert [p.rule for p in result.problems] == ["schema"]
        return
    assert where(result) == [("limit", 4, 11 + 97)]  # the 101st level's bracket
    assert "nested more than 100 levels" in result.problems[0].message
    assert "max-depth" in result.problems[0].message and result.map is None


def test_block_nesting_is_refused_too(composer):
    text = "title: t\nclaims:\n" + "".join("  " * (i + 1) + "k:\n" for i in range(400))
    assert where(load_text(text, "m.yaml")) == [("limit", 102, 201)]


def test_depth_limit_can_be_raised_and_lowered(composer):
    assert where(load_text(_nested_flow(150), "m.yaml", Limits(max_depth=200)))[0][0] == "schema"
    assert where(load_text(GOOD, "m.yaml", Limits(max_depth=1))) == [("limit", 3, 3)]


def test_depth_beyond_what_the_composer_can_go_is_still_a_clear_problem(composer):
    result = load_text(_nested_flow(1200), "m.yaml", Limits(max_depth=10_000))
    assert [p.rule for p in result.problems] == ["limit"] and result.map is None
    assert (
        "deeper than the YAML reader can go" in result.problems[0].message
        or "nested more than 10000" in result.problems[0].message
    )


# --- aliases ---------------------------------------------------------------------------------


def test_billion_laughs_is_refused_without_expanding(composer):
    result = load_text(_laughs(12), "m.yaml")  # 10**12 "lol"s if expanded
    assert [p.rule for p in result.problems] == ["limit"] and result.map is None
    assert "max-alias-expansion" in result.problems[0].message


def test_aliased_mapping_read_once_per_alias_is_refused_before_reading():
    """Each alias of a mapping makes the reader read (and report on) the whole mapping again:
    3,000 aliases of a 3,000-key mapping would be 9 million problems from a 60 kB file."""
    keys = ", ".join(f"k{i}: v" for i in range(3000))
    text = f"title: &big {{{keys}}}\nclaims:\n" + "".join(f"  c{i}: *big\n" for i in range(3000))
    result = load_text(text, "m.yaml")
    assert where(result) == [("limit", 1, 8)]


def test_one_long_scalar_repeated_by_aliases_is_refused():
    text = "title: &q " + "x" * 200_000 + "\nclaims:\n" + "".join(f"  c{i}: *q\n" for i in range(10))
    assert where(load_text(text, "m.yaml")) == [("limit", 1, 8)]
    assert load_text(text, "m.yaml", Limits(max_alias_expansion=3_000_000)).problems == []


def test_modest_alias_use_is_fine(composer):
    text = "title: t\nclaims:\n  a: {text: x, tags: &t [one, two]}\n  b: {text: y, tags: *t}\n"
    result = load_text(text, "m.yaml")
    assert result.problems == [] and result.map.claims["b"].tags == ("one", "two")


def test_the_expansion_counts_exactly_up_to_the_limit():
    # the alias repeats "abc": 1 node + 3 characters = 4, twice
    text = "title: t\nclaims:\n  a: &x abc\n  b: *x\n  c: *x\n"
    assert load_text(text, "m.yaml", Limits(max_alias_expansion=8)).problems == []
    assert where(load_text(text, "m.yaml", Limits(max_alias_expansion=7))) == [("limit", 3, 6)]


@pytest.mark.parametrize(
    "text, line, column",
    [
        ("title: t\nclaims: &c\n  a: *c\n", 2, 9),
        ("title: t\nclaims:\n  a:\n    text: x\n    tags: &t [a, *t]\n", 5, 11),
        ("&root\ntitle: t\nclaims: {a: *root}\n", 1, 1),
    ],
)
def test_an_alias_inside_its_own_anchor_is_refused(composer, text, line, column):
    result = load_text(text, "m.yaml")
    assert where(result) == [("limit", line, column)] and "recursive" in result.problems[0].message


def test_a_long_chain_of_doubling_aliases_stays_cheap():
    """2**5000 if expanded; the sums stop growing at the limit, so no huge numbers either."""
    lines = ["a0: &a0 x"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 5000)]
    result = load_text("\n".join(lines) + "\ntitle: t\nclaims: {a: x}\n", "m.yaml")
    assert [p.rule for p in result.problems] == ["limit"]


# --- file size -------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as handle:  # sparse: 100 GB that nobody could read in a test
        handle.truncate(100 * 1024**3)
    result = load_path(huge)
    assert where(result) == [("limit", 1, 1)] and result.map is None
    assert "107,374,182,400 bytes" in result.problems[0].message
    assert "max-file-size" in result.problems[0].message


def test_the_size_limit_is_exact(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_bytes(GOOD.encode())
    size = len(GOOD.encode())
    assert load_path(path, Limits(max_file_size=size)).problems == []
    assert where(load_path(path, Limits(max_file_size=size - 1))) == [("limit", 1, 1)]
    assert where(load_bytes(GOOD.encode(), "m.yaml", Limits(max_file_size=size - 1))) == [("limit", 1, 1)]
    assert "characters" in load_text(GOOD, "m.yaml", Limits(max_file_size=size - 1)).problems[0].message


def test_a_ten_megabyte_line_is_read():
    result = load_text("title: t\nclaims:\n  a: " + "é" * 5_000_000 + "\n", "m.yaml")
    assert result.problems == [] and len(result.map.claims["a"].text) == 5_000_000


def test_a_ten_megabyte_key_is_a_syntax_problem_with_a_short_message():
    result = load_text("title: t\nclaims:\n  " + "k" * 10_000_000 + ": x\n", "m.yaml")
    assert [p.rule for p in result.problems] == ["yaml-syntax"] and len(result.problems[0].message) < 500


# --- settings --------------------------------------------------------------------------------


def test_settings_come_from_defaults_then_config_then_environment():
    assert limits.resolve({}, {}) == Limits()
    table = {"max-file-size": "2M", "max-depth": 20, "max-alias-expansion": 5}
    assert limits.resolve(table, {}) == Limits(2 * 1024 * 1024, 20, 5)
    env = {"ARGMAP_MAX_DEPTH": "30", "ARGMAP_MAX_FILE_SIZE": "1024"}
    assert limits.resolve(table, env) == Limits(1024, 30, 5)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("500K", 500 * 1024),
        ("20 MB", 20 * 1024**2),
        ("1G", 1024**3),
        ("1GiB", 1024**3),
        (4096, 4096),
        ("77", 77),
    ],
)
def test_file_size_units(value, expected):
    assert limits.resolve({"max-file-size": value}, {}).max_file_size == expected


@pytest.mark.parametrize(
    "table, env, words",
    [
        ({"max-depth": "10M"}, {}, "max-depth must be a positive whole number"),
        ({"max-depth": 0}, {}, "max-depth must be a positive"),
        ({"max-depth": True}, {}, "max-depth"),
        ({"max-file-size": -1}, {}, "max-file-size"),
        ({}, {"ARGMAP_MAX_ALIAS_EXPANSION": "lots"}, "environment: ARGMAP_MAX_ALIAS_EXPANSION"),
    ],
)
def test_bad_settings_are_named(table, env, words):
    with pytest.raises(ValueError, match=words):
        limits.resolve(table, env)


def test_every_limit_is_a_known_config_key_and_documented_on_the_security_page():
    page = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    for setting in limits.SETTINGS:
        assert setting.key in KNOWN_KEYS
        assert setting.key in page and setting.env in page


runner = CliRunner()


def test_the_cli_reads_limits_from_pyproject_and_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(GOOD)
    assert runner.invoke(app, ["validate", "m.yaml"]).exit_code == 0
    (tmp_path / "pyproject.toml").write_text("[tool.argmap]\nmax-depth = 1\n")
    result = runner.invoke(app, ["validate", "m.yaml"])
    assert result.exit_code == 1 and "m.yaml:3:3: error: the document is nested more than 1 levels" in result.stdout
    monkeypatch.setenv("ARGMAP_MAX_DEPTH", "2")
    assert runner.invoke(app, ["validate", "m.yaml"]).exit_code == 0
    assert limits.current() == Limits(max_depth=2)  # the environment only: the command's settings are gone


def test_a_bad_limit_setting_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.yaml").write_text(GOOD)
    (tmp_path / "pyproject.toml").write_text('[tool.argmap]\nmax-file-size = "big"\n')
    result = runner.invoke(app, ["validate", "m.yaml"])
    assert result.exit_code == 2
    assert "pyproject.toml [tool.argmap]: max-file-size: max-file-size must be" in result.stderr


def test_library_callers_get_the_environment(monkeypatch):
    monkeypatch.setenv("ARGMAP_MAX_DEPTH", "1")
    assert where(load_text(GOOD, "m.yaml")) == [("limit", 3, 3)]


# --- messages quoting the map's text ---------------------------------------------------------


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("a\nb", "a\\nb"),
        ("\x1b[2Jred", "\\x1b[2Jred"),
        ("ok\u202eevil", "ok\\u202eevil"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("\x9b31m", "\\x9b31m"),
        ("émoji 😀 ✓", "émoji 😀 ✓"),
    ],
)
def test_messages_cannot_act_on_a_terminal(raw, shown):
    problem = Problem(Location(f"dir/{raw}.yaml", 1, 1), Severity.ERROR, "schema", f"bad id `{raw}`")
    assert problem.message == f"bad id `{shown}`"
    assert str(problem).startswith(f"dir/{shown}.yaml:1:1:")


def test_a_message_quoting_a_huge_value_is_shortened_at_both_ends():
    problem = Problem(Location("m.yaml"), Severity.ERROR, "schema", "bad `" + "x" * 10**6 + "` [end]")
    assert len(problem.message) <= 500 and problem.message.startswith("bad `xxx")
    assert problem.message.endswith("` [end]") and "[…]" in problem.message
