"""Shared by the embedding tests: two small maps (one for a file, one written in place) and a
check that a built page holds each map's SVG with every claim's text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import yaml

from support.drawing import SVG, XLINK

# A map kept in a file. Its texts have characters that need escaping in HTML and SVG.
FILE_MAP = """\
title: Should the canteen serve "meat-free Mondays"?
source:
  title: School council minutes
  date: 2024-05-06
speakers:
  head: {name: Ms Okoye, role: Head teacher}
claims:
  meat-free:
    text: The canteen should serve only meat-free meals on Mondays.
    speaker: head
  climate:
    text: Cutting meat one day a week lowers the school's emissions.
    speaker: head
    supports: meat-free
  choice:
    text: Pupils & parents <not the school> should choose what they eat.
    attacks: meat-free
"""

# A map written into the document itself.
INLINE_MAP = """\
title: Is homework useful?
claims:
  useful: Homework helps pupils learn.
  practice:
    text: Practice spaced over days is remembered longer.
    supports: useful
"""

# The same inline map with a reference to a claim that does not exist (line 5 of the block).
BROKEN_MAP = INLINE_MAP.replace("supports: useful", "supports: usefull")


def claim_texts(map_yaml: str) -> dict[str, str]:
    claims = yaml.safe_load(map_yaml)["claims"]
    return {cid: (value if isinstance(value, str) else value["text"]) for cid, value in claims.items()}


def figures(html: str) -> list[str]:
    """The argmap figures of a page, in order."""
    return re.findall(r'<figure class="argmap".*?</figure>', html, re.S)


def svg_of(figure: str) -> ET.Element:
    match = re.search(r"<svg\b.*?</svg>", figure, re.S)
    assert match, "the figure has no inline SVG"
    return ET.fromstring(match.group(0))


def assert_shows_map(figure: str, map_yaml: str) -> None:
    """Every claim of ``map_yaml`` is a node of the figure's SVG whose drawn lines, joined,
    are the claim's text, and whose tooltip holds the full text."""
    root = svg_of(figure)
    nodes = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("class") == "node"}
    for cid, text in claim_texts(map_yaml).items():
        matches = [g for gid, g in nodes.items() if gid.endswith(f"-claim-{cid}")]
        assert len(matches) == 1, f"claim {cid} is not drawn once: {sorted(nodes)}"
        lines = ["".join(t.itertext()) for t in matches[0].iter(f"{SVG}text")]
        assert " ".join(lines).startswith(text), (cid, lines)
        titles = [a.get(f"{XLINK}title") or "" for a in matches[0].iter(f"{SVG}a")]
        assert any(text in title for title in titles), (cid, titles)
