"""The loader's quicker tag resolver gives every node the tag PyYAML's safe loader gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from argmap.loading.yamlloader import CLoader, Loader, PythonLoader

ROOT = Path(__file__).resolve().parents[2]

SCALARS = """
plain: [text, Text, t0, yes, Yes, YES, no, n, y, on, Off, true, FALSE, null, Null, NULL, ~, '', 1, -1, +7, 0b101,
        0o17, 017, 0x1F, 1_000, 1:30, 1.5, .5, -.inf, .NaN, 1e3, 1.0e+3, 2022-03-02, 2001-12-14t21:59:43.10-05:00,
        <<, =, fay, 'yes', "null", '~', "1.5", a b, Claim 0 says, é, 中文, "", -, +, .]
empty:
block: |
  yes
folded: >
  1.5
? [complex, key]
: value
explicit: !!str yes
"""


def _tags(text: str, loader: type) -> list[tuple[str, str, object]]:
    root = yaml.compose(text, Loader=loader)
    found, stack, seen = [], [root] if root is not None else [], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias: the same node again (a bomb repeats it endlessly)
            continue
        seen.add(id(node))
        found.append((type(node).__name__, node.tag, node.value if isinstance(node, yaml.ScalarNode) else None))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
    return found


def _maps() -> list[Path]:
    """The example maps and every YAML test case, broken and hostile ones too."""
    return sorted((ROOT / "arguments").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").rglob("*.yaml"))


def _tags_or_error(text: str, loader: type):
    try:
        return _tags(text, loader)
    except (yaml.YAMLError, RecursionError, UnicodeEncodeError) as exc:
        return type(exc).__name__


def test_the_same_tags_as_the_safe_loader_for_tricky_scalars():
    assert _tags(SCALARS, PythonLoader) == _tags(SCALARS, yaml.SafeLoader)
    if CLoader is not None:
        assert _tags(SCALARS, CLoader) == _tags(SCALARS, yaml.SafeLoader)


@pytest.mark.parametrize("path", _maps(), ids=lambda p: p.name)
def test_the_same_tags_as_the_safe_loader_for_the_examples(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    base = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
    assert _tags_or_error(text, Loader) == _tags_or_error(text, base)


def test_an_added_pattern_is_honoured():
    class Extended(Loader):
        pass

    Extended.add_implicit_resolver("!colour", __import__("re").compile(r"^(?:red|green)$"), list("rg"))
    Extended.add_implicit_resolver("!any", __import__("re").compile(r"^zz$"), None)
    assert _tags("[red, blue, zz]", Extended) == [
        ("SequenceNode", "tag:yaml.org,2002:seq", None),
        ("ScalarNode", "!any", "zz"),
        ("ScalarNode", "tag:yaml.org,2002:str", "blue"),
        ("ScalarNode", "!colour", "red"),
    ]
