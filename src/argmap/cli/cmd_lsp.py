"""argmap lsp"""

from __future__ import annotations

import typer

from argmap.cli.common import usage_error
from argmap.cli.root import app


@app.command()
def lsp(
    debounce: int = typer.Option(
        150, "--debounce", min=0, metavar="MS", help="Quiet time after a change before the map is checked again."
    ),
    stdio: bool = typer.Option(True, "--stdio", hidden=True, help="Accepted for editors that pass it."),
) -> None:
    """Run the language server over standard input and output, for editors (VS Code, Neovim,
    Emacs, Helix...): diagnostics, completion of ids, hover, go-to-definition, references,
    rename, outline and quick fixes. Needs the `lsp` extra: pip install 'argmap[lsp]'."""
    try:
        from argmap.lsp.server import create_server
    except ImportError as exc:
        missing = (exc.name or "pygls").split(".")[0]
        raise usage_error(f"`argmap lsp` needs pygls and lsprotocol ({missing} is missing): pip install 'argmap[lsp]'")
    create_server(debounce / 1000).start_io()
