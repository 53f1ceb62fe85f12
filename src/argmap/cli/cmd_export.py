"""argmap export"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.app import app
from argmap.cli.options import QUIET


@app.command()
def export(
    file: Path = typer.Argument(..., help="The map to export."),
    to: str = typer.Option(..., "--to", "-t", help="Format: json, aif, argdown, graphml (and any registered)."),
    out: Path = typer.Option(None, "--out", "-o", help="Output file (default: standard output)."),
    option: List[str] = typer.Option([], "--option", "-O", metavar="KEY=VALUE",
                                     help="A setting for the exporter, e.g. locations=true (repeatable)."),
    force: bool = typer.Option(False, "--force", help="Export even a map that has errors."),
    quiet: bool = QUIET,
) -> None:
    """Write a map in another tool's format: the map is validated first, and a map with errors
    is refused unless --force."""
    from argmap.cli.maps import open_usable
    from argmap.exporters import EXPORTERS
    from argmap.writing import write_atomic

    if to not in EXPORTERS:
        raise usage_error(f"unknown format {to!r} (use {', '.join(EXPORTERS)})")
    options = _parse_options(option)
    amap = open_usable(file, "exported", force, quiet)
    data = _export(to, amap, options)
    if out is None:
        _to_stdout(data)
        return
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise usage_error(f"{out}: {exc.strerror}")


def _export(to: str, amap, options: dict) -> str | bytes:
    """The exporter's output. A bad option value is a usage error (exit 2); a missing tool
    or optional dependency (Graphviz, Jinja2) an error with its message (exit 1)."""
    from argmap.exporters import exporter
    from argmap.drawing.errors import RenderError

    try:
        return exporter(to).export(amap, options)
    except ValueError as exc:
        raise usage_error(f"--to {to}: {exc}")
    except (RenderError, RuntimeError) as exc:
        say(f"argmap: {exc}")
        raise typer.Exit(1)


def _parse_options(pairs: List[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise usage_error(f"--option takes KEY=VALUE, not {pair!r}")
        options[key.strip()] = value
    return options


def _to_stdout(data: str | bytes) -> None:
    import sys

    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        typer.echo(data, nl=False)
