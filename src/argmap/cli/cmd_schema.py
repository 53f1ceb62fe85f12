"""argmap schema"""

from __future__ import annotations

import typer

from argmap.cli.root import app


@app.command()
def schema() -> None:
    """Print the JSON Schema of the map format (for editors with the YAML language server)."""
    from importlib.resources import files

    typer.echo(files("argmap").joinpath("data/argmap.schema.json").read_text(encoding="utf-8"), nl=False)
