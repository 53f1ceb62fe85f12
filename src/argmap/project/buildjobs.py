"""What ``argmap build`` passes between its steps: a ``Task`` (a map to plan and draw,
possibly in a worker process), the ``Job`` planned from it, the ``JobResult`` of drawing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.drawing.options import RenderOptions

if TYPE_CHECKING:
    from argmap.checking.checker import Settings
    from argmap.loading.limits import Limits


@dataclass(frozen=True)
class Job:
    map_path: Path
    key: str  # the map's path relative to the source folder, posix
    digest: str  # hash of the DOT source ("" for a map with errors)
    outputs: dict[str, Path]  # format -> output path
    stale: tuple[str, ...]  # formats that are missing, stale or changed on disk
    source: str = ""  # the DOT
    description: tuple[str, str | None] = ("Argument map", None)  # the SVG's <title> and <desc> (svg.py)
    errors: tuple[str, ...] = ()  # the map's errors, printable
    warnings: tuple[str, ...] = ()  # its warnings and notes, printable (maps read in this run)
    self_contained: bool = False  # checked without reading another file (no source text)
    out: Path | None = None  # the output folder: nothing is written outside it


@dataclass
class JobResult:
    key: str
    error: str | None = None  # why nothing (more) was written
    written: dict[str, dict] = field(default_factory=dict)  # format -> manifest output entry
    notes: list[str] = field(default_factory=list)  # e.g. a PNG drawn below 170 dpi, printable


@dataclass(frozen=True)
class Task:
    """A map whose diagrams may be stale, with all it takes to plan and draw it elsewhere."""

    map_path: Path
    key: str
    data: bytes  # the map's bytes as read
    outputs: dict[str, Path]
    entry: dict | None  # its manifest entry
    out: Path
    options: RenderOptions
    rules: Settings | None = None  # the checker's Settings
    limits: Limits | None = None  # the loader's Limits, as [tool.argmap] set them in this process
