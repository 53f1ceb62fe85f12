"""A self-contained web page of a map: the diagram (inline SVG), speakers, the outline,
details on hover and click, the chain to the conclusion, and buttons that step through
the reveal order (``argmap export FILE --to html -o page.html``).

One file, nothing fetched: the style and the script are inlined, and a Content Security
Policy forbids every other script and any network access. Map texts are escaped by
Jinja2's autoescaping and reach the script only as JSON data (``tojson`` escapes ``<``,
``>``, ``&`` and quotes), which it shows with ``textContent``.

Options (``-O key=value``): ``theme`` (default, print), ``direction`` (BT, TB, LR, RL),
``lang`` (the page's language, default en), ``semantics`` (df-quad, energy or none: the
strength panel with a slider per claim weight; default df-quad, energy on a map with cycles), ``focus`` (a claim or argument id: the page shows
only it and what leads to it) and ``depth`` (with focus: how many argument levels).
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources
from typing import Any

from argmap.drawing.labels import clean
from argmap.drawing.outline_walk import Line, outline_lines
from argmap.drawing.themes import speaker_colours
from argmap.exporters.html_data import page_data
from argmap.model import ArgumentMap
from argmap.version import __version__

SUFFIX = ".html"
REQUIRES = "jinja2"  # pip install 'argmap[html]'


def export(amap: ArgumentMap, options: dict) -> str:
    try:
        import jinja2
    except ImportError:  # pragma: no cover - jinja2 comes with the html extra and the tests
        raise RuntimeError("the html export needs Jinja2: pip install 'argmap[html]'") from None
    from markupsafe import Markup

    drawing = _drawing_options(options)  # first: a bad theme or direction is a ValueError
    amap = _focused(amap, options)
    strength = _strength(amap, options)
    page = resources.files("argmap.exporters") / "page"
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(page.joinpath("page.html").read_text(encoding="utf-8"))
    script = page.joinpath("page.js").read_text(encoding="utf-8")
    if strength:
        script += "\n" + page.joinpath("strength.js").read_text(encoding="utf-8")
    html_page = template.render(
        lang=options.get("lang", "en"),
        version=__version__,
        title=amap.title or "Argument map",
        source=_source(amap),
        description=amap.description,
        speakers=_speakers(amap, drawing.theme),
        symbols=_symbols(amap, drawing),
        svg=Markup(_svg(amap, drawing)),
        outline=[_tree(block) for block in outline_lines(amap)],
        data=page_data(amap),
        strength=strength,
        strength_intro=_strength_intro(strength),
        css=Markup(page.joinpath("page.css").read_text(encoding="utf-8")),
        script=Markup(script),
        script_hash=_csp_hash(script),
    )
    return clean(html_page)  # control characters from a map's texts are not allowed in HTML


def _strength(amap: ArgumentMap, options: dict) -> dict | None:
    """The gradual semantics for the sliders (``-O semantics=df-quad|energy|none``)."""
    from argmap.exporters.strength_data import choose_semantics, strength_data

    semantics = choose_semantics(amap, options.get("semantics"))
    return strength_data(amap, semantics) if semantics else None


def _strength_intro(strength: dict | None) -> str:
    if not strength:
        return ""
    name = {"df-quad": "DF-QuAD", "energy": "quadratic energy"}[strength["semantics"]]
    return (
        f"Strengths from 0 to 1 ({name}, as argmap evaluate --semantics {strength['semantics']} gives them): "
        "each claim starts from its weight and is raised by what supports it, lowered by what attacks it."
    )


def _drawing_options(options: dict):
    """The diagram without its drawn legend (the page has its own)."""
    from argmap.drawing import RenderOptions

    direction = str(options.get("direction", "BT")).upper()
    return RenderOptions(theme=options.get("theme", "default"), direction=direction, legend=False)


def _focused(amap: ArgumentMap, options: dict) -> ArgumentMap:
    """The part of the map that ``focus``/``depth`` ask for (ValueError for a bad one)."""
    from argmap.drawing.parts import focused

    if "focus" not in options:
        if "depth" in options:
            raise ValueError("depth needs focus=ID")
        return amap
    depth = options.get("depth")
    if depth is not None and not (depth.isdigit() and depth.isascii()):
        raise ValueError(f"depth must be a whole number, 0 or more, not {depth!r}")
    return focused(amap, options["focus"], None if depth is None else int(depth))


def _svg(amap: ArgumentMap, drawing) -> str:
    """The diagram, inline, its ids prefixed ``map-``. A group, not an image: its boxes are
    buttons that screen readers and keyboards can reach (the outline below is its text)."""
    from argmap.drawing import render_bytes
    from argmap.drawing.svg import inline_svg

    svg = inline_svg(render_bytes(amap, drawing, "svg").decode("utf-8"), "map", "map-title")
    return _readable(svg.replace(' role="img"', ' role="group"', 1))


_WIDTH = re.compile(r'<svg style="([^"]*)"([^>]*?) width="([\d.]+)pt"')


def _readable(svg: str) -> str:
    """Fitted to the page's width, but never so small that the claims' 12 pt text is under
    12 px (a projector at 1024×768): at most 3/4 of full size, so at least as many CSS px
    wide as the drawing is points; a wider map scrolls in its frame."""
    return _WIDTH.sub(
        lambda m: f'<svg style="{m.group(1)};min-width:{float(m.group(3)):.0f}px"{m.group(2)} width="{m.group(3)}pt"',
        svg,
        count=1,
    )


def _symbols(amap: ArgumentMap, drawing) -> list[tuple[str, str]]:
    """(CSS class of the sample, words) for each symbol the diagram draws, and only those."""
    from argmap.drawing.dotgraph import drawn_features

    shown = drawn_features(amap, drawing)
    symbols = [("line support", "supports")]
    symbols += [("line attack", "attacks")] if shown.attack else []
    symbols += [("dot", "premises that hold only together")] if shown.junction else []
    symbols += [("box named", "a named argument, its scheme in italics")] if shown.caption else []
    symbols += [("box dashed", shown.implicit_words)] if shown.implicit else []
    return symbols + [("box thick", "main conclusion")]


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _source(amap: ArgumentMap) -> str | None:
    src = amap.source
    if src is None:
        return None
    parts = [p for p in (src.title, src.author, src.publisher, src.date) if p]
    return " · ".join(parts) or None


def _speakers(amap: ArgumentMap, theme: str) -> list[dict]:
    """Speakers who say something, with the colours their boxes have in the diagram."""
    colours = speaker_colours(amap, theme)
    used = {c.speaker for c in amap.claims.values()} | {a.speaker for a in amap.arguments.values()}
    return [
        {
            "name": s.name or s.id,
            "role": s.role,
            "fill": colours.get(s.id, ("#ffffff", "#4d4d4d"))[0],
            "border": colours.get(s.id, ("#ffffff", "#4d4d4d"))[1],
        }
        for s in amap.speakers.values()
        if s.id in used
    ]


def _tree(block: list[Line]) -> list[dict]:
    """An outline block as nested items (the template renders them as nested lists)."""
    roots: list[dict] = []
    stack: list[tuple[int, list[dict]]] = [(-1, roots)]
    for line in block:
        item: dict[str, Any] = {
            "lead": _lead(line),
            "text": line.text,
            "claim": line.claim,
            "speaker": line.speaker,
            "implicit": line.implicit,
            "repeated": line.repeated,
            "children": [],
        }
        while stack[-1][0] >= line.depth:
            stack.pop()
        stack[-1][1].append(item)
        stack.append((line.depth, item["children"]))
    return roots


def _lead(line: Line) -> str | None:
    if line.lead is None:
        return None
    words = f"{line.lead}, together" if line.linked else line.lead
    return words + (f" ({line.label})" if line.label else "") + ":"
