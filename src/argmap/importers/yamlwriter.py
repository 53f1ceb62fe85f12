"""Writing an imported map as argmap YAML, with comments, quoting every scalar safely.

An importer fills a ``Draft`` (plain Python values in the order they should appear) and
``render(draft)`` turns it into text. Scalars are written plain only when that cannot
change their meaning (``yes``, ``null``, ``1e3``, ``a: b``, ``#x`` are quoted), otherwise
double-quoted with escapes, always on one line, so the YAML is safe whatever the texts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from argmap.loading.pyyaml import yaml

# Plain scalars we allow: start with a letter or digit, then ordinary prose characters.
_PLAIN = re.compile(r"[^\W_][\w .,;'()?!/&%+=$€£’\"-]*", re.UNICODE)
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
# Number-like words that a YAML 1.2 reader (an editor, another tool) could read as numbers.
_NUMBER_LIKE = re.compile(r"[-+]?[0-9][0-9a-zA-Z._:+-]*")
_RESOLVER = yaml.resolver.Resolver()
# Characters YAML does not allow raw in a stream, or reads as line breaks.
_UNPRINTABLE = re.compile("[^\x09\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def scalar(value: Any, flow: bool = False) -> str:
    """One YAML scalar on one line; ``flow`` for an item inside ``[...]``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if _plain_ok(text) and not (flow and _FLOW_UNSAFE.search(text)):
        return text
    return quoted(text)


def quoted(text: str) -> str:
    """A double-quoted YAML scalar: JSON's escapes, plus \\uXXXX for what YAML forbids raw."""
    body = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(_escape, body)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if 0xD800 <= code <= 0xDFFF:  # a lone surrogate (JSON allows "\ud800"): no YAML reader takes it
        return "\\ufffd"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _plain_ok(text: str) -> bool:
    if not text or text != text.strip() or not _PLAIN.fullmatch(text) or _NUMBER_LIKE.fullmatch(text):
        return False
    # _PLAIN leaves no YAML syntax (no `: `, `#`, flow or block marks), so what is left to rule out
    # is a plain scalar that YAML reads as another type (yes, null, 1e3, ...): ask its resolver,
    # not a whole parse per scalar (that made writing 20,000 claims take 15 s).
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"


def comment_lines(text: str, indent: str = "") -> list[str]:
    """``text`` as ``# ...`` lines (one per line of text; control characters removed)."""
    lines = str(text).splitlines() or [""]
    return [f"{indent}# {_UNPRINTABLE.sub('?', line)}".rstrip() for line in lines]


@dataclass
class Entry:
    """A speaker, claim or argument: its id, fields in order, comment lines above it."""

    id: str
    fields: dict[str, Any] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)


@dataclass
class Draft:
    title: str
    header: list[str] = field(default_factory=list)  # comment lines at the top of the file
    description: str | None = None
    source: dict[str, str] = field(default_factory=dict)
    speakers: list[Entry] = field(default_factory=list)
    claims: list[Entry] = field(default_factory=list)
    arguments: list[Entry] = field(default_factory=list)
    steps: list[list[str]] | None = None


def render(draft: Draft) -> str:
    out: list[str] = []
    for line in draft.header:
        out.extend(comment_lines(line))
    out.append("argmap: 1")
    out.append(f"title: {scalar(draft.title)}")
    if draft.description is not None:
        out.append(f"description: {scalar(draft.description)}")
    if draft.source:
        out.append("source:")
        out.extend(f"  {key}: {scalar(value)}" for key, value in draft.source.items())
    for section in ("speakers", "claims", "arguments"):
        entries = getattr(draft, section)
        if entries or section == "claims":
            out.append(f"{section}:" if entries else f"{section}: {{}}")
            for entry in entries:
                out.extend(_entry(entry))
    if draft.steps is not None:
        out.append("steps:" if draft.steps else "steps: []")
        out.extend(f"  - {_value(step)}" for step in draft.steps)
    return "\n".join(out) + "\n"


def _entry(entry: Entry) -> list[str]:
    lines = []
    for comment in entry.comments:
        lines.extend(comment_lines(comment, "  "))
    lines.append(f"  {scalar(entry.id)}:")
    for key, value in entry.fields.items():
        if value is None or value == [] or value == ():
            continue
        lines.append(f"    {key}: {_value(value)}")
    return lines


def _value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(scalar(item, flow=True) for item in value) + "]"
    return scalar(value)
