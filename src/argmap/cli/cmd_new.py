"""argmap new"""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.root import app


@app.command()
def new(
    file: Path = typer.Argument(..., help="The map file to create (refuses to overwrite).", metavar="FILE"),
    title: str = typer.Option("My argument", "--title", help="The map's title."),
) -> None:
    """Write a commented template map that explains every field."""
    from argmap.project.template import template
    from argmap.writing import write_new

    try:
        file.parent.mkdir(parents=True, exist_ok=True)  # `argmap new arguments/week1/x.yaml`
        write_new(file, template(title, file))
    except FileExistsError:
        raise usage_error(f"{file}: already exists; argmap new never overwrites a file")
    except OSError as exc:
        raise usage_error(f"{file}: {exc.strerror}")
    say(f"wrote {file}; check it with: argmap validate {file}", err=False)
