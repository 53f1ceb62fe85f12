"""argmap serve"""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.cli.common import say, usage_error
from argmap.cli.options import DIRECTION, THEME
from argmap.cli.root import app


@app.command()
def serve(
    target: Path = typer.Argument(..., metavar="PATH", help="A map file, or a folder of maps."),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, metavar="PORT", help="Port (0: any free port)."),
    host: str = typer.Option(
        "127.0.0.1",
        "--host",
        metavar="ADDRESS",
        help="Address to listen on. Anything but a loopback address shows your maps to the network.",
    ),
    theme: str = THEME,
    direction: str = DIRECTION,
) -> None:
    """Show the map's diagram (or each map's, for a folder) on a local web page that redraws
    itself within a second of each save. When the map has errors the page lists them over the
    last good diagram; clicking a box shows its speaker, quote and note. Ctrl-C stops it.
    Needs the `serve` extra: pip install 'argmap[serve]'."""
    if not target.exists():
        raise usage_error(f"{target}: no such file or folder")
    try:
        from argmap.serve.app import create_app
        from argmap.serve.runner import bind, run, url_of
    except ImportError as exc:
        missing = (exc.name or "starlette").split(".")[0]
        raise usage_error(
            f"`argmap serve` needs starlette, uvicorn and watchfiles ({missing} is missing): "
            "pip install 'argmap[serve]'"
        )
    gallery = _gallery(target, theme, direction)
    try:
        sock = bind(host, port)
    except OSError as exc:
        raise usage_error(f"cannot listen on {host}:{port}: {exc.strerror or exc} (try another --port, or 0)")
    if not _is_loopback(host):
        say(f"argmap serve: warning: listening on {host}: other machines can see your maps")
    web = create_app(gallery, host=host)
    say(f"argmap serve: {url_of(sock)}  (Ctrl-C stops)", err=False)
    run(web, sock, lambda: web.state.stop())
    say("argmap serve: stopped")


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _gallery(target: Path, theme: str | None, direction: str | None):
    """The served maps, checked with the project's rule settings and drawn with its options."""
    from argmap.cli.common import project_config
    from argmap.cli.draw_setup import options_from, rule_settings
    from argmap.errors import UsageError
    from argmap.serve.gallery import Gallery

    try:
        return Gallery(target, rule_settings(), options_from(theme=theme, direction=direction), project_config())
    except (UsageError, ValueError) as exc:
        raise usage_error(str(exc))
