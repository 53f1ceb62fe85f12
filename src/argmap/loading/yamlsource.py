"""Bytes → text → composed YAML nodes, with every failure turned into a Problem.

Only composing is done here, never constructing: node objects carry marks (exact
line and column) and raw scalar text, and no tag can make PyYAML build an object.
"""

from __future__ import annotations

import codecs
import gc
from collections.abc import Iterator
from contextlib import contextmanager

from argmap.loading import limits as _limits
from argmap.loading.nodescan import Scan
from argmap.loading.pyyaml import yaml
from argmap.loading.yamlloader import Loader
from argmap.problems import Location, Problem, Severity

# libyaml's C composer when there is one (loading/yamlloader.py).
LOADER: type = Loader
# UTF-32's byte-order marks begin like UTF-16's, so they are tried first.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _problem(path: str, line: int, column: int, message: str, rule: str = "schema") -> Problem:
    return Problem(Location(path, line, column), Severity.ERROR, rule, message)


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM; otherwise a problem naming the byte offset."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as exc:
        before = data[: exc.start].decode(encoding, errors="replace")  # counts characters, any encoding
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        message = f"undecodable bytes at byte offset {exc.start}: the file is not valid {encoding.upper()}"
        return None, [_problem(path, line, column, message)]


def mark_location(path: str, mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


def compose(text: str, path: str, limits: _limits.Limits) -> tuple[yaml.Node | None, list[Problem]]:
    """Compose one YAML document safely; syntax errors become ``yaml-syntax`` problems, and
    nesting too deep for the composer a ``limit`` problem."""
    try:
        with gc_paused():
            return yaml.compose(text, Loader=LOADER), []
    except RecursionError:  # PyYAML's composer recurses once per level (~300 levels)
        return None, [_nesting_problem(text, path, limits, None)]
    except yaml.MarkedYAMLError as exc:
        if exc.problem == _LIBYAML_TOO_DEEP:  # libyaml refuses beyond 1000 levels
            return None, [_nesting_problem(text, path, limits, exc.problem_mark)]
        return None, [_syntax_problem(text, path, exc)]
    except (yaml.YAMLError, UnicodeEncodeError) as exc:  # a character YAML forbids
        line, column = _character_location(text, exc)
        return None, [_problem(path, line, column, f"YAML syntax: {_character_message(exc)}", "yaml-syntax")]


_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"


def _nesting_problem(text: str, path: str, limits: _limits.Limits, mark) -> Problem:
    """Where the document first nests deeper than allowed. Found by PyYAML's own parser,
    which nests no Python calls and, unlike libyaml's, has no nesting limit of its own,
    over the text up to where the composer gave up (the error path only). With a limit
    raised beyond what the composer manages: the deepest point it reached."""
    end = len(text) if mark is None else mark.index + 1  # marks count characters
    depth, deepest = 0, (0, mark)
    try:
        for event in yaml.parse(text[:end], Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limits.max_depth:
                    return _limits.depth_problem(mark_location(path, event.start_mark), limits)
                if depth > deepest[0]:
                    deepest = (depth, event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:  # the text was cut short
        pass
    location = mark_location(path, deepest[1]) if deepest[1] is not None else Location(path)
    return Problem(
        location,
        Severity.ERROR,
        _limits.RULE,
        f"the document is nested {deepest[0]} or more levels deep here, deeper than the YAML reader can go",
    )


@contextmanager
def gc_paused():
    """Composing and reading a map allocate many small objects and no cycles worth collecting:
    with the garbage collector paused meanwhile, a 5,000-claim map loads in 0.19 s instead of
    0.27 s (each collection would scan every node and mark made so far). Nests; usable as a
    decorator."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _character_location(text: str, exc: Exception) -> tuple[int, int]:
    """Line and column of the character a reader refused. PyYAML's ``position`` counts
    characters, libyaml's counts UTF-8 bytes, and a lone surrogate stops libyaml before
    reading starts (UnicodeEncodeError): the refused character itself is found the same way
    for all three."""
    position = _refused_index(text, exc)
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


def _refused_index(text: str, exc: Exception) -> int:
    if isinstance(exc, UnicodeEncodeError):
        return exc.start
    character = _refused_character(exc)
    if character is not None and chr(character) in text:
        return text.index(chr(character))  # readers stop at the first character they refuse
    return min(getattr(exc, "position", 0) or 0, len(text))


def _refused_character(exc: Exception) -> int | None:
    if isinstance(exc, UnicodeEncodeError):
        return ord(exc.object[exc.start])
    character = getattr(exc, "character", None)
    return character if isinstance(character, int) and 0 <= character <= 0x10FFFF else None


def _character_message(exc: Exception) -> str:
    """The same words from either loader (their own messages differ, and libyaml's position is in bytes)."""
    character = _refused_character(exc)
    if character is None:
        return str(exc)
    return f"the character #x{character:04X} is not allowed in YAML (a control character or a lone surrogate)"


def _syntax_problem(text: str, path: str, exc: yaml.MarkedYAMLError) -> Problem:
    """At the line of the mistake, in plain words with a hint, when the hints recognise it;
    otherwise the parser's words at the parser's mark."""
    from argmap.loading import yaml_hints  # only a map that does not parse needs it

    hint = yaml_hints.explain(text, exc)
    if hint is not None:
        message = f"YAML syntax: {hint.message}"
        mark = exc.problem_mark
        if (hint.line, hint.column) != (mark.line + 1, mark.column + 1):
            message += f" (the YAML reader stopped at line {mark.line + 1}, column {mark.column + 1})"
        return _problem(path, hint.line, hint.column, message, "yaml-syntax")
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return _problem(path, line, column, _syntax_message(exc), "yaml-syntax")


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    message = f"YAML syntax: {exc.problem or exc.context or 'invalid document'}"
    if exc.context and exc.problem and exc.context_mark is not None:
        message += f" ({exc.context} at line {exc.context_mark.line + 1})"
    return message


def walk(root: yaml.Node) -> Iterator[yaml.Node]:
    """Every node once, iteratively (aliases are shared nodes: visited once)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack.extend((value, key))


def tag_problems(found: Scan, path: str) -> tuple[list[Problem], set[int]]:
    """Problems for non-standard tags (``!!python/...``, ``!custom``), and the ids of those nodes."""
    problems = []
    for node in found.tagged:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        message = f"tag `{tag}` is not allowed: argmap reads plain YAML data only"
        problems.append(_problem(path, node.start_mark.line + 1, node.start_mark.column + 1, message))
    return problems, {id(node) for node in found.tagged}
