"""A minimal LSP client over stdio for the security tests: `argmap lsp` as an editor starts it."""

from __future__ import annotations

import json
import subprocess
import sys
import time


class LspProcess:
    def __init__(self, env: dict | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "argmap", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.next_id = 0

    def send(self, method: str, params: dict, request: bool = False) -> int | None:
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return message.get("id")

    def receive(self) -> dict:
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError(self.proc.stderr.read().decode(errors="replace"))
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def wait_for(self, predicate, timeout: float = 60.0) -> dict:
        """The first message for which ``predicate`` holds; window/showMessage errors are kept."""
        deadline = time.monotonic() + timeout
        self.seen = []
        while time.monotonic() < deadline:
            message = self.receive()
            self.seen.append(message)
            if predicate(message):
                return message
        raise TimeoutError(self.seen)

    def start(self, root_uri: str) -> None:
        self.send("initialize", {"processId": None, "rootUri": root_uri, "capabilities": {}}, request=True)
        self.wait_for(lambda m: m.get("id") == self.next_id)
        self.send("initialized", {})

    def open(self, uri: str, text: str) -> None:
        self.send(
            "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}
        )

    def diagnostics(self, uri: str, timeout: float = 60.0) -> list[dict]:
        found = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri, timeout
        )
        return found["params"]["diagnostics"]

    def close(self) -> None:
        try:
            self.send("shutdown", {}, request=True)
            self.send("exit", {})
            self.proc.stdin.close()
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired, ValueError):
            self.proc.kill()
            self.proc.wait()
