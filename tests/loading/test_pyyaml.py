"""PyYAML imported without compiling Reader.NON_PRINTABLE up front (argmap.loading.pyyaml)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.loading.pyyaml import NON_PRINTABLE, CompiledOnFirstUse, yaml
from support.paths import ROOT


def _pattern_in_pyyaml_source() -> str:
    source = Path(yaml.reader.__file__).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "NON_PRINTABLE" for t in node.targets):
            call = node.value
            assert isinstance(call, ast.Call) and isinstance(call.args[0], ast.Constant)
            return call.args[0].value
    raise AssertionError("yaml/reader.py has no NON_PRINTABLE")


def test_the_pattern_is_pyyamls_own():
    """Another PyYAML with another pattern would still work, but compile it up front again."""
    assert NON_PRINTABLE == _pattern_in_pyyaml_source()


def test_a_fresh_import_leaves_the_pattern_uncompiled_and_re_compile_untouched():
    code = (
        "import re; compile_before = re.compile\n"
        "from argmap.loading.pyyaml import yaml\n"
        "print(type(yaml.reader.Reader.NON_PRINTABLE).__name__, re.compile is compile_before)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["CompiledOnFirstUse", "True"]


@pytest.mark.parametrize(
    "text", ["plain text", "tab\tand newline\n", "bell \x07 here", "é😀\x85", "lone \ud800 surrogate", "\ufffe", ""]
)
def test_the_stand_in_finds_what_the_pattern_finds(text):
    stand_in, compiled = CompiledOnFirstUse(NON_PRINTABLE), re.compile(NON_PRINTABLE)
    found, expected = stand_in.search(text), compiled.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_pythons_reader_still_refuses_a_control_character():
    with pytest.raises(yaml.reader.ReaderError) as refused:
        yaml.compose("a: é\x07\n", Loader=yaml.SafeLoader)
    assert refused.value.character == 7 and refused.value.position == 4  # the code point, its index
