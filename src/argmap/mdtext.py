"""The one way a text from a map goes into Markdown: shown literally by every renderer.

A map's texts are untrusted (a cloned repository, a student's submission). Written into
Markdown they must never become markup: a line break would end the list item or start a
new block, ``[x](javascript:…)`` a link, ``{: onmouseover=…}`` an attribute under
Python-Markdown's ``attr_list`` (MkDocs sites), ``<img onerror=…>`` raw HTML. So every
text is put on one line (runs of white space, line breaks included, become one space;
other control characters go) and every character that could start a construct is
neutralised:

- with a backslash where CommonMark, Python-Markdown and pandoc all honour one:
  ``\\ ` * _ { } [ ] ( ) # !``;
- as a numeric character reference otherwise (``< > & | ~ $ ^ @``): Python-Markdown
  shows ``\\<`` with its backslash and would still read the ``<`` as HTML;
- and at the start, what would begin a block there (``-``, ``+``, ``1.``, ``=``, ``:``).

A link destination is kept only when it is ``http``, ``https`` or ``mailto``, and is
percent-encoded so that nothing in it can end the destination early.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BACKSLASHED = re.compile(r"([\\`*_{}\[\]()#!])")
_REFERENCED = re.compile(r"[<>&|~$^@]")
_NUMBERED = re.compile(r"(\d+)\.")
_SCHEMES = re.compile(r"(?:https?://|mailto:)[^\s]", re.IGNORECASE)
# Kept as they are in a destination; everything else (spaces, brackets, parentheses, quotes,
# backslashes, angle brackets, non-ASCII, controls) is percent-encoded.
_URL_SAFE = "/:?#@!$&'*+,;=%-._~"


def one_line(text: str) -> str:
    """The text on one line: white space runs become one space; other controls are dropped."""
    return _CONTROL.sub("", _SPACE.sub(" ", text)).strip()


def markdown_text(text: str | None) -> str:
    """``text`` as inline Markdown that every renderer shows as written, on one line."""
    if not text:
        return ""
    flat = _BACKSLASHED.sub(r"\\\1", one_line(text))
    return _line_start(_REFERENCED.sub(lambda m: f"&#{ord(m.group())};", flat))


def _line_start(text: str) -> str:
    """A text that may begin a line (a cell, a list item) starts no block: ``-``, ``+`` (a
    list or a thematic break), ``1.`` (a numbered list), ``=``, ``:`` (a setext underline,
    a definition) lose their meaning there."""
    numbered = _NUMBERED.match(text)
    if numbered:
        return f"{numbered.group(1)}\\.{text[numbered.end() :]}"
    if text[:1] in ("-", "+"):
        return "\\" + text
    if text[:1] in ("=", ":"):
        return f"&#{ord(text[0])};{text[1:]}"
    return text


def markdown_url(url: str | None) -> str | None:
    """A link destination for ``url``, or None when it is not an http(s) or mailto URL."""
    if not url:
        return None
    url = url.strip()
    if not _SCHEMES.match(url):
        return None
    return quote(url, safe=_URL_SAFE)


def markdown_path(path: str) -> str:
    """A relative path or URL (an image's) as a destination: percent-encoded the same way."""
    return quote(path.strip(), safe=_URL_SAFE)
