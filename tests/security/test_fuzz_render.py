"""Property tests of the drawing and the web page: arbitrary Unicode claim texts give DOT
that `dot` lays out, SVG that a strict XML parser reads and that shows each text, and a
page whose only scripts are argmap's own. Examples: ARGMAP_FUZZ_EXAMPLES / 5 (each runs dot)."""

from __future__ import annotations

import re

import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from lxml import etree, html

from argmap.drawing import RenderOptions, render_bytes
from argmap.exporters import exporter
from argmap.loading.loader import load_text
from support.fuzz import EXAMPLES, FUZZ, NASTY
from support.injection import assert_no_markup_from_the_map, squash
from support.markers import needs_dot

pytestmark = needs_dot
DRAWN = settings(FUZZ, max_examples=max(20, EXAMPLES // 5))
# What XML cannot hold (and the renderer drops): C0 controls but tab and line breaks, DEL,
# surrogates, U+FFFE and U+FFFF.
_UNDRAWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
texts = (
    st.lists(st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(NASTY)), min_size=1, max_size=30)
    .map("".join)
    .filter(lambda t: t.strip())
)


def _map(claim_texts: list[str], title: str):
    claims = {f"c{i}": {"text": text, **({"supports": "c0"} if i else {})} for i, text in enumerate(claim_texts)}
    source = yaml.safe_dump({"title": title, "claims": claims}, allow_unicode=True, sort_keys=False)
    result = load_text(source, "fuzz.yaml")
    assume(result.map is not None and not result.problems)
    assume([c.text for c in result.map.claims.values()] == claim_texts)  # as the author wrote them
    return result.map


_TWIN_PAGE = {}


def _twin_page():
    if "page" not in _TWIN_PAGE:
        _TWIN_PAGE["page"] = html.document_fromstring(exporter("html").export(_map(["x", "y"], "t"), {}))
    return _TWIN_PAGE["page"]


@DRAWN
@given(st.lists(texts, min_size=1, max_size=3), texts)
def test_any_texts_draw_as_svg_that_shows_them(claim_texts, title):
    amap = _map(claim_texts, title)
    svg = render_bytes(amap, RenderOptions(), "svg")  # raises if dot refuses the DOT
    root = etree.fromstring(svg, etree.XMLParser(resolve_entities=False, no_network=True))  # strict XML
    nodes = {g.get("id"): g for g in root.iter("{*}g") if g.get("class") == "node"}
    for cid, claim in amap.claims.items():
        shown = "".join(t.text or "" for t in nodes[f"claim-{cid}"].iter("{*}text"))
        assert squash(_UNDRAWABLE.sub("", claim.text)) in squash(shown), (claim.text, shown)
    assert not any(e.tag.endswith("}script") for e in root.iter() if isinstance(e.tag, str))


@DRAWN
@given(st.lists(texts, min_size=1, max_size=3), texts)
def test_any_texts_make_a_page_with_only_argmaps_own_script(claim_texts, title):
    amap = _map(claim_texts, title)
    page = html.document_fromstring(exporter("html").export(amap, {}))
    assert_no_markup_from_the_map(page, _twin_page())
