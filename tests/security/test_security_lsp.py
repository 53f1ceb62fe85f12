"""Issue 20, items 2 and 8 through a real ``argmap lsp`` process: a document over the size
limit is refused before it is parsed, and "did you mean" stays small on a 60,000-character
reference in a map of 301 claims (it answered "Error in server: MemoryError")."""

from __future__ import annotations

import random
from pathlib import Path

from support.lsp_stdio import LspProcess


def big_valid_map(claims: int) -> str:
    return (
        "title: Big\nclaims:\n"
        + "".join(f"  c{i}:\n    text: Claim number {i} of many.\n    supports: c0\n" for i in range(1, claims))
        + "  c0: The conclusion.\n"
    )


def peak_memory_mb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) // 1024


def test_a_document_over_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    text = big_valid_map(250_000)  # 16.5 MB of valid YAML: composing it took 3 s and 680 MB
    client = LspProcess()
    try:
        client.start(tmp_path.as_uri())
        uri = (tmp_path / "big.yaml").as_uri()
        client.open(uri, text)
        diagnostics = client.diagnostics(uri)
        peak = peak_memory_mb(client.proc.pid)
    finally:
        client.close()
    assert [d.get("code") for d in diagnostics] == ["limit"]
    assert "more than argmap reads" in diagnostics[0]["message"]
    assert peak < 300  # the text itself, a few times over: never its YAML nodes


def test_did_you_mean_stays_small_on_a_huge_reference(tmp_path: Path) -> None:
    rng = random.Random(20)
    huge = "".join(rng.choice("abcdefghij") for _ in range(60_000))
    text = "title: T\nclaims:\n" + "".join(f"  c{i}: Claim {i}.\n" for i in range(301))
    text += f"  big:\n    text: Big.\n    supports: {huge}\n"
    client = LspProcess()
    try:
        client.start(tmp_path.as_uri())
        uri = (tmp_path / "typo.yaml").as_uri()
        client.open(uri, text)
        diagnostics = client.diagnostics(uri)
        peak = peak_memory_mb(client.proc.pid)
    finally:
        client.close()
    assert peak < 300  # every one-character deletion of the reference was 3.6 GB
    unknown = [d for d in diagnostics if d.get("code") == "unknown-reference"]
    assert len(unknown) == 1 and "did you mean" not in unknown[0]["message"]
    assert not any(m.get("method") == "window/showMessage" for m in client.seen)
