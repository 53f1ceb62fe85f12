"""Which kind of id the cursor is completing, read from the text around it.

It works on lines, not on parsed YAML, because the document being completed rarely parses:
``premises: [a, `` is not valid YAML yet. Recognised places: the value of ``premises``,
``supports``, ``attacks``, ``speaker`` and ``steps``, whether written inline
(``premises: [a, |``, ``{supports: |``) or as block list items under such a key (``- |``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argmap import fields

ID_CHAR = r"[A-Za-z0-9_-]"
_WORD_BEFORE = re.compile(ID_CHAR + r"*\Z")
_WORD_AFTER = re.compile(ID_CHAR + "*")
_KEYS = "|".join(fields.reference_keys())  # premises, supports, attacks, speaker, steps, ...
_KEY = re.compile(r"(?:^\s*(?:-\s+)?|[{,]\s*)(" + _KEYS + r")\s*:(?=\s|\Z)")
_ITEM = re.compile(r"(\s*)-(?:\s+(\[.*))?\s*\Z")
_KEY_LINE = re.compile(r"(\s*)(?:-\s+)?(" + _KEYS + r")\s*:\s*(?:#.*)?\Z")
_OWNER_LINE = re.compile(r"(\s*)([A-Za-z0-9][A-Za-z0-9_-]*)\s*:\s*(?:#.*)?\Z")
_FLOW_OWNER = re.compile(r"\s+([A-Za-z0-9][A-Za-z0-9_-]*)\s*:\s*\{")
_ID = re.compile(ID_CHAR + "+")


@dataclass(frozen=True)
class RefContext:
    key: str  # premises, supports, attacks, speaker or steps
    start: int  # first character of the id being typed (on the cursor's line)
    end: int  # one past its last character
    listed: tuple[str, ...] = ()  # ids already written in the same list
    owner: str | None = None  # the claim or argument whose entry this is
    needs_space: bool = False  # the cursor is right after ``key:``


def reference_context(lines: list[str], line: int, char: int) -> RefContext | None:
    if line >= len(lines):
        return None
    text = lines[line]
    char = min(char, len(text))
    word_before, word_after = _WORD_BEFORE.search(text[:char]), _WORD_AFTER.match(text, char)
    assert word_before is not None and word_after is not None  # both match the empty string
    start = char - len(word_before.group())
    end = char + len(word_after.group())
    before = text[:start]
    found = _inline(before, line) or _block_item(lines, line, before)
    if found is None:
        return None
    key, listed, key_line = found
    return RefContext(key, start, end, listed, _owner(lines, key_line), before.endswith(":"))


def _inline(before: str, line: int) -> tuple[str, tuple[str, ...], int] | None:
    """``key: |`` or ``key: [a, b, |`` on the cursor's own line."""
    matches = [m for m in _KEY.finditer(before) if _at_key_position(before, m)]
    if not matches:
        return None
    value = before[matches[-1].end() :]
    items = _open_list(value)
    if items is None:
        return None
    return matches[-1].group(1), items, line


def _at_key_position(before: str, match: re.Match) -> bool:
    """At the start of a line, or after ``{``/``,`` inside a flow mapping (not in some text)."""
    opened = before[: match.start() + 1]
    return match.group(0)[0] not in "{," or opened.count("{") > opened.count("}")


def _open_list(value: str) -> tuple[str, ...] | None:
    """Ids written so far if ``value`` leaves the cursor at an item position, else None."""
    stripped = value.strip()
    if not stripped:
        return ()
    if not stripped.startswith("[") or re.search(r"[:{}#\"']", stripped):
        return None
    if stripped.count("[") <= stripped.count("]") or stripped[-1] not in "[,":
        return None
    return tuple(_ID.findall(stripped))


def _block_item(lines: list[str], line: int, before: str) -> tuple[str, tuple[str, ...], int] | None:
    """``- |`` (or ``- [a, |`` in steps) in a block list whose key is on a line above."""
    item = _ITEM.match(before)
    if item is None:
        return None
    indent = len(item.group(1))
    nested = item.group(2)
    listed = _open_list(nested) if nested else ()
    if listed is None:
        return None
    siblings: list[str] = []
    for number in range(line - 1, -1, -1):
        text = lines[number]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        key = _KEY_LINE.match(text)
        if key and len(key.group(1)) <= indent:
            if nested and key.group(2) != "steps":
                return None
            return key.group(2), listed if nested else tuple(siblings), number
        sibling = _ITEM.match(text) or re.match(r"(\s*)-\s+(.*)", text)
        if sibling is None or len(sibling.group(1)) != indent:
            return None
        siblings.extend(_ID.findall(text[indent + 1 :]))
    return None


def _owner(lines: list[str], key_line: int) -> str | None:
    """The id of the entry holding the key: the nearest less-indented ``id:`` line above."""
    text = lines[key_line]
    flow = _FLOW_OWNER.match(text)
    if flow:
        return flow.group(1)
    indent = len(text) - len(text.lstrip())
    for number in range(key_line - 1, -1, -1):
        above = lines[number]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        found = _OWNER_LINE.match(above)
        if len(above) - len(above.lstrip()) < indent:
            return found.group(2) if found and found.group(1) else None
    return None
