"""Map texts full of markup, script, DOT syntax, bidi and zero-width characters, emoji
(tests/cases/injection/payloads.yaml) through every drawing and web output, each read back
by a real parser for its format: the texts come through as text, nothing from the map becomes
an element, an attribute, a script or a link, and the document keeps the map's structure."""

from __future__ import annotations

import json
import subprocess

import pytest
from lxml import etree, html

from argmap.drawing import RenderOptions, render_bytes, to_dot
from argmap.exporters import exporter
from support.browser import browser_fixture
from support.injection import assert_no_markup_from_the_map, assert_safe_link, every_text, payload_map, squash, twin_map
from support.markers import require
from support.mermaid import draw

browser = browser_fixture()
XLINK_TITLE = "{http://www.w3.org/1999/xlink}title"


@pytest.fixture(scope="module")
def amap():
    return payload_map()


def _dot_json(source: str) -> dict:
    require("needs_dot")
    done = subprocess.run(["dot", "-Tjson"], input=source.encode(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def _shape(graph: dict) -> tuple:
    objects = sorted((o["name"], o.get("id")) for o in graph.get("objects", []))
    edges = sorted((e["tail"], e["head"], e.get("id")) for e in graph.get("edges", []))
    return objects, edges


def test_dot_parses_with_the_same_nodes_and_edges_as_the_harmless_twin(amap):
    graph = _dot_json(to_dot(amap, RenderOptions()))
    assert _shape(graph) == _shape(_dot_json(to_dot(twin_map(), RenderOptions())))
    labels = {o.get("id"): o.get("label", "") for o in graph["objects"]}
    for cid, claim in amap.claims.items():
        label = etree.fromstring(f"<label>{labels[f'claim-{cid}']}</label>")  # an HTML-like label is XML
        shown = "".join(label.itertext()).replace("\\\\", "\\")  # Graphviz then reads \\ as \
        assert squash(claim.text) in squash(shown), cid


@pytest.fixture(scope="module")
def svg(amap):
    require("needs_dot")
    return render_bytes(amap, RenderOptions(), "svg")


def _xml(data: bytes):
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def test_svg_parses_and_holds_no_markup_from_the_map(svg):
    assert_no_markup_from_the_map(_xml(svg), _xml(render_bytes(twin_map(), RenderOptions(), "svg")))


def test_svg_shows_every_text_and_its_tooltips_carry_it_whole(svg, amap):
    root = etree.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg"}
    nodes = {g.get("id"): g for g in root.iterfind(".//s:g[@class='node']", ns)}
    for cid, claim in amap.claims.items():
        node = nodes[f"claim-{cid}"]
        shown = "".join(t.text or "" for t in node.iterfind(".//s:text", ns))
        assert squash(claim.text) in squash(shown), cid
        tooltips = " ".join(a.get(XLINK_TITLE, "") for a in node.iter("{*}a"))
        assert " ".join(claim.text.split()) in " ".join(tooltips.split()), cid
        for extra in (claim.quote, amap.speakers[claim.speaker].name if claim.speaker else None):
            assert extra is None or " ".join(extra.split()) in " ".join(tooltips.split()), cid
    assert squash(amap.title) in squash("".join(root.itertext()))


@pytest.fixture(scope="module")
def page(amap):
    require("needs_dot")
    return exporter("html").export(amap, {})


def test_html_page_parses_with_only_argmaps_own_scripts(page):
    root = html.document_fromstring(page)
    assert_no_markup_from_the_map(root, html.document_fromstring(exporter("html").export(twin_map(), {})))
    data = root.get_element_by_id("argmap-data")
    assert data.get("type") == "application/json"
    assert json.loads(data.text)["claims"]["c1"]["text"] == "<script>window.pwned=1;alert(1)</script>"


def test_html_page_in_a_browser_runs_nothing_from_the_map(page, amap, browser):
    tab = browser.new_page()
    dialogs = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        tab.set_content(page)
        assert tab.evaluate("typeof window.pwned") == "undefined" and dialogs == []
        assert (
            tab.evaluate("document.querySelectorAll('script').length") == 3
        )  # the map's data, the strengths' data, argmap's script
        assert (
            tab.evaluate(
                "[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                ".some(a => a.name.startsWith('on'))).length"
            )
            == 0
        )
        shown = squash(tab.inner_text("body"))
        for text in every_text(amap):
            assert squash(text) in shown, text
        tab.click("#diagram g.node >> nth=3")  # details on click show texts with textContent
        assert tab.evaluate("typeof window.pwned") == "undefined" and dialogs == []
    finally:
        tab.close()


def test_markdown_read_by_commonmark_has_no_markup_or_script_link(amap):
    from markdown_it import MarkdownIt

    def read(a_map):
        text = exporter("markdown").export(a_map, {"image": "diagram.svg"})
        return html.fragment_fromstring(MarkdownIt("commonmark", {"html": True}).render(text), create_parent="div")

    root = read(amap)
    assert_no_markup_from_the_map(root, read(twin_map()))
    images = list(root.iter("img"))  # argmap's own: the diagram, with the outline as alt text
    assert [i.get("src") for i in images] == ["diagram.svg"]
    assert squash(amap.title) in squash(root.text_content())
    for text in every_text(amap):
        assert squash(text) in squash(images[0].get("alt")), text


@pytest.mark.parametrize(
    "url, linked",
    [
        ("javascript:window.pwned=10", False),
        ("JAVASCRIPT:x", False),
        ("data:text/html,<script>x</script>", False),
        ('https://example.org/a?b=1&c="2"', True),
        ("http://example.org", True),
    ],
)
def test_source_url_is_a_link_only_when_http(amap, url, linked):
    from dataclasses import replace

    from markdown_it import MarkdownIt

    changed = replace(amap, source=replace(amap.source, url=url))
    root = html.fragment_fromstring(
        MarkdownIt("commonmark").render(exporter("markdown").export(changed, {})), create_parent="div"
    )
    links = [a.get("href") for a in root.iter("a")]
    for link in links:
        assert_safe_link(link)
    assert (url in [link.replace("%22", '"') for link in links]) is linked


def test_mermaid_draws_the_texts_as_text(amap, browser):
    drawn, shown = draw(browser, exporter("mermaid").export(amap, {}))
    twin, _ = draw(browser, exporter("mermaid").export(twin_map(), {}))
    # Mermaid's SVG holds HTML labels (<br> in foreignObject): read it as HTML
    assert_no_markup_from_the_map(
        html.fragment_fromstring(drawn, create_parent="div"), html.fragment_fromstring(twin, create_parent="div")
    )
    for claim in amap.claims.values():
        assert squash(claim.text) in squash(shown), claim.text


def test_embedded_figure_and_served_view_hold_no_markup_from_the_map(amap, svg):
    """The same SVG goes into course pages (MkDocs, Sphinx, pandoc) inside a <figure> with a
    caption, and into `argmap serve`'s page through innerHTML."""
    from argmap.embed.html import figure
    from argmap.serve.gallery import svg_element

    twin = twin_map()
    twin_svg = render_bytes(twin, RenderOptions(), "svg").decode()
    page = html.fragment_fromstring(figure(amap, svg.decode(), "m1"), create_parent="div")
    assert_no_markup_from_the_map(page, html.fragment_fromstring(figure(twin, twin_svg, "m1"), create_parent="div"))
    assert squash(amap.title) in squash(page.text_content())
    served = html.fragment_fromstring(svg_element(svg.decode()), create_parent="div")
    assert_no_markup_from_the_map(served, html.fragment_fromstring(svg_element(twin_svg), create_parent="div"))


def test_malformed_ids_drawn_with_force_cannot_become_dot():
    """A backslash at the end of an id used to end the DOT string of its `id` attribute early,
    so that a later text (a tooltip) was read as DOT: here, a node reading a local image."""
    from argmap.loading.loader import load_text

    text = (
        'title: t\nclaims:\n  "a\\\\":\n    text: x\n  "q\\"":\n    text: y\n    supports: "a\\\\"\n'
        '  b:\n    text: \' ] ; evil [image="/etc/hostname" shape=box] ; c [\'\n    supports: "a\\\\"\n'
    )
    result = load_text(text, "ids.yaml")
    assert {p.rule for p in result.problems} == {"schema"} and set(result.map.claims) == {"a\\", 'q"', "b"}
    graph = _dot_json(to_dot(result.map, RenderOptions()))
    assert not any("image" in o for o in graph["objects"])
    assert sorted(o.get("id", "") for o in graph["objects"] if o.get("id", "").startswith("claim-")) == [
        "claim-a%5C",
        "claim-b",
        "claim-q%22",
    ]
