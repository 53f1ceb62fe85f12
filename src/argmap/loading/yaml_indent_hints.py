"""Hints for YAML's indentation complaints ("mapping values are not allowed here", "did not
find expected key"): a field indented further or less than its siblings, a text left without
``text:``, no space after ``:``, a text's continuation indented less than its field."""

from __future__ import annotations

import re
from collections import Counter

from argmap.loading.yaml_hint_text import (
    KEY,
    KEY_NO_SPACE,
    KNOWN_FIELDS,
    QUOTE_HINT,
    Hint,
    indent_to,
    no_space_hint,
    quoted_example,
    spaces,
)
from argmap.loading.yaml_lines import Lines

MAX_KEY = 1024  # YAML reads no longer key on one line


def mapping_value(lines: Lines, exc) -> Hint | None:
    """``mapping values are not allowed here``: a `: ` inside a text, or a field after a text
    that YAML read on from the line before (no ``text:``, no space after ``:``, too far in)."""
    if "mapping values are not allowed" not in (exc.problem or ""):
        return None
    mark = exc.problem_mark
    raw = lines.raw(mark.line)
    key = KEY.match(raw)
    if key is not None and len(key.group(2)) > MAX_KEY:
        return None  # YAML's own limit on a key's length: the parser's words say it
    if key is None or key.end() - 1 != mark.column:
        return Hint(
            mark.line + 1,
            mark.column + 1,
            f"`: ` inside a text, which YAML reads as the start of a field; {QUOTE_HINT}, e.g. {quoted_example(raw)}",
        )
    return _field_after_text(lines, mark.line, key)


def _field_after_text(lines: Lines, index: int, key: re.Match) -> Hint:
    name, indent = key.group(2), len(key.group(1))
    before = lines.previous(index)
    if before is None:
        return Hint(index + 1, indent + 1, f"`{name}:` cannot start a field here")
    raw = lines.raw(before)
    no_space = KEY_NO_SPACE.match(raw)
    if no_space is not None and not KEY.match(raw):
        return no_space_hint(before, raw, no_space)
    above = KEY.match(raw)
    if lines.indent(index) > lines.indent(before) and above is not None:
        if above.group(2) not in KNOWN_FIELDS and name in KNOWN_FIELDS:
            return Hint(
                before + 1,
                lines.indent(before) + 1,
                f"`{above.group(2)}` has its text on the same "
                f'line, so it cannot also have `{name}:` below: did you forget "text:"? Write '
                f"`{above.group(2)}:` alone, then `text: …` and `{name}: …` under it",
            )
        return Hint(
            index + 1,
            indent + 1,
            f"`{name}:` is indented further than `{above.group(2)}:` on line "
            f"{before + 1}, so YAML reads it as part of that text; fields of one item line up: "
            f"{indent_to(lines.indent(before))}",
        )
    start = lines.text_start(before)
    return Hint(
        start + 1,
        lines.indent(start) + 1,
        "this text has no field name before it, so YAML reads "
        f'it and `{name}:` below as one text: did you forget "text:"? Write `text: …`',
    )


def expected_key(lines: Lines, exc) -> Hint | None:
    """``did not find expected key``: a line indented to no level of the block it is in."""
    if "did not find expected key" not in (exc.problem or ""):
        return None
    index = exc.problem_mark.line
    if lines.indent(index) != exc.problem_mark.column:
        return None  # something after a value on the line: not an indentation mistake
    here = KEY.match(lines.raw(index))
    before = lines.previous(index)
    if here is None:
        if before is not None and KEY.match(lines.raw(before)):
            return Hint(
                index + 1,
                lines.indent(index) + 1,
                "this line goes on with the text above but is "
                "indented less than its field name: indent it further, or put the text on one line",
            )
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
    sibling_name = (KEY.match(lines.raw(sibling)) or [None, None, "…"])[2]
    if lines.indent(sibling) != expected and lines.indent(index) == expected:
        return Hint(
            sibling + 1,
            lines.indent(sibling) + 1,
            f"`{sibling_name}:` is indented "
            f"{spaces(lines.indent(sibling))} but `{name}:` on line {index + 1} is indented {lines.indent(index)}: "
            f"fields of one item line up; {indent_to(expected)}",
        )
    return Hint(
        index + 1,
        lines.indent(index) + 1,
        f"`{name}:` is indented {spaces(lines.indent(index))}, "
        f"which lines up with nothing above; `{sibling_name}:` on line {sibling + 1} is indented "
        f"{lines.indent(sibling)}: {indent_to(lines.indent(sibling))} to line up",
    )


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
