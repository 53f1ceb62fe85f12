"""Running Graphviz's ``dot``: the only place the renderer starts a process. Without ``dot``,
SVG can come from Graphviz compiled to WebAssembly (``wasm_engine``, ``argmap[wasm]``)."""

from __future__ import annotations

import shutil
import subprocess
import threading

from argmap.drawing.errors import GraphvizNotFound, LayoutError, LayoutTimeout, OptionError, RenderError
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
    dot_source: str,
    fmt: str,
    timeout: float | None = None,
    engine: str = "auto",
    dpi: int | None = None,
    spare: Layout | None = None,
) -> bytes:
    """Lay out ``dot_source`` and return the ``fmt`` output (svg, png, pdf, plain, json);
    a PNG at ``dpi`` (default PNG_DPI: choose it with ``sizes.png_dpi`` for large pictures)."""
    return start(dot_source, fmt, timeout, engine, dpi, spare).result()


def start(
    dot_source: str,
    fmt: str,
    timeout: float | None = None,
    engine: str = "auto",
    dpi: int | None = None,
    spare: Layout | None = None,
) -> Layout:
    """``layout``, begun: ``dot`` works in its own process (on another core) while the caller
    does what does not need the picture; ``.result()`` then gives the output or raises.
    ``spare``: a ``dot`` from ``spare_dot``, used when it was started for this format."""
    if fmt not in LAYOUT_FORMATS:
        raise ValueError(f"unknown layout format {fmt!r}")
    if choose_engine(engine, fmt) == "wasm":
        from argmap.drawing.wasm_engine import layout as wasm_layout

        return Layout(output=wasm_layout(dot_source, fmt, timeout))
    command = _command(fmt, dpi)
    running = spare if spare is not None and spare.waiting and spare.command == command else Layout(command)
    running.feed(dot_source.encode("utf-8"), timeout)
    return running


def spare_dot(fmt: str, engine: str = "auto") -> Layout | None:
    """``dot -T<fmt>`` started before its input is ready, so that its start-up (a few ms) goes
    on while the DOT is built; None where ``dot`` would not be the engine. ``release()`` it."""
    try:
        return Layout(_command(fmt, None)) if choose_engine(engine, fmt) == "dot" else None
    except RenderError:  # no Graphviz: the layout itself says so
        return None


def _command(fmt: str, dpi: int | None) -> list[str]:
    command = [find_dot(), f"-T{fmt}"]
    if fmt == "png":
        command.append(f"-Gdpi={dpi or PNG_DPI}")
    return command


class Layout:
    """A ``dot`` process (or the WebAssembly engine's finished ``output``). Once fed, a thread
    writes its input and collects what it writes, so neither pipe can fill up and stall it."""

    def __init__(self, command: list[str] | None = None, output: bytes = b"") -> None:
        self.command, self.output = command, output
        self.timeout: float | None = None
        self.done: tuple[bytes, bytes] | BaseException | None = None
        self.thread: threading.Thread | None = None
        self.process: subprocess.Popen[bytes] | None = None
        if command is not None:
            pipe = subprocess.PIPE
            try:
                self.process = subprocess.Popen(command, stdin=pipe, stdout=pipe, stderr=pipe)
            except OSError as exc:
                raise LayoutError(f"could not run Graphviz's dot: {exc.strerror}") from None

    @property
    def waiting(self) -> bool:
        """Started, not yet fed."""
        return self.process is not None and self.thread is None

    def feed(self, data: bytes, timeout: float | None) -> None:
        self.timeout = timeout
        self.thread = threading.Thread(target=self._communicate, args=(data,), daemon=True)
        self.thread.start()

    def _communicate(self, data: bytes) -> None:
        assert self.process is not None
        try:
            self.done = self.process.communicate(data, timeout=self.timeout)
        except BaseException as exc:  # handed to result(), in the caller's thread
            self.process.kill()
            self.process.wait()
            self.done = exc

    def result(self) -> bytes:
        """The output; LayoutTimeout, or LayoutError with what ``dot`` said."""
        if self.thread is None:
            return self.output
        try:
            self.thread.join()
        except BaseException:  # interrupted while waiting: no dot left running
            self.cancel()
            raise
        if isinstance(self.done, subprocess.TimeoutExpired):
            raise LayoutTimeout(f"Graphviz took longer than {self.timeout:g} s to lay out the map")
        if isinstance(self.done, OSError):
            raise LayoutError(f"could not run Graphviz's dot: {self.done.strerror}")
        if not isinstance(self.done, tuple):
            raise self.done or LayoutError("Graphviz's dot gave no answer")
        stdout, stderr = self.done
        assert self.process is not None
        if self.process.returncode != 0 or not stdout:
            message = stderr.decode("utf-8", "replace").strip() or f"exit status {self.process.returncode}"
            raise LayoutError(f"Graphviz failed: {message}")
        return stdout

    def cancel(self) -> None:
        """Stop ``dot`` (the caller failed before it needed the picture)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()

    def release(self) -> None:
        """A spare ``dot`` that was not needed: stopped and reaped (a fed one is left to run)."""
        if self.waiting and self.process is not None:
            self.process.kill()
            self.process.communicate()
