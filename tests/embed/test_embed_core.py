"""The embedding core: reading a block, the errors it raises, the inline SVG and the figure."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.embed import EmbedError, embed_html, figure, inline_svg, parse_block
from argmap.embed.draw import draw_block
from support.embed import FILE_MAP, INLINE_MAP, assert_shows_map, svg_of


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "canteen.yaml"
    path.write_text(FILE_MAP, encoding="utf-8")
    return path


def test_a_file_block_with_options(map_file: Path) -> None:
    block = parse_block(
        "file: canteen.yaml\nfocus: meat-free\ndepth: 1\nlegend: false\n", "page.md", 7, map_file.parent
    )
    assert block.file == map_file and block.text is None
    assert dict(block.options) == {"focus": "meat-free", "depth": 1, "legend": False}


def test_options_in_an_inline_map_are_blanked_and_lines_kept() -> None:
    content = "title: T\ntheme: print\nclaims:\n  a: A.\n  b: {text: B., supports: a}\n"
    block = parse_block(content, "page.md", 10)
    assert block.options == {"theme": "print"}
    lines = block.text.split("\n")
    assert lines[:9] == [""] * 9  # padded: YAML line numbers are the page's
    assert lines[9:12] == ["title: T", " " * len("theme: print"), "claims:"]


@pytest.mark.parametrize(
    "content, line, message",
    [
        ("file: m.yaml\ncolour: red\n", 2, "unknown key `colour` beside `file:`"),
        ("file: m.yaml\ndepth: -1\n", 1, "option `depth` must be a whole number from 0 on"),
        ("file: m.yaml\nlegend: maybe\n", 1, "option `legend` must be true or false"),
        ("file: ''\n", 1, "`file:` must name a map file"),
    ],
)
def test_malformed_blocks_name_the_page_and_line(content: str, line: int, message: str) -> None:
    with pytest.raises(EmbedError) as caught:
        parse_block(content, "notes/page.md", 1)
    assert str(caught.value).startswith(f"notes/page.md:{line}: argmap block: {message}")


def test_an_inline_map_with_errors_points_into_the_page() -> None:
    content = INLINE_MAP.replace("supports: useful", "supports: usefull")
    with pytest.raises(EmbedError) as caught:
        draw_block(parse_block(content, "notes/page.md", 20))
    message = str(caught.value)
    assert message.startswith("notes/page.md:20: argmap block: the map has errors")
    # `supports: usefull` is line 6 of the block, so line 25 of the page, after 4 spaces
    assert "notes/page.md:25:15: error: unknown target `usefull`" in message


def test_a_missing_file_and_a_wrong_focus(map_file: Path) -> None:
    with pytest.raises(EmbedError, match=r"page.md:3: argmap block: cannot read map file .*nope.yaml"):
        draw_block(parse_block("file: nope.yaml\n", "page.md", 3, map_file.parent))
    with pytest.raises(EmbedError, match="the map has no claim or argument `nobody`"):
        draw_block(parse_block("file: canteen.yaml\nfocus: nobody\n", "page.md", 3, map_file.parent))


def test_the_svg_is_the_one_argmap_render_writes(map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.svg"
    subprocess.run(
        [sys.executable, "-m", "argmap", "render", str(map_file), "-o", str(out), "--theme", "print"], check=True
    )
    drawn = draw_block(parse_block("file: canteen.yaml\ntheme: print\n", "page.md", 1, map_file.parent))
    assert drawn.svg == out.read_text(encoding="utf-8")


def test_inline_svg_drops_the_prolog_and_prefixes_every_id(map_file: Path) -> None:
    svg = draw_block(parse_block("file: canteen.yaml\n", "p.md", 1, map_file.parent)).svg
    inlined = inline_svg(svg, "argmap3")
    assert inlined.startswith("<svg ") and "<?xml" not in inlined and "<!DOCTYPE" not in inlined
    ids = re.findall(r'\sid="([^"]*)"', inlined)
    assert ids and all(i.startswith("argmap3-") for i in ids)
    assert svg_of(inlined).get("role") == "img"
    links = re.findall(r"<a\b[^>]*>", inlined)
    assert links and all('style="text-decoration:none"' in a for a in links)  # themes underline links


def test_two_figures_on_one_page_share_no_id(map_file: Path) -> None:
    first, _ = embed_html(parse_block("file: canteen.yaml\n", "p.md", 1, map_file.parent), "argmap1")
    second, _ = embed_html(parse_block("file: canteen.yaml\n", "p.md", 9, map_file.parent), "argmap2")
    ids = re.findall(r'\sid="([^"]*)"', first + second)
    assert len(ids) == len(set(ids))


def test_the_figure_escapes_text_and_has_caption_and_description(map_file: Path) -> None:
    drawn = draw_block(parse_block("file: canteen.yaml\n", "p.md", 1, map_file.parent))
    html = figure(drawn.amap, drawn.svg, "argmap1")
    assert_shows_map(html, FILE_MAP)
    caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", html, re.S).group(1)
    assert "Should the canteen serve &quot;meat-free Mondays&quot;?" in caption
    assert "School council minutes · 2024-05-06" in caption
    assert 'aria-labelledby="argmap1-caption"' in html
    assert "<not the school>" not in html and "\n\n" not in html  # one raw HTML block


def outline_of(html: str) -> str:
    import html as html_module

    text = re.search(r'<pre id="argmap1-outline"[^>]*>(.*?)</pre>', html, re.S).group(1)
    return html_module.unescape(text)


def test_the_outline_is_the_description_of_the_whole_map(map_file: Path) -> None:
    from argmap.drawing.outline import outline

    html, drawn = embed_html(parse_block("file: canteen.yaml\n", "p.md", 1, map_file.parent), "argmap1")
    assert 'aria-describedby="argmap1-outline"' in html
    assert outline_of(html) == outline(drawn.amap, "text").strip()
    assert "Pupils & parents <not the school>" in outline_of(html)


def test_a_focused_or_stepped_figure_describes_only_what_it_shows(map_file: Path) -> None:
    focused, _ = embed_html(
        parse_block("file: canteen.yaml\nfocus: meat-free\ndepth: 0\n", "p.md", 1, map_file.parent), "argmap1"
    )
    assert "meat-free meals" in outline_of(focused) and "Cutting meat" not in outline_of(focused)
    for step, shown in ((1, False), (2, True)):
        html, _ = embed_html(parse_block(f"file: canteen.yaml\nstep: {step}\n", "p.md", 1, map_file.parent), "argmap1")
        assert ("Cutting meat" in outline_of(html)) is shown
        drawn = [
            g for g in svg_of(html).iter("{http://www.w3.org/2000/svg}g") if g.get("id") == "argmap1-claim-climate"
        ]  # Graphviz leaves invisible nodes out
        assert len(drawn) == (1 if shown else 0), step


def test_a_step_beyond_the_reveal_is_an_error(map_file: Path) -> None:
    with pytest.raises(EmbedError, match="the map is revealed in 3 steps, so there is no step 9"):
        draw_block(parse_block("file: canteen.yaml\nstep: 9\n", "p.md", 1, map_file.parent))
