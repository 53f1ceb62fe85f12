"""What an embedded map block says: the map (inline YAML or ``file:``) and how to draw it.

A block's content is YAML. With a top-level ``file:`` key it names a map file, resolved
against ``base`` (the adapter decides: the page's folder for MkDocs and Sphinx, the working
directory for pandoc), and may add drawing options. Without one it *is* a map, and the
same option keys may stand at its top level: they are blanked out of the text (spaces,
newlines kept) before the map is loaded, so every problem keeps its line and column.

The text handed to ``parse_block`` is padded with ``line - 1`` empty lines first, so YAML
line numbers are the document's line numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from argmap.embed.errors import EmbedError
from argmap.loading.pyyaml import yaml
from argmap.loading.yamlsource import LOADER

OPTION_KEYS = ("focus", "depth", "theme", "step", "direction", "legend", "speakers")
BOOLEAN_OPTIONS = ("legend", "speakers")
INTEGER_OPTIONS = {"depth": 0, "step": 1}  # name -> smallest value allowed


@dataclass(frozen=True)
class Block:
    """One block: ``file`` (a resolved path) or ``text`` (a map, options blanked out)."""

    document: str  # the page or notebook the block is in, as shown in messages
    line: int  # the document line the block's content starts on (1-based)
    file: Path | None = None
    text: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.document}:{self.line}"


def parse_block(
    content: str,
    document: str,
    line: int = 1,
    base: Path | None = None,
    options: Mapping[str, Any] | None = None,
    root: Path | None = None,
    confined: bool = True,
    within: Path | None = None,
) -> Block:
    """The block whose ``content`` starts on ``line`` of ``document``. A ``file:`` is relative
    to ``base`` (default: the working directory), or to ``root`` when it starts with ``/``
    and ``root`` is given; when ``confined`` it must lie inside ``within`` (the documentation
    project's folder; default ``root``, else ``base``), links followed (``map_path``). ``options`` given by the adapter (a directive's options, a code
    block's attributes) are merged in; the block's own keys win. Raises EmbedError for a
    malformed block."""
    padded = "\n" * (line - 1) + content
    node = _compose(padded)
    pairs = _top_pairs(node)
    given = dict(options or {})
    if "file" in pairs:
        limit = (within or root or base or Path.cwd()) if confined else None
        return _file_block(pairs, given, document, line, base or Path.cwd(), root, limit)
    found = {key: value for key, value in pairs.items() if key in OPTION_KEYS}
    if found and node is not None and node.flow_style:
        raise EmbedError("write the options of an inline map as block keys, one a line", document, line)
    given.update({key: _value(pair, key, document) for key, pair in found.items()})
    text = _blank(padded, list(found.values()))
    return Block(document, line, text=text, options=check_options(given, document, line))


def check_options(options: Mapping[str, Any], document: str, line: int) -> dict[str, Any]:
    """The options with their types checked (EmbedError naming the first bad one)."""
    checked: dict[str, Any] = {}
    for key, value in options.items():
        if key not in OPTION_KEYS:
            raise EmbedError(f"unknown option `{key}` (use {', '.join(OPTION_KEYS)})", document, line)
        checked[key] = _checked(key, value, document, line)
    return checked


def _checked(key: str, value: Any, document: str, line: int) -> Any:
    if key in BOOLEAN_OPTIONS:
        if isinstance(value, str) and value.lower() in ("true", "yes", "false", "no"):
            value = value.lower() in ("true", "yes")
        if not isinstance(value, bool):
            raise EmbedError(f"option `{key}` must be true or false, not {value!r}", document, line)
        return value
    if key in INTEGER_OPTIONS:
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < INTEGER_OPTIONS[key]:
            raise EmbedError(
                f"option `{key}` must be a whole number from {INTEGER_OPTIONS[key]} on, not {value!r}", document, line
            )
        return value
    if not isinstance(value, str) or not value.strip():
        raise EmbedError(f"option `{key}` must be a text, not {value!r}", document, line)
    return value.strip()


def _compose(padded: str) -> yaml.Node | None:
    """The block's YAML nodes, or None when it is not YAML (the loader reports why)."""
    try:
        return yaml.compose(padded, Loader=LOADER)
    except yaml.YAMLError:
        return None


def _top_pairs(root: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {key.value: (key, value) for key, value in root.value if isinstance(key, yaml.ScalarNode)}


def _value(pair: tuple[yaml.Node, yaml.Node], key: str, document: str) -> Any:
    key_node, node = pair
    if not isinstance(node, yaml.ScalarNode):
        raise EmbedError(f"option `{key}` must be a single value", document, key_node.start_mark.line + 1)
    return yaml.load(yaml.serialize(node), Loader=LOADER)


def _file_block(
    pairs, given: dict[str, Any], document: str, line: int, base: Path, root: Path | None, within: Path | None
) -> Block:
    file_key, file_node = pairs["file"]
    for key, (key_node, _) in pairs.items():
        if key != "file" and key not in OPTION_KEYS:
            raise EmbedError(
                f"unknown key `{key}` beside `file:` (use {', '.join(OPTION_KEYS)})",
                document,
                key_node.start_mark.line + 1,
            )
    name = _value((file_key, file_node), "file", document)
    if not isinstance(name, str) or not name.strip():
        raise EmbedError("`file:` must name a map file", document, file_key.start_mark.line + 1)
    given.update({key: _value(pair, key, document) for key, pair in pairs.items() if key != "file"})
    where = (document, file_key.start_mark.line + 1)
    return Block(
        document,
        line,
        file=map_path(name.strip(), base, root, within, where),
        options=check_options(given, document, line),
    )


def map_path(
    name: str, base: Path, root: Path | None = None, within: Path | None = None, where: tuple[str, int] = ("", 0)
) -> Path:
    """``name`` relative to ``base``, or to ``root`` when it starts with ``/`` and ``root`` is given.

    With ``within`` the file must lie inside that folder (the documentation project's) once
    links are followed: a page from a cloned repository must not draw, or quote in an error,
    ``file: ../../../../etc/passwd``. ``where`` (document, line) is for the message."""
    path = root / name.lstrip("/") if root is not None and name.startswith("/") else base / name
    if within is not None:
        folder = within
        try:
            inside = path.resolve().is_relative_to(folder.resolve())
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            from argmap.embed.errors import shown

            raise EmbedError(f"`file:` must name a map inside {shown(folder)}/ (links followed), not {name}", *where)
    return path


def _blank(text: str, pairs: list[tuple[yaml.Node, yaml.Node]]) -> str:
    """``text`` with each key-value pair replaced by spaces (line breaks kept)."""
    chars = list(text)
    for key, value in pairs:
        for i in range(key.start_mark.index, value.end_mark.index):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
