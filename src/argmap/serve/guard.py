"""What ``argmap serve`` answers, and to whom: an ASGI middleware in front of the app.

- **Host allow-list** (against DNS rebinding: a web page on ``attacker.example`` whose name
  is made to resolve to 127.0.0.1 would otherwise read the maps from the victim's browser).
  Allowed: ``localhost``, ``127.0.0.1``, ``[::1]`` and the address the server is bound to;
  when bound to every address (``0.0.0.0``, ``::``), any IP address too (rebinding needs a
  name). Anything else is answered 421 with no content.
- **Origin check** on the API (``/api/...``): a request a browser sends from another site
  carries its ``Origin`` (or ``Sec-Fetch-Site: cross-site``) and is answered 403.
- **Content-Security-Policy** and ``X-Content-Type-Options: nosniff`` on every response:
  the page runs only its own script, loads nothing from elsewhere and cannot be framed.
"""

from __future__ import annotations

import ipaddress

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::", "")


def host_name(value: str) -> str:
    """The name in a Host header or an origin's authority: no port, no brackets, lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostGuard:
    def __init__(self, app, bound_host: str = "127.0.0.1") -> None:
        self.app = app
        self.bound = host_name(bound_host)
        self.any_ip = self.bound in WILDCARDS

    def allowed(self, name: str) -> bool:
        return name in LOCAL_NAMES or name == self.bound or (self.any_ip and _is_ip(name))

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not self.allowed(host_name(headers.get("host", ""))):
            return await _refuse(send, 421, b"unknown host")
        if scope.get("path", "").startswith("/api/") and not self._same_origin(headers):
            return await _refuse(send, 403, b"cross-origin request")

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _same_origin(self, headers: dict[str, str]) -> bool:
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return False
        origin = headers.get("origin")
        if origin is None:
            return True
        scheme, _, authority = origin.partition("://")
        return scheme == "http" and self.allowed(host_name(authority))


async def _refuse(send, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
