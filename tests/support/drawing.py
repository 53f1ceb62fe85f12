"""Shared by the renderer's tests: fixture maps and SVG inspection."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from argmap.loading.loader import load_path
from support.paths import FIXTURES as ALL_FIXTURES

FIXTURES = ALL_FIXTURES / "render"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def fixture_map(name: str):
    result = load_path(FIXTURES / f"{name}.yaml")
    assert result.map is not None, result.problems
    return result.map


def svg_groups(svg: bytes, cls: str = "node") -> dict[str, ET.Element]:
    """The SVG's <g class=cls> elements by id."""
    root = ET.fromstring(svg)
    return {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("class") == cls}


def texts(element: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in element.iter(f"{SVG}text")]


def tooltips(element: ET.Element) -> list[str]:
    return [a.get(f"{XLINK}title") for a in element.iter(f"{SVG}a") if a.get(f"{XLINK}title")]
