"""The language server's analysis of one file, measured in a real ``argmap lsp`` process."""

from __future__ import annotations

import os
from pathlib import Path

from support.lsp_stdio import LspProcess


def cpu_seconds(pid: int) -> float:
    """User and system time of a running process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def analyse_in_server(path: Path) -> tuple[float, int, list[dict]]:
    """(CPU seconds the server spent from the document's opening to its diagnostics, the
    server's peak MB, the diagnostics); the server's start-up is not counted."""
    client = LspProcess()
    try:
        client.start(path.parent.as_uri())
        started = cpu_seconds(client.proc.pid)
        client.open(path.as_uri(), path.read_text(encoding="utf-8"))
        diagnostics = client.diagnostics(path.as_uri(), timeout=120)
        seconds = cpu_seconds(client.proc.pid) - started
        status = Path(f"/proc/{client.proc.pid}/status").read_text()
        peak = int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) // 1024
    finally:
        client.close()
    return seconds, peak, diagnostics
