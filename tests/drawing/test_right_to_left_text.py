"""Right-to-left maps in the texts beside the diagram: the outline, the alt text, the HTML page."""

from __future__ import annotations

from pathlib import Path

from argmap.drawing.describe import description
from argmap.drawing.outline import format_blocks
from argmap.drawing.outline_walk import outline_lines
from argmap.exporters.html import export
from argmap.loading.loader import load_path

SCRIPTS = Path(__file__).resolve().parents[1] / "cases" / "scripts"
FSI, PDI = "\u2068", "\u2069"


def outline(name: str, fmt: str = "text") -> str:
    return format_blocks(outline_lines(load_path(SCRIPTS / f"{name}.yaml").map), fmt)


def test_arabic_texts_in_the_outline_are_directional_isolates():
    text = outline("arabic")
    amap = load_path(SCRIPTS / "arabic.yaml").map
    for claim in amap.claims.values():
        assert f"{FSI}{claim.text}{PDI}" in text
    assert f"[{FSI}عمر خليل{PDI}]" in text  # the speaker keeps its brackets on the right side
    assert "Because" in text and f"({FSI}مكان للدراسة{PDI})" in text
    assert FSI in outline("hebrew", "markdown")


def test_left_to_right_outlines_are_unchanged():
    for name in ("latin", "japanese", "hindi"):
        assert FSI not in outline(name) and PDI not in outline(name)


def test_the_alt_text_isolates_right_to_left_texts_too():
    alt = description(load_path(SCRIPTS / "hebrew.yaml").map)
    assert f"{FSI}הספרייה צריכה להיות פתוחה ביום שישי בבוקר.{PDI}" in alt


def test_the_html_page_lets_the_browser_find_each_texts_direction():
    page = export(load_path(SCRIPTS / "arabic.yaml").map, {})
    assert '<h1 id="map-title" dir="auto">' in page
    assert all('dir="auto"' in chunk.split(">", 1)[0] for chunk in page.split('class="claim-link"')[1:])
    assert "<bdi>عمر خليل</bdi>" in page
