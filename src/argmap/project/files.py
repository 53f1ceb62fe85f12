"""Finding map files from the paths a user gives."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from argmap.errors import UsageError

MAP_SUFFIXES = (".yaml", ".yml")


def find_maps(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders searched recursively for ``*.yaml``/``*.yml``, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            maps = maps_in(path)
            if not maps:
                raise UsageError(f"{path}: no maps (*.yaml, *.yml) in this folder")
            found.extend(maps)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise UsageError(f"{path}: not a file or folder")
        else:
            raise UsageError(f"{path}: no such file or folder")
    return found


def maps_in(folder: Path) -> list[Path]:
    """Every map file under ``folder``, sorted: the one walk that validate, build, serve and watch share."""
    return sorted(p for p in folder.rglob("*") if p.suffix in MAP_SUFFIXES and p.is_file())
