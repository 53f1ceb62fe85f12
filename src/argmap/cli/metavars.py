"""Usage lines as people write them: ``argmap render [OPTIONS] FILE`` and ``--out PATH``.

Typer 0.28 writes a required argument as ``{file}`` and an option's value as ``<str>``;
these two methods put back click's conventions (upper-case names, ``[FILE]`` when optional).
"""

from __future__ import annotations

from typer import core

_TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "path": "PATH"}


def _argument_metavar(self, ctx, *, usage: bool = False) -> str:
    var = self.metavar or (self.name or "").upper()
    if self.nargs != 1:
        var += "..."
    return f"[{var}]" if usage and not self.required and not var.startswith("[") else var


def _option_metavar(self, ctx) -> str:
    if self.metavar is not None:
        return self.metavar
    metavar = self.type.get_metavar(param=self, ctx=ctx)
    return metavar or _TYPE_NAMES.get(self.type.name, self.type.name.upper())


def install() -> None:
    setattr(core.TyperArgument, "make_metavar", _argument_metavar)  # noqa: B010 (a method replaced on purpose)
    setattr(core.TyperOption, "make_metavar", _option_metavar)  # noqa: B010
