"""`argmap watch` rebuilds on save; `argmap serve`'s usage errors."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest

from support.markers import needs_dot
from support.serve import serving, wait_until

MAP = textwrap.dedent("""\
    title: Umbrellas
    claims:
      rain: Rain later.
      umbrella:
        text: Take an umbrella.
    arguments:
      weather:
        premises: [rain]
        supports: umbrella
    """)


@needs_dot
def test_watch_builds_now_and_after_each_save(tmp_path):
    (tmp_path / "maps").mkdir()
    source = tmp_path / "maps" / "umbrellas.yaml"
    source.write_text(MAP)
    diagram = tmp_path / "out" / "umbrellas.svg"
    with serving("watch", "maps", "--out", "out", "--format", "svg", cwd=tmp_path, wait_for_url=False) as watcher:
        assert wait_until(lambda: diagram.exists() and "Rain later." in diagram.read_text())
        assert wait_until(lambda: "argmap watch: watching maps" in watcher.stderr)
        source.write_text(MAP.replace("Rain later.", "Showers."))
        assert wait_until(lambda: "Showers." in diagram.read_text())
        source.write_text(MAP.replace("premises: [rain]", "premises: [rian]"))
        assert wait_until(lambda: "unknown premise `rian`" in watcher.stderr)
        assert "Showers." in diagram.read_text()  # a map with errors leaves its diagram alone
        assert watcher.stop() == 0
    assert "argmap watch: stopped" in watcher.stderr and "Traceback" not in watcher.stderr


def _argmap(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "argmap", *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def test_serve_a_missing_path_is_a_usage_error(tmp_path):
    done = _argmap("serve", "nowhere.yaml", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr == "argmap: nowhere.yaml: no such file or folder\n"


def test_serve_on_a_taken_port_is_a_usage_error(tmp_path):
    (tmp_path / "m.yaml").write_text(MAP)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = _argmap("serve", "m.yaml", "--port", str(port), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(f"argmap: cannot listen on 127.0.0.1:{port}: ")
    assert "Traceback" not in done.stderr


_RUN_WITHOUT = """
import sys
sys.modules[sys.argv[1]] = None  # as if not installed
sys.argv = ["argmap", *sys.argv[2:]]
from argmap.cli.entry import main
main()
"""


@pytest.mark.parametrize("module, command", [("starlette", "serve"), ("watchfiles", "watch")])
def test_missing_extra_is_a_usage_error(tmp_path, module, command):
    (tmp_path / "m.yaml").write_text(MAP)
    done = subprocess.run(
        [sys.executable, "-c", _RUN_WITHOUT, module, command, "m.yaml" if command == "serve" else "."],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 2 and "pip install 'argmap[serve]'" in done.stderr
    assert "Traceback" not in done.stderr
