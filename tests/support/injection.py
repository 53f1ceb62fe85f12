"""The injection map (tests/cases/injection/payloads.yaml), its harmless twin, and checks that
a parsed web document holds no markup, script or link that came from the map."""

from __future__ import annotations

import re

import yaml

from argmap.loading.loader import load_path, load_text
from argmap.model import ArgumentMap
from support.paths import CASES

PAYLOADS = CASES / "injection" / "payloads.yaml"
TEXT_FIELDS = {
    "title",
    "description",
    "text",
    "quote",
    "note",
    "name",
    "role",
    "label",
    "scheme",
    "author",
    "publisher",
}
FORBIDDEN_ELEMENTS = {
    "script",
    "iframe",
    "object",
    "embed",
    "img",
    "image",
    "foreignobject",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "svg:script",
}


def payload_map() -> ArgumentMap:
    result = load_path(PAYLOADS)
    assert result.problems == []
    return result.map


def twin_map() -> ArgumentMap:
    """The same map with every text replaced by ``x``: the structure any output must keep."""
    data = yaml.safe_load(PAYLOADS.read_text(encoding="utf-8"))

    def plain(node, key=None):
        if isinstance(node, dict):
            return {k: plain(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return ["x" if key == "tags" else plain(v) for v in node]
        return "x" if key in TEXT_FIELDS else node

    result = load_text(yaml.safe_dump(plain(data), sort_keys=False), "twin.yaml")
    assert result.problems == []
    return result.map


def squash(text: str) -> str:
    """Text without any white space: outputs may wrap lines, turn tabs into no-break spaces
    and line breaks into spaces, and that is still the same text."""
    return "".join(ch for ch in text if not ch.isspace())


def every_text(amap: ArgumentMap) -> list[str]:
    texts = [amap.title] + [c.text for c in amap.claims.values()]
    return [t for t in texts if t]


def element_names(root) -> set[str]:
    return {element.tag.rsplit("}", 1)[-1].lower() for element in root.iter() if isinstance(element.tag, str)}


def assert_no_markup_from_the_map(root, twin_root) -> None:
    """``root``, an lxml tree (HTML or SVG) of the payload map, has no kind of element that
    the same output of the harmless twin lacks (so none came from a text), no more scripts,
    no element that runs or fetches anything unless argmap put it there for the twin too,
    no event handler, and no link but http(s), a fragment or a relative file."""
    names, twin_names = element_names(root), element_names(twin_root)
    assert names <= twin_names, f"elements from the map: {names - twin_names}"
    assert not (names & FORBIDDEN_ELEMENTS) - twin_names

    def scripts(tree):
        return sum(1 for e in tree.iter() if isinstance(e.tag, str) and e.tag.rsplit("}", 1)[-1].lower() == "script")

    assert scripts(root) == scripts(twin_root)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1].lower()
            assert not local.startswith("on"), f"{local}={value!r} on <{element.tag}>"
            if local in ("href", "src", "action", "formaction"):
                assert_safe_link(value)


def assert_safe_link(value: str) -> None:
    scheme = re.match(r"\s*([A-Za-z][A-Za-z0-9+.-]*):", value)
    assert scheme is None or scheme.group(1).lower() in ("http", "https"), f"link {value!r}"


# A small map whose texts try to close the HTML page's elements and run script, for the web page's tests.
SCRIPT_MAP = """
    title: "</title><script>window.pwned = 1</script>"
    description: "<img src=x onerror=alert(1)> & more"
    speakers:
      eve: {name: "Eve <b>bold</b>", role: "</script>"}
    claims:
      c:
        text: "Conclusion </script><script>window.pwned = 2</script>"
        speaker: eve
        quote: "a quote with \\"quotes\\" & <tags>"
      p:
        text: "{{ 7 * 7 }} and {% raw %} and ${'$'}{x}"
        supports: c
"""
