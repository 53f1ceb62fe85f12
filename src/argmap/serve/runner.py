"""Running the app with uvicorn on a socket bound here (so ``--port 0`` works and the real
port is known before the first request), and stopping cleanly on Ctrl-C: the event streams
are ended first, or uvicorn would wait for the open pages to go away."""

from __future__ import annotations

import socket
from collections.abc import Callable

GRACE_SECONDS = 2


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; OSError when the address is taken or cannot be used."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(64)
    except OSError:
        sock.close()
        raise
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def run(app, sock: socket.socket, on_stop: Callable[[], None]) -> None:
    """Serve until Ctrl-C (SIGINT) or SIGTERM."""
    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            on_stop()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=GRACE_SECONDS)
    try:
        Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn raises the signal it caught again once it has stopped
        pass
