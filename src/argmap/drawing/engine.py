"""Running Graphviz's ``dot``: the only place the renderer starts a process. Without ``dot``,
SVG can come from Graphviz compiled to WebAssembly (``wasm_engine``, ``argmap[wasm]``)."""

from __future__ import annotations

import shutil
import subprocess

from argmap.drawing.errors import GraphvizNotFound, LayoutError, LayoutTimeout, OptionError
from argmap.drawing.options import PNG_DPI  # crisp text on slides and screens

LAYOUT_FORMATS = ("svg", "png", "pdf", "plain", "json")
ENGINES = ("auto", "dot", "wasm")  # auto: the system's dot, else the WebAssembly one


def find_dot() -> str:
    """The path of ``dot``; GraphvizNotFound when it is not installed."""
    path = shutil.which("dot")
    if path is None:
        raise GraphvizNotFound()
    return path


def choose_engine(engine: str, fmt: str) -> str:
    """``"dot"`` or ``"wasm"`` for making ``fmt``; GraphvizNotFound, saying what to install,
    when the engine asked for (or, for auto, either) cannot make it."""
    if engine not in ENGINES:
        raise OptionError(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    if engine == "wasm" or (engine == "auto" and shutil.which("dot") is None):
        from argmap.drawing import wasm_engine  # imported only when used: it costs a start-up ~25 ms

        wasm_engine.require(fmt, dot_missing=engine == "auto")
        return "wasm"
    find_dot()
    return "dot"


def layout(
    dot_source: str, fmt: str, timeout: float | None = None, engine: str = "auto", dpi: int | None = None
) -> bytes:
    """Lay out ``dot_source`` and return the ``fmt`` output (svg, png, pdf, plain, json);
    a PNG at ``dpi`` (default PNG_DPI: choose it with ``sizes.png_dpi`` for large pictures)."""
    if fmt not in LAYOUT_FORMATS:
        raise ValueError(f"unknown layout format {fmt!r}")
    if choose_engine(engine, fmt) == "wasm":
        from argmap.drawing.wasm_engine import layout as wasm_layout

        return wasm_layout(dot_source, fmt, timeout)
    command = [find_dot(), f"-T{fmt}"]
    if fmt == "png":
        command.append(f"-Gdpi={dpi or PNG_DPI}")
    try:
        done = subprocess.run(
            command, input=dot_source.encode("utf-8"), capture_output=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise LayoutTimeout(f"Graphviz took longer than {timeout:g} s to lay out the map") from None
    except OSError as exc:
        raise LayoutError(f"could not run Graphviz's dot: {exc.strerror}") from None
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip() or f"exit status {done.returncode}"
        raise LayoutError(f"Graphviz failed: {message}")
    return done.stdout
