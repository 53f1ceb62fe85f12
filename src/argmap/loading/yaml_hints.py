"""Plain words for the YAML parser's complaints about hand-written maps.

The parser says where it gave up, which is often a line after the mistake and in its own
terms ("mapping values are not allowed in this context"). Here the source lines around its
marks are read to find the usual mistakes — wrong indentation, a forgotten ``text:``, a tab,
an unquoted ``: `` in a text, a list without brackets, no space after ``:``, an unclosed
quote or bracket — and to say, at the line of the mistake, what it is and how to fix it.
An error none of the checks recognises gets None, and the parser's own words are used.
"""

from __future__ import annotations

from argmap.loading.pyyaml import yaml
from argmap.loading.yaml_hint_text import (
    KEY,
    KEY_NO_SPACE,
    KNOWN_FIELDS,
    QUOTE_HINT,
    Hint,
    no_space_hint,
    requoted,
    value_start,
)
from argmap.loading.yaml_indent_hints import expected_key, mapping_value
from argmap.loading.yaml_lines import Lines

_SPECIAL_START = {
    "@": "`@`",
    "`": "a backquote",
    "%": "`%`",
    "*": "`*`",
    "&": "`&`",
    "|": "`|`",
    ">": "`>`",
    "[": "`[`",
    "{": "`{`",
    '"': "a quote",
    "'": "a quote",
}


def explain(text: str, exc: yaml.MarkedYAMLError) -> Hint | None:
    """What went wrong in plain words, at the line of the mistake; None if not recognised."""
    if exc.problem_mark is None:
        return None
    lines = Lines(text)
    for check in (
        _tab,
        _unclosed_quote,
        _unclosed_bracket,
        _special_start,
        _inline_dash,
        _missing_colon,
        mapping_value,
        expected_key,
    ):
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
            return Hint(
                index + 1,
                indent.index("\t") + 1,
                "a tab in the indentation: YAML indents with spaces only; replace the tab with spaces",
            )
    if "tab" in (exc.problem or ""):
        line = exc.problem_mark.line
        return Hint(
            line + 1, exc.problem_mark.column + 1, "a tab where YAML expects spaces; replace the tab with spaces"
        )
    return None


def _unclosed_quote(lines: Lines, exc) -> Hint | None:
    """A quote opened and never closed, whether the reader ran to the end or into a later quote."""
    token = _last_scalar_before(lines.text, exc)
    if "while scanning a quoted scalar" in (exc.context or ""):
        mark = exc.context_mark
    elif (
        token is not None
        and token.style in ('"', "'")
        and token.end_mark.line > token.start_mark.line
        and token.end_mark.line >= exc.problem_mark.line - 1
        and _odd_quotes(lines, token)
    ):
        mark = token.start_mark
    else:
        return None
    quote = lines.raw(mark.line)[mark.column : mark.column + 1] or '"'
    return Hint(
        mark.line + 1,
        mark.column + 1,
        f"the quote {quote} opened here is never closed, so YAML "
        f"reads on into the lines below; end the text with {quote} on this line",
    )


def _odd_quotes(lines: Lines, token) -> bool:
    line = lines.raw(token.start_mark.line)[token.start_mark.column :]
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
    rest = lines.raw(mark.line)[mark.column :]
    if rest.count(opener) > rest.count(closer):
        return Hint(
            mark.line + 1,
            mark.column + 1,
            f"the `{opener}` here is never closed: end the {what} with `{closer}` on the same line",
        )
    return Hint(
        exc.problem_mark.line + 1,
        exc.problem_mark.column + 1,
        f"this {what} in `{opener}…{closer}` "
        f"has something YAML cannot read here; if an item is a text with `,` `:` or "
        f"`{closer}`, {QUOTE_HINT}",
    )


def _special_start(lines: Lines, exc) -> Hint | None:
    """A text that begins with a character YAML gives a meaning: a quote, a bracket, `*`, `&`, `|`…"""
    for mark in (exc.problem_mark, exc.context_mark):
        if mark is None or mark.line != exc.problem_mark.line:
            continue
        raw = lines.raw(mark.line)
        found = value_start(raw)
        if found is None or raw[found[1]] not in _SPECIAL_START:
            continue
        key, column = found
        first = raw[found[1]]
        if first in "\"'":
            return Hint(
                mark.line + 1,
                column + 1,
                f"the text of `{key}` starts with a quoted part, and YAML "
                f"takes only that part as the text; {QUOTE_HINT} as a whole, e.g. "
                f"{key}: {requoted(raw[column:])}",
            )
        return Hint(
            mark.line + 1,
            column + 1,
            f"a text cannot start with {_SPECIAL_START[first]} unless it "
            f"is in quotes (YAML reads it as syntax); {QUOTE_HINT}, e.g. {key}: {requoted(raw[column:])}",
        )
    return None


def _inline_dash(lines: Lines, exc) -> Hint | None:
    if "block sequence entries are not allowed" not in (exc.problem or ""):
        return None
    mark = exc.problem_mark
    key = KEY.match(lines.raw(mark.line))
    name = key.group(2) if key else "the field"
    return Hint(
        mark.line + 1,
        mark.column + 1,
        f"a `- ` item cannot follow `{name}:` on the same line: "
        "write a list as [a, b], or put each `- item` on its own line below; if the `-` "
        f"belongs to a text, {QUOTE_HINT}",
    )


def _missing_colon(lines: Lines, exc) -> Hint | None:
    if "could not find expected ':'" not in (exc.problem or "") or exc.context_mark is None:
        return None
    index = exc.context_mark.line
    raw = lines.raw(index)
    no_space = KEY_NO_SPACE.match(raw)
    if no_space is not None:
        return no_space_hint(index, raw, no_space)
    words = raw.split()
    first = words[0].rstrip(":") if words else ""
    column = len(raw) - len(raw.lstrip()) + 1
    if first in KNOWN_FIELDS or len(words) == 1:
        return Hint(index + 1, column, f"`{first}` has no `:` after it: write `{first}: …`")
    return Hint(
        index + 1,
        column,
        'this line is text without a field name before it: did you forget "text:"? (or the `:` after a field name)',
    )
