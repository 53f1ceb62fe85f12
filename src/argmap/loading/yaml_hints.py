"""Plain words for the YAML parser's complaints about hand-written maps.

The parser says where it gave up, which is often a line after the mistake and in its own
terms ("mapping values are not allowed in this context"). Here the source lines around its
marks are read to find the usual mistakes — wrong indentation, a forgotten ``text:``, a tab,
an unquoted ``: `` in a text, a list without brackets, no space after ``:``, an unclosed
quote or bracket — and to say, at the line of the mistake, what it is and how to fix it.
An error none of the checks recognises gets None, and the parser's own words are used.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import yaml

from argmap.loading.yaml_lines import Lines

KNOWN_FIELDS = frozenset((
    "text", "speaker", "quote", "implicit", "tags", "note", "supports", "attacks", "assumed",
    "premises", "label", "scheme", "name", "role", "title", "description", "source", "speakers",
    "claims", "arguments", "steps", "argmap", "author", "publisher", "date", "url"))
_KEY = re.compile(r"(\s*)(?:-\s+)?([\w-]+):(?=\s|$)")
_KEY_NO_SPACE = re.compile(r"\s*(?:-\s+)?([\w-]+):([^\s:/].*)")
_SPECIAL_START = {"@": "`@`", "`": "a backquote", "%": "`%`", "*": "`*`", "&": "`&`", "|": "`|`",
                  ">": "`>`", "[": "`[`", "{": "`{`", '"': "a quote", "'": "a quote"}
QUOTE_HINT = "put the text in quotes"
MAX_KEY = 1024  # YAML reads no longer key on one line


@dataclass(frozen=True)
class Hint:
    line: int  # 1-based, the line of the mistake
    column: int
    message: str  # without the "YAML syntax: " prefix


def explain(text: str, exc: yaml.MarkedYAMLError) -> Hint | None:
    """What went wrong in plain words, at the line of the mistake; None if not recognised."""
    if exc.problem_mark is None:
        return None
    lines = Lines(text)
    for check in (_tab, _unclosed_quote, _unclosed_bracket, _special_start, _inline_dash,
                  _missing_colon, _mapping_value, _expected_key):
        try:
            hint = check(lines, exc)
        except (IndexError, ValueError, TypeError):  # a hint is a bonus: never fail on one
            hint = None
        if hint is not None:
            return hint
    return None


def _tab(lines: Lines, exc) -> Hint | None:
    first = (exc.context_mark or exc.problem_mark).line
    for index in range(max(0, first - 1), exc.problem_mark.line + 1):
        indent = lines.raw(index)[: len(lines.raw(index)) - len(lines.raw(index).lstrip(" \t"))]
        if "\t" in indent:
            return Hint(index + 1, indent.index("\t") + 1, "a tab in the indentation: YAML indents with "
                        "spaces only; replace the tab with spaces")
    if "tab" in (exc.problem or ""):
        line = exc.problem_mark.line
        return Hint(line + 1, exc.problem_mark.column + 1, "a tab where YAML expects spaces; "
                    "replace the tab with spaces")
    return None


def _unclosed_quote(lines: Lines, exc) -> Hint | None:
    """A quote opened and never closed, whether the reader ran to the end or into a later quote."""
    token = _last_scalar_before(lines.text, exc)
    if "while scanning a quoted scalar" in (exc.context or ""):
        mark = exc.context_mark
    elif token is not None and token.style in ('"', "'") and token.end_mark.line > token.start_mark.line \
            and token.end_mark.line >= exc.problem_mark.line - 1 and _odd_quotes(lines, token):
        mark = token.start_mark
    else:
        return None
    quote = lines.raw(mark.line)[mark.column:mark.column + 1] or '"'
    return Hint(mark.line + 1, mark.column + 1, f"the quote {quote} opened here is never closed, so YAML "
                f"reads on into the lines below; end the text with {quote} on this line")


def _odd_quotes(lines: Lines, token) -> bool:
    line = lines.raw(token.start_mark.line)[token.start_mark.column:]
    return line.count(token.style) % 2 == 1


def _last_scalar_before(text: str, exc):
    """The last scalar token the scanner read before it failed (None if none)."""
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= exc.problem_mark.index:
                break
            if isinstance(token, yaml.ScalarToken):
                last = token
    except yaml.YAMLError:
        pass
    return last


def _unclosed_bracket(lines: Lines, exc) -> Hint | None:
    context = exc.context or ""
    if "flow sequence" not in context and "flow mapping" not in context:
        return None
    mark = exc.context_mark
    opener, closer, what = ("[", "]", "list") if "sequence" in context else ("{", "}", "mapping")
    rest = lines.raw(mark.line)[mark.column:]
    if rest.count(opener) > rest.count(closer):
        return Hint(mark.line + 1, mark.column + 1, f"the `{opener}` here is never closed: end the "
                    f"{what} with `{closer}` on the same line")
    return Hint(exc.problem_mark.line + 1, exc.problem_mark.column + 1, f"this {what} in `{opener}…{closer}` "
                f"has something YAML cannot read here; if an item is a text with `,` `:` or "
                f"`{closer}`, {QUOTE_HINT}")


def _value_start(raw: str) -> tuple[str, int] | None:
    """The key and the column (0-based) where its value starts, on a ``key: value`` line."""
    match = _KEY.match(raw)
    if match is None:
        return None
    column = match.end()
    while column < len(raw) and raw[column] == " ":
        column += 1
    return (match.group(2), column) if column < len(raw) else None


def _special_start(lines: Lines, exc) -> Hint | None:
    """A text that begins with a character YAML gives a meaning: a quote, a bracket, `*`, `&`, `|`…"""
    for mark in (exc.problem_mark, exc.context_mark):
        if mark is None or mark.line != exc.problem_mark.line:
            continue
        raw = lines.raw(mark.line)
        found = _value_start(raw)
        if found is None or raw[found[1]] not in _SPECIAL_START:
            continue
        key, column = found
        first = raw[found[1]]
        if first in "\"'":
            return Hint(mark.line + 1, column + 1, f"the text of `{key}` starts with a quoted part, and YAML "
                        f"takes only that part as the text; {QUOTE_HINT} as a whole, e.g. "
                        f"{key}: {_requoted(raw[column:])}")
        return Hint(mark.line + 1, column + 1, f"a text cannot start with {_SPECIAL_START[first]} unless it "
                    f"is in quotes (YAML reads it as syntax); {QUOTE_HINT}, e.g. {key}: {_requoted(raw[column:])}")
    return None


def _requoted(value: str) -> str:
    value = _shortened(value.rstrip(), 60)
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _inline_dash(lines: Lines, exc) -> Hint | None:
    if "block sequence entries are not allowed" not in (exc.problem or ""):
        return None
    mark = exc.problem_mark
    key = _KEY.match(lines.raw(mark.line))
    name = key.group(2) if key else "the field"
    return Hint(mark.line + 1, mark.column + 1, f"a `- ` item cannot follow `{name}:` on the same line: "
                "write a list as [a, b], or put each `- item` on its own line below; if the `-` "
                f"belongs to a text, {QUOTE_HINT}")


def _missing_colon(lines: Lines, exc) -> Hint | None:
    if "could not find expected ':'" not in (exc.problem or "") or exc.context_mark is None:
        return None
    index = exc.context_mark.line
    raw = lines.raw(index)
    no_space = _KEY_NO_SPACE.match(raw)
    if no_space is not None:
        return _no_space_hint(index, raw, no_space)
    words = raw.split()
    first = words[0].rstrip(":") if words else ""
    column = len(raw) - len(raw.lstrip()) + 1
    if first in KNOWN_FIELDS or len(words) == 1:
        return Hint(index + 1, column, f"`{first}` has no `:` after it: write `{first}: …`")
    return Hint(index + 1, column, "this line is text without a field name before it: did you forget "
                "\"text:\"? (or the `:` after a field name)")


def _no_space_hint(index: int, raw: str, match: re.Match) -> Hint:
    column = raw.index(":", match.start(1)) + 1
    return Hint(index + 1, column + 1, f"no space after `{match.group(1)}:`: YAML needs a space after "
                f"the colon, write `{match.group(1)}: {_shortened(match.group(2).strip())}`")


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _spaces(count: int) -> str:
    return "1 space" if count == 1 else f"{count} spaces"


def _indent_to(count: int) -> str:
    return "start it at the beginning of the line" if count == 0 else f"indent it {_spaces(count)}"


def _mapping_value(lines: Lines, exc) -> Hint | None:
    """``mapping values are not allowed here``: a `: ` inside a text, or a field after a text
    that YAML read on from the line before (no ``text:``, no space after ``:``, too far in)."""
    if "mapping values are not allowed" not in (exc.problem or ""):
        return None
    mark = exc.problem_mark
    raw = lines.raw(mark.line)
    key = _KEY.match(raw)
    if key is not None and len(key.group(2)) > MAX_KEY:
        return None  # YAML's own limit on a key's length: the parser's words say it
    if key is None or key.end() - 1 != mark.column:
        return Hint(mark.line + 1, mark.column + 1, f"`: ` inside a text, which YAML reads as the start of "
                    f"a field; {QUOTE_HINT}, e.g. {_quoted_example(raw)}")
    return _field_after_text(lines, mark.line, key)


def _quoted_example(raw: str) -> str:
    found = _value_start(raw)
    if found is None:
        return '"like: this"'
    return f"{found[0]}: {_requoted(raw[found[1]:])}"


def _field_after_text(lines: Lines, index: int, key: re.Match) -> Hint:
    name, indent = key.group(2), len(key.group(1))
    before = lines.previous(index)
    if before is None:
        return Hint(index + 1, indent + 1, f"`{name}:` cannot start a field here")
    raw = lines.raw(before)
    no_space = _KEY_NO_SPACE.match(raw)
    if no_space is not None and not _KEY.match(raw):
        return _no_space_hint(before, raw, no_space)
    above = _KEY.match(raw)
    if lines.indent(index) > lines.indent(before) and above is not None:
        if above.group(2) not in KNOWN_FIELDS and name in KNOWN_FIELDS:
            return Hint(before + 1, lines.indent(before) + 1, f"`{above.group(2)}` has its text on the same "
                        f"line, so it cannot also have `{name}:` below: did you forget \"text:\"? Write "
                        f"`{above.group(2)}:` alone, then `text: …` and `{name}: …` under it")
        return Hint(index + 1, indent + 1, f"`{name}:` is indented further than `{above.group(2)}:` on line "
                    f"{before + 1}, so YAML reads it as part of that text; fields of one item line up: "
                    f"{_indent_to(lines.indent(before))}")
    start = lines.text_start(before)
    return Hint(start + 1, lines.indent(start) + 1, "this text has no field name before it, so YAML reads "
                f"it and `{name}:` below as one text: did you forget \"text:\"? Write `text: …`")


def _expected_key(lines: Lines, exc) -> Hint | None:
    """``did not find expected key``: a line indented to no level of the block it is in."""
    if "did not find expected key" not in (exc.problem or ""):
        return None
    index = exc.problem_mark.line
    if lines.indent(index) != exc.problem_mark.column:
        return None  # something after a value on the line: not an indentation mistake
    here = _KEY.match(lines.raw(index))
    before = lines.previous(index)
    if here is None:
        if before is not None and _KEY.match(lines.raw(before)):
            return Hint(index + 1, lines.indent(index) + 1, "this line goes on with the text above but is "
                        "indented less than its field name: indent it further, or put the text on one line")
        return None
    return _misindented(lines, index, here.group(2))


def _misindented(lines: Lines, index: int, name: str) -> Hint | None:
    parent = lines.parent(index)
    if parent is None:
        return None
    sibling = lines.next_content(parent)
    if sibling is None or sibling == index:
        return None
    expected = lines.indent(parent) + _indent_step(lines)
    sibling_name = (_KEY.match(lines.raw(sibling)) or [None, None, "…"])[2]
    if lines.indent(sibling) != expected and lines.indent(index) == expected:
        return Hint(sibling + 1, lines.indent(sibling) + 1, f"`{sibling_name}:` is indented "
                    f"{_spaces(lines.indent(sibling))} but `{name}:` on line {index + 1} is indented {lines.indent(index)}: "
                    f"fields of one item line up; {_indent_to(expected)}")
    return Hint(index + 1, lines.indent(index) + 1, f"`{name}:` is indented {_spaces(lines.indent(index))}, "
                f"which lines up with nothing above; `{sibling_name}:` on line {sibling + 1} is indented "
                f"{lines.indent(sibling)}: {_indent_to(lines.indent(sibling))} to line up")


def _indent_step(lines: Lines) -> int:
    """The file's usual indentation step (2 unless most nested blocks use another)."""
    steps: Counter[int] = Counter()
    for index in range(len(lines)):
        below = lines.next_content(index)
        if below is not None and lines.raw(index).rstrip().endswith(":"):
            step = lines.indent(below) - lines.indent(index)
            if step > 0:
                steps[step] += 1
    return steps.most_common(1)[0][0] if steps else 2
