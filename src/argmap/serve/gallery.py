"""Each served map's state: its last good diagram, its current problems and what clicking a
box shows. A map with errors keeps the diagram of its last good version, marked stale."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from argmap.checking.checker import Settings
from argmap.drawing import RenderError, RenderOptions, render_bytes
from argmap.loading.limits import LAYOUT_TIMEOUT, read_file
from argmap.model import ArgumentMap
from argmap.problems import Location, Problem, Severity
from argmap.project.config import ProjectConfig
from argmap.project.files import MAP_SUFFIXES, maps_in
from argmap.project.opening import open_bytes


@dataclass
class ServedMap:
    key: str  # the map's path relative to the served folder, posix
    path: Path
    version: int = 0
    title: str = ""
    svg: str | None = None  # the last good diagram
    details: dict[str, dict] = field(default_factory=dict)  # SVG element id -> what a click shows
    problems: list[dict] = field(default_factory=list)
    stale: bool = False  # the diagram is older than the map, which has errors now

    def summary(self) -> dict:
        errors = sum(1 for p in self.problems if p["severity"] == "error")
        return {
            "key": self.key,
            "title": self.title or self.key,
            "version": self.version,
            "errors": errors,
            "warnings": len(self.problems) - errors,
        }

    def state(self) -> dict:
        return {
            **self.summary(),
            "svg": self.svg,
            "details": self.details,
            "problems": self.problems,
            "stale": self.stale,
        }


class Gallery:
    """The maps under ``target`` (a map file, or a folder searched recursively)."""

    def __init__(
        self,
        target: Path,
        settings: Settings = Settings(),
        options: RenderOptions = RenderOptions(),
        config: ProjectConfig = ProjectConfig(),
    ):
        self.single = target if target.is_file() else None
        self.root = target.parent if self.single else target
        self.settings, self.options, self.config = settings, options, config
        self.views: dict[str, ServedMap] = {}
        self._lock = threading.Lock()

    def keys_on_disk(self) -> list[str]:
        if self.single is not None:
            return [self.single.name]
        return [p.relative_to(self.root).as_posix() for p in maps_in(self.root) if self.inside(p)]

    def inside(self, path: Path) -> bool:
        """Whether ``path``, links followed, is in the served folder: a link in it to
        /etc/passwd or ~/.ssh is not served (the map given as the single target is)."""
        if self.single is not None:
            return True
        try:
            return path.resolve().is_relative_to(self.root.resolve())
        except (OSError, RuntimeError):
            return False

    def key_for(self, path: str | Path) -> str | None:
        """The key of a changed path, or None when it is not one of the served maps."""
        path = Path(path)
        if self.single is not None:
            return (
                self.single.name
                if path.name == self.single.name and path.parent.resolve() == self.root.resolve()
                else None
            )
        if path.suffix not in MAP_SUFFIXES:
            return None
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return None

    def refresh_all(self) -> None:
        for key in self.keys_on_disk():
            self.refresh(key)

    def refresh(self, key: str) -> ServedMap | None:
        """Read, check and draw one map again; None when it is gone. Runs in worker threads."""
        with self._lock:
            path = self.root / key
            if not self.inside(path):
                self.views.pop(key, None)
                return None
            try:
                data, too_large = read_file(path)  # bounded: a served folder may hold anything
            except FileNotFoundError:
                self.views.pop(key, None)
                return None
            except OSError as exc:
                return self._failed(key, path, f"cannot read the map: {exc.strerror}")
            if too_large:
                return self._failed(key, path, too_large.message)
            assert data is not None  # read_file gives the bytes or a problem
            view = self.views.setdefault(key, ServedMap(key, path))
            self._update(view, data)
            return view

    def _update(self, view: ServedMap, data: bytes) -> None:
        result = open_bytes(data, str(view.path), self.config, self.settings)
        problems = result.problems
        view.version += 1
        view.problems = [problem_dict(p) for p in problems]
        amap = result.map
        if amap is not None:
            view.title = amap.title or view.key
        if amap is None or any(p.severity is Severity.ERROR for p in problems):
            view.stale = view.svg is not None
            return
        try:
            svg = render_bytes(amap, self.options, "svg", LAYOUT_TIMEOUT).decode("utf-8")
        except RenderError as exc:
            view.problems.insert(0, _plain_problem(view.path, f"the diagram could not be drawn: {exc}"))
            view.stale = view.svg is not None
            return
        view.svg, view.details, view.stale = svg_element(svg), box_details(amap), False

    def _failed(self, key: str, path: Path, message: str) -> ServedMap:
        view = self.views.setdefault(key, ServedMap(key, path))
        view.version += 1
        view.problems = [_plain_problem(path, message)]
        view.stale = view.svg is not None
        return view


def problem_dict(problem: Problem) -> dict:
    return problem.to_dict()


def _plain_problem(path: Path, message: str) -> dict:
    return Problem(Location(str(path), 1, 1), Severity.ERROR, "serve", message).to_dict()


def svg_element(svg: str) -> str:
    """The ``<svg>`` element alone: no XML declaration, doctype or comments before it."""
    start = svg.find("<svg")
    return svg[start:] if start >= 0 else svg


def box_details(amap: ArgumentMap) -> dict[str, dict]:
    """What clicking a box shows, by the box's SVG id (``claim-<id>``, ``arg-<id>``)."""
    details = {f"claim-{c.id}": _claim_details(amap, c) for c in amap.claims.values()}
    details.update({f"arg-{a.id}": _argument_details(amap, a) for a in amap.arguments.values()})
    return details


def _claim_details(amap: ArgumentMap, claim) -> dict:
    return {
        "kind": "claim",
        "id": claim.id,
        "text": claim.text,
        **_speaker(amap, claim.speaker),
        "quote": claim.quote,
        "note": claim.note,
        "implicit": claim.implicit,
    }


def _argument_details(amap: ArgumentMap, arg) -> dict:
    """An argument written as a claim's ``supports:``/``attacks:`` has no id of its own."""
    name = arg.id if arg.shorthand is None else f"{arg.shorthand} {arg.relation} {arg.target}"
    return {
        "kind": "argument",
        "id": name,
        "text": arg.label,
        **_speaker(amap, arg.speaker),
        "quote": None,
        "note": arg.note,
        "scheme": arg.scheme,
        "relation": arg.relation,
        "premises": list(arg.premises),
        "target": arg.target,
    }


def _speaker(amap: ArgumentMap, sid: str | None) -> dict:
    speaker = amap.speakers.get(sid) if sid else None
    if speaker is None:
        return {"speaker": sid, "role": None}
    return {"speaker": speaker.name, "role": speaker.role}
