"""On a machine without Graphviz: the built wheel, installed with its `wasm` extra into a new
virtual environment, draws the seed map as SVG and PNG with argmap's styling, with no `dot`
on PATH. Slow (it builds and installs): `pytest -m slow tests/drawing/test_wheel_without_dot.py`."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from support.markers import needs_wasm

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "arguments" / "nato-no-fly-zone.yaml"
SVG = "{http://www.w3.org/2000/svg}"


def run(command: list[str]) -> subprocess.CompletedProcess:
    """``command`` without this checkout's PYTHONPATH (pip would take it for an installed argmap)."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    assert done.returncode == 0, " ".join(command) + "\n" + done.stdout[-3000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def venv():
    """A new virtual environment with the wheel and its wasm extra (from the package index), in a
    folder of its own (pytest's temporary folders are pruned by other runs while this one works)."""
    with tempfile.TemporaryDirectory(prefix="argmap-wheel-") as folder:
        yield _installed(Path(folder))


def _installed(where: Path) -> Path:
    run([sys.executable, "-m", "build", "--wheel", "--outdir", str(where / "dist"), str(ROOT)])
    wheel = next((where / "dist").glob("argmap-*.whl"))
    run([sys.executable, "-m", "venv", str(where / "venv")])
    run([str(where / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", f"argmap[wasm] @ {wheel.as_uri()}"])
    return where


def argmap(venv: Path, *args: str) -> subprocess.CompletedProcess:
    bin_dir = venv / "venv" / "bin"
    env = {"PATH": str(bin_dir), "HOME": str(venv), "ARGMAP_CACHE_DIR": str(venv / "cache"), "LANG": "C.UTF-8"}
    assert shutil.which("dot", path=env["PATH"]) is None
    return subprocess.run([str(bin_dir / "argmap"), *args], capture_output=True, text=True, env=env, cwd=venv)


@pytest.mark.slow
@needs_wasm
def test_the_wheel_draws_the_styled_seed_map_without_graphviz(venv):
    done = argmap(venv, "render", str(SEED), "-o", "seed.svg")
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(venv / "seed.svg").getroot()
    nodes = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    claim = nodes["claim-no-nfz-or-troops"]
    sizes = {span.get("font-size") for span in claim.iter(f"{SVG}tspan")}
    assert sizes == {"12.00", "10.00"}  # the claim, and its speaker line in small type
    assert "McClatchy News" in "".join(claim.itertext())
    legend_fills = {r.get("fill").lower() for r in nodes["legend"].iter(f"{SVG}rect")}
    assert {"#e39557", "#9edaca"} <= legend_fills  # speakers' colours in the legend (vermilion, green)
    title = [t for t in root.iter(f"{SVG}tspan") if t.get("font-weight") == "bold"]
    assert "no-fly zone" in "".join(title[0].itertext())


@pytest.mark.slow
@needs_wasm
def test_the_wheel_draws_png_and_says_what_pdf_needs(venv):
    done = argmap(venv, "render", str(SEED), "-o", "seed.png")
    assert done.returncode == 0, done.stdout + done.stderr
    png = (venv / "seed.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert width > 1500 and height > 800  # 170 dpi, as dot draws it
    refused = argmap(venv, "render", str(SEED), "-o", "seed.pdf")
    assert refused.returncode == 1 and "PDF needs Graphviz's own `dot`" in refused.stdout + refused.stderr
    assert not (venv / "seed.pdf").exists()
    assert os.environ.get("PATH")  # the test's own PATH is untouched
