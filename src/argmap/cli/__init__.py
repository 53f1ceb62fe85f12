"""The ``argmap`` command. Each command lives in its own module, ``cmd_<name>``, which adds it to
the Typer app when imported and imports its heavy dependencies inside the function body, so
that ``argmap validate`` starts fast.

A run imports only the command it names: ``argmap render ...`` neither imports the other
commands nor has typer build their click commands (about 20 ms of a ~70 ms start). With no
command, an unknown one, help asked before the command, or the shell asking for completions,
every command is registered, so that listings and click's "No such command" stay whole.
``app``, as tests and other programs import it, is the app with every command.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import typer

# Every command, in the order `argmap --help` lists them; `cmd_<name>` registers <name>.
COMMANDS = (
    "build",
    "diff",
    "evaluate",
    "export",
    "import",
    "lsp",
    "new",
    "outline",
    "render",
    "reveal",
    "rules",
    "schema",
    "serve",
    "validate",
    "watch",
    "worksheet",
)
_MODULES = {f"argmap.cli.cmd_{name}": order for order, name in enumerate(COMMANDS)}

# Root options that may come before the command without listing the commands.
_SILENT_ROOT_OPTIONS = frozenset({"--version", "--install-completion", "--show-completion"})


def command_named(args: Sequence[str]) -> str | None:
    """The command that ``args`` (``sys.argv[1:]``) runs, or None when they run none of them
    for sure: no command, an unknown one, or anything else (``--help``) before it."""
    for arg in args:
        if arg not in _SILENT_ROOT_OPTIONS:
            return arg if arg in COMMANDS else None
    return None


def _completing(environ: Mapping[str, str]) -> bool:
    """Click completes instead of running when ``_<PROG>_COMPLETE`` is set (``_ARGMAP_COMPLETE``)."""
    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in environ)


def register(names: Iterable[str]) -> typer.Typer:
    """The app with these commands registered (and any registered before), in ``COMMANDS`` order."""
    from argmap.cli.root import app

    for name in names:
        importlib.import_module(f"argmap.cli.cmd_{name}")
    app.registered_commands.sort(key=lambda info: _MODULES.get(getattr(info.callback, "__module__", ""), 0))
    return app


def prepared(args: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> typer.Typer:
    """The app ready to run ``args`` (default ``sys.argv[1:]``): only their command if they name one."""
    args = sys.argv[1:] if args is None else args
    name = None if _completing(os.environ if environ is None else environ) else command_named(args)
    return register([name] if name else COMMANDS)


def main() -> None:
    prepared()()


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        return register(COMMANDS)
    raise AttributeError(f"module 'argmap.cli' has no attribute {name!r}")
