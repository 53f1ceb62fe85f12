"""Where the benchmark's maps, tools and outputs are, and how argmap is started."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from harness import bench_env


@dataclass
class Context:
    root: Path
    work: Path
    runs: int
    sizes: tuple[int, ...]
    shapes: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=bench_env)

    def map_path(self, size: int) -> Path:
        """The issue's tree map of ``size`` claims (bench/generate.py: tree)."""
        return self.work / f"tree-{size}.yaml"

    def shape_path(self, name: str) -> Path:
        """A generated map by name: tree-50, chain-200, fan-200, linked-200, forest-100."""
        return self.work / f"{name}.yaml"

    @property
    def course_dir(self) -> Path:
        return self.work / "course" / "arguments"

    @property
    def seed_map(self) -> Path:
        return self.root / "arguments" / "nato-no-fly-zone.yaml"

    @property
    def argdown_bin(self) -> Path:
        """The Argdown CLI installed into the repository's gitignored npm folder (bench/README)."""
        return self.root / ".cache" / "npm" / "node_modules" / ".bin" / "argdown"

    @cached_property
    def argmap(self) -> list[str]:
        """The installed console script beside this Python, else ``python -m argmap``."""
        script = Path(sys.executable).parent / "argmap"
        return [str(script)] if script.exists() else [sys.executable, "-m", "argmap"]

    @cached_property
    def dot(self) -> str | None:
        return shutil.which("dot")

    def has_command(self, *words: str) -> bool:
        """Whether ``argmap WORDS --help`` works in this checkout."""
        done = subprocess.run([*self.argmap, *words, "--help"], capture_output=True, env=self.env)
        return done.returncode == 0

    def out(self, *parts: str) -> Path:
        path = self.work.joinpath("out", *parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path
