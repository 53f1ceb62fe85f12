"""The source text a map's quotes are checked against: located, read once, normalised.

Quotes are compared after normalising what typing and typesetting change but a reader
does not notice: runs of white space, curly and straight quotes and apostrophes, dash
variants (and the spaces around a dash), the ellipsis character. Case matters. A quote may
leave words out with ``...``, ``…`` or ``[...]``; its parts must then occur in order.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG

from argmap.loading import limits
from argmap.model import ArgumentMap
from argmap.writing import protect

_SAME_CHARACTER = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        "\u2026": "...",
        "\u00ad": None,
        "\u200b": None,
    }
)
_DASH = re.compile(r"\s*-+\s*")
_ELISION = re.compile(r"\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*")
SPECIAL_FOLDERS = ("/proc", "/sys", "/dev")  # files there are the machine's state, not texts


class SourceTextError(Exception):
    """The source text cannot be used; the message says why (no path in it)."""


@dataclass(frozen=True)
class SourceText:
    """A source text read for the quote checks, normalised as quotes are compared."""

    name: str  # as the user wrote it, for messages
    text: str | None  # normalised; None when it cannot be read
    error: str | None = None
    original: str = ""  # as in the file, to show passages the way the reader sees them
    passages: bool = True  # messages may quote it (not a text outside the map's folder)


def normalise(text: str) -> str:
    text = " ".join(text.translate(_SAME_CHARACTER).split())
    return _DASH.sub("-", text)


def read(path: Path) -> tuple[str, str]:
    """The file's text, as is and normalised; UTF-8 with or without BOM. Raises SourceTextError."""
    if _special(path):
        raise SourceTextError("is not a regular file (a special file of the system, under /proc, /sys or /dev)")
    try:
        stat = path.stat()
    except OSError as exc:
        raise SourceTextError(
            "does not exist" if isinstance(exc, FileNotFoundError) else f"cannot be read ({exc.strerror})"
        ) from None
    if path.is_dir():
        raise SourceTextError("is a folder, not a text file")
    if not S_ISREG(stat.st_mode):  # /dev/zero or a pipe would be read for ever
        raise SourceTextError("is not a regular file")
    largest = limits.current().max_file_size
    if stat.st_size > largest:
        raise SourceTextError(
            f"is {stat.st_size:,} bytes, more than argmap reads ({largest:,}; raise `max-file-size` to read it)"
        )
    protect(path)
    return _read_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _read_cached(path: str, mtime_ns: int, size: int) -> tuple[str, str]:
    """Keyed on modification time and size too, so that a long-running process sees edits."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise SourceTextError(f"cannot be read ({exc.strerror})") from None
    try:
        original = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceTextError(f"is not UTF-8 text (undecodable bytes at byte offset {exc.start})") from None
    return original, normalise(original)


def _special(path: Path) -> bool:
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):
        return False
    return any(resolved == folder or resolved.startswith(folder + "/") for folder in SPECIAL_FOLDERS)


def may_quote(map_path: str, text_path: Path) -> bool:
    """Whether messages may show passages of the text a map names: only when it lies in the
    map's folder or below, links followed. A map is untrusted; its ``source.text:
    ../../.ssh/id_rsa`` must not turn the closest-passage hint into a way to read files
    (into CI logs, autograder reports, ``argmap serve``'s page)."""
    try:
        return text_path.resolve().is_relative_to(Path(map_path).parent.resolve())
    except (OSError, RuntimeError):
        return False


def for_map(amap: ArgumentMap, override: Path | None = None) -> SourceText | None:
    """The text given on the command line (chosen by whoever runs argmap: its passages may be
    shown), else the map's ``source.text`` (relative to the map file; passages shown only when
    it is in the map's folder); None when there is neither."""
    if override is not None:
        name, path, passages = str(override), Path(override), True
    elif amap.source is not None and amap.source.text and amap.source.text.strip():
        name, path = amap.source.text, Path(amap.path).parent / amap.source.text
        passages = may_quote(amap.path, path)
    else:
        return None
    try:
        original, text = read(path)
        return SourceText(name, text, original=original, passages=passages)
    except SourceTextError as exc:
        return SourceText(name, None, str(exc))


def missing_part(text: str, quote: str) -> str | None:
    """None when the (normalised) quote occurs in the text, else the part that does not:
    the whole quote, or with elisions the first part not found after the previous one."""
    start = 0
    for part in filter(None, _ELISION.split(normalise(quote))):
        found = text.find(part, start)
        if found < 0:
            return part
        start = found + len(part)
    return None
