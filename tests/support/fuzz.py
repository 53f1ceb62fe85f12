"""Hypothesis strategies for map-like YAML: near-valid maps, broken on purpose.

``ARGMAP_FUZZ_EXAMPLES`` sets how many examples each property tries (default 150, enough
for every run of the suite); for a long hunt: ``ARGMAP_FUZZ_EXAMPLES=20000 ./dev test
tests/security/test_fuzz.py``. Failures found are kept in ``.hypothesis/`` and replayed first.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("ARGMAP_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 150,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
)

FIELDS = [
    "argmap",
    "title",
    "description",
    "source",
    "speakers",
    "claims",
    "arguments",
    "steps",
    "text",
    "speaker",
    "quote",
    "implicit",
    "tags",
    "note",
    "supports",
    "attacks",
    "assumed",
    "premises",
    "label",
    "scheme",
    "name",
    "role",
    "url",
    "date",
    "author",
    "<<",
]
IDS = ["a", "b", "c", "conclusion", "r1", "x-y", "A_1", "1", "a.b", "bad id"]
# Characters that break YAML, DOT, XML, HTML, Markdown, Mermaid or terminals when unescaped.
NASTY = [
    '"',
    "'",
    "\\",
    "<",
    ">",
    "&",
    "{",
    "}",
    "|",
    "[",
    "]",
    "#",
    ":",
    "*",
    "!",
    "%",
    "@",
    "`",
    "\n",
    "\r",
    "\t",
    "\x00",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\ud800",
    "😀",
    "👩‍👩‍👧",
    "ﷺ",
    "ש",
    "]]>",
    "<script>",
    "-->",
    "javascript:",
    "&amp;",
    "---",
    "...",
    "- ",
    "? ",
    "&x ",
    "*x",
    "!!python/object:os.system",
    "!tag",
    "~",
    "null",
    "yes",
]

plain_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
scalars = st.one_of(
    st.sampled_from(IDS),
    st.sampled_from(NASTY),
    plain_text,
    st.lists(st.sampled_from(NASTY + IDS), max_size=6).map("".join),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
)


def _documents():
    """Python data shaped like a map (known keys, ids, nested claims and arguments)."""
    leaf = scalars
    value = st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELDS + IDS), inner, max_size=5)
        ),
        max_leaves=25,
    )
    claim = st.one_of(scalars, st.dictionaries(st.sampled_from(FIELDS), value, max_size=6))
    claims = st.dictionaries(st.sampled_from(IDS) | plain_text, claim, max_size=6)
    argument = st.dictionaries(
        st.sampled_from(["premises", "supports", "attacks", "label", "scheme", "speaker"]),
        st.one_of(st.sampled_from(IDS), st.lists(st.sampled_from(IDS), max_size=3), value),
        max_size=5,
    )
    top = st.fixed_dictionaries(
        {"title": scalars, "claims": st.one_of(claims, value)},
        optional={
            "argmap": st.sampled_from([1, 2, "1", None]),
            "description": scalars,
            "speakers": st.dictionaries(st.sampled_from(IDS), st.one_of(scalars, value), max_size=3),
            "arguments": st.dictionaries(st.sampled_from(IDS), argument, max_size=4),
            "source": st.dictionaries(st.sampled_from(FIELDS), scalars, max_size=4),
            "steps": st.lists(st.one_of(st.sampled_from(IDS), st.lists(st.sampled_from(IDS))), max_size=4),
        },
    )
    return st.one_of(top, value)


def _dump(data, flow: bool, width: int, unicode: bool) -> str:
    import yaml

    return yaml.safe_dump(data, default_flow_style=flow, width=width, allow_unicode=unicode, sort_keys=False)


@st.composite
def yaml_documents(draw) -> str:
    """Map-like YAML text, then a few edits that may break it: characters inserted or
    removed, anchors, aliases and tags, indentation, line endings."""
    text = _dump(draw(_documents()), draw(st.booleans()), draw(st.sampled_from([20, 80, 10_000])), draw(st.booleans()))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "anchor", "alias", "indent", "crlf"]))
        if edit == "insert":
            text = text[:at] + draw(st.sampled_from(NASTY)) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)) :]
        elif edit == "anchor":
            text = text[:at] + f"&{draw(st.sampled_from(['x', 'y']))} " + text[at:]
        elif edit == "alias":
            text = text[:at] + f"*{draw(st.sampled_from(['x', 'y']))}" + text[at:]
        elif edit == "indent":
            text = text[:at] + draw(st.sampled_from(["  ", "\t", "\n  ", "\n"])) + text[at:]
        else:
            text = text.replace("\n", "\r\n")
    return text
