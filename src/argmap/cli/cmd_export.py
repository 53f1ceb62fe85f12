"""argmap export"""

from __future__ import annotations

from pathlib import Path
from typing import List

import typer

import argmap.cli.completion as completion
from argmap.cli.common import say, usage_error
from argmap.cli.options import QUIET, force
from argmap.cli.root import app

# One line for each format of argmap.exporters.EXPORTERS (which is not imported before it is
# needed), for `argmap export --help` and `--list`; a test checks that none is missing.
SUMMARIES: dict[str, str] = {
    "json": "argmap's own model as JSON; imports back unchanged",
    "aif": "Argument Interchange Format, for AIFdb and OVA",
    "argdown": "Argdown text, for the Argdown tools",
    "graphml": "GraphML for yEd, Gephi and networkx",
    "html": "one self-contained web page with diagram and outline",
    "markdown": "a Markdown snippet for course notes (diagram + alt text)",
    "mermaid": "a Mermaid flowchart (GitHub, GitLab, Obsidian, wikis)",
}


def _formats_epilog() -> str:
    """The formats, one a line (``\\b`` keeps click from joining the lines)."""
    width = max(map(len, SUMMARIES))
    return "\b\nFormats (--to):\n" + "\n".join(f"  {name:<{width}}  {line}" for name, line in SUMMARIES.items())


@app.command(epilog=_formats_epilog())
def export(
    file: Path = typer.Argument(None, help="The map to export.", autocompletion=completion.map_files),
    to: str = typer.Option(
        None,
        "--to",
        "-t",
        metavar="FORMAT",
        autocompletion=completion.export_formats,
        help=f"Format: {', '.join(SUMMARIES)} (listed below).",
    ),
    out: Path = typer.Option(None, "--out", "-o", metavar="FILE", help="Output file (default: standard output)."),
    option: List[str] = typer.Option(
        [], "--option", "-O", metavar="KEY=VALUE", help="A setting for the exporter, e.g. locations=true (repeatable)."
    ),
    force: bool = force("Export"),
    quiet: bool = QUIET,
    list_formats: bool = typer.Option(False, "--list", help="List the formats, one a line, and exit."),
) -> None:
    """Write a map in another tool's format: the map is validated first, and a map with errors
    is refused unless --force."""
    from argmap.cli.maps import open_usable
    from argmap.exporters import EXPORTERS
    from argmap.writing import write_atomic

    if list_formats:
        width = max(map(len, EXPORTERS))
        for name in EXPORTERS:
            typer.echo(f"{name:<{width}}  {SUMMARIES.get(name, '')}".rstrip())
        return
    if file is None or to is None:
        raise usage_error("export needs a map FILE and --to FORMAT (argmap export --list shows the formats)")
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
    from argmap.drawing.errors import RenderError
    from argmap.exporters import exporter

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
