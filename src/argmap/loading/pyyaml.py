"""PyYAML, imported without compiling the one pattern argmap does not use.

``import yaml`` compiles ``yaml.reader.Reader.NON_PRINTABLE``, a character class spanning all of
Unicode: about 3 ms, a tenth of the whole import of loading and checking. Only PyYAML's
pure-Python reader uses it, and argmap composes maps with libyaml's reader (``CSafeLoader``)
whenever it is installed. So while PyYAML is imported, that one pattern is left to be compiled
when it is first used; every other pattern, and everything afterwards, is compiled as usual.
Modules of argmap import PyYAML from here: ``from argmap.loading.pyyaml import yaml``.
"""

from __future__ import annotations

import re
import sys
from typing import Any

# Exactly as yaml/reader.py writes it; another PyYAML with another pattern is imported as usual.
NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


class CompiledOnFirstUse:
    """Stands for ``re.compile(pattern)`` and compiles it the first time one of its
    methods (``search``, ``match``, ...) or attributes is asked for."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern)
        return getattr(self._compiled, name)


def _import_yaml() -> Any:
    if "yaml" in sys.modules:
        return sys.modules["yaml"]
    compile_now = re.compile

    def compile_unless_unused(pattern: Any, flags: Any = 0) -> Any:
        if pattern == NON_PRINTABLE and not flags:
            return CompiledOnFirstUse(pattern)
        return compile_now(pattern, flags)

    re.compile = compile_unless_unused  # type: ignore[assignment]
    try:
        import yaml
    finally:
        re.compile = compile_now
    return yaml


_import_yaml()

import yaml  # noqa: E402  (already imported above, with the pattern left for later)

__all__ = ["yaml"]
