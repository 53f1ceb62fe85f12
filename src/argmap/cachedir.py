"""The user's cache folder for argmap: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA
on Windows; ``ARGMAP_CACHE_DIR`` moves it. Only things that can be made again go there."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_dir() -> Path:
    if os.environ.get("ARGMAP_CACHE_DIR"):
        return Path(os.environ["ARGMAP_CACHE_DIR"])
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "argmap" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "argmap"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "argmap"
