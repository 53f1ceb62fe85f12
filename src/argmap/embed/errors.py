"""The one error every embedding adapter turns into a failed build."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from argmap.problems import Problem


class EmbedError(Exception):
    """A map block that cannot be drawn. ``str()`` is the whole message: the document and the
    block's line first, then the map's problems one a line (each with its own file:line:col)."""

    def __init__(self, message: str, document: str, line: int, problems: Sequence[Problem] = ()) -> None:
        self.message, self.document, self.line = message, document, line
        self.problems = tuple(problems)
        super().__init__(f"{document}:{line}: {self.detail}")

    @property
    def detail(self) -> str:
        """The message without the document and line (for tools that print those themselves)."""
        return "\n".join([f"argmap block: {self.message}", *(f"  {problem}" for problem in self.problems)])

    def _render_traceback_(self) -> list[str]:
        """IPython shows this instead of a traceback: the message is the whole story."""
        return [f"EmbedError: {self}"]


def shown(path: Path) -> str:
    """``path`` relative to the working directory when it is inside it (shorter messages)."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive (Windows)
        return str(path)
    return str(relative) if not relative.as_posix().startswith("../") else str(path)
