"""Text widths from the fonts' advance widths, and UAX #14 line breaking, in several scripts."""

from __future__ import annotations

import pytest

from argmap.drawing import measure
from argmap.drawing.bidi import direction, is_rtl
from argmap.drawing.labels import claim_label, wrap
from argmap.drawing.themes import DEFAULT

JAPANESE = "運賃を無料にすれば、バスに乗る人が増えて、道路の渋滞が減り、空気もきれいになるだろう。"
ARABIC = "إذا أصبحت الحافلات مجانية، فسيستخدمها عدد أكبر من الناس بدلاً من السيارات الخاصة."
HINDI = "अगर बसें मुफ़्त हों, तो ज़्यादा लोग कार छोड़कर बस से सफ़र करेंगे और सड़कें खाली होंगी।"


def test_an_ideograph_is_an_em_wide_and_latin_letters_have_their_own_widths():
    assert measure.width("語", 12) == pytest.approx(12.0)
    assert measure.width("i", 12) < measure.width("m", 12)
    assert measure.width("mmmm", 10) == pytest.approx(4 * measure.width("m", 10))
    assert measure.width("Word", 12, bold=True) > measure.width("Word", 12)


def test_combining_marks_take_no_width_of_their_own():
    assert measure.width("e\u0301", 12) == pytest.approx(measure.width("e", 12))
    assert measure.width("\u064e", 12) == 0  # Arabic fatha


def test_the_table_holds_the_widths_fonttools_reads_from_the_fonts():
    """The shipped table is current: a few characters per script, read again from the fonts."""
    from fontTools.ttLib import TTFont

    fonts = {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "AgЖжΩωשא،",
        "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf": "अकमह",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf": "語あア中",
    }
    for path, chars in fonts.items():
        font = TTFont(path, lazy=True)
        cmap, units = font.getBestCmap(), font["head"].unitsPerEm
        for char in chars:
            expected = font["hmtx"].metrics[cmap[ord(char)]][0] / units * 12
            assert measure.width(char, 12) == pytest.approx(expected, abs=0.02), (char, path)


def test_japanese_breaks_between_ideographs_and_keeps_punctuation_attached():
    lines = wrap(JAPANESE)
    assert len(lines) >= 3, lines
    assert "".join(lines) == JAPANESE
    limit = measure.chars_width(32)
    assert all(measure.width(line) <= limit for line in lines)
    assert not any(line[0] in "、。" for line in lines)  # never at a line's start (UAX #14 LB13)


def test_opening_brackets_stay_with_what_follows():
    text = "あ" * 15 + "「バスは無料」と市長は言った。"
    for line in wrap(text):
        assert not line.endswith("「"), line


@pytest.mark.parametrize(
    "text",
    [
        ARABIC,
        HINDI,
        "Без платы за проезд автобусы ходили бы быстрее и чаще.",
        "Χωρίς εισιτήρια τα λεωφορεία θα κινούνταν γρηγορότερα.",
    ],
)
def test_space_separated_scripts_break_at_spaces_only(text):
    lines = wrap(text)
    assert len(lines) >= 2
    assert " ".join(lines) == text
    assert all(measure.width(line) <= measure.chars_width(32) for line in lines[:-1] if " " in line)


def test_a_word_wider_than_the_line_keeps_a_line_of_its_own():
    assert wrap("a " + "x" * 80 + " b") == ["a", "x" * 80, "b"]


def test_latin_wraps_to_about_the_width_it_always_had():
    text = "Without fares to collect, buses board faster and keep closer to their timetables."
    assert [len(line) for line in wrap(text)] == [31, 31, 17]


def test_direction_follows_the_first_strong_character():
    assert is_rtl(ARABIC) and is_rtl("שלום עולם") and is_rtl("«١٢» قال")
    assert not is_rtl(JAPANESE) and not is_rtl(HINDI) and not is_rtl("123")
    assert direction("Hello עולם") == "ltr" and direction("עולם Hello") == "rtl"


def test_a_right_to_left_claim_and_its_speaker_line_are_aligned_right():
    label = claim_label(ARABIC, "Layla", implicit=False, mark=None, style=DEFAULT.text)
    assert label.count(' ALIGN="RIGHT"') == 2 and 'ALIGN="LEFT"' not in label
    latin = claim_label("Buses", "Layla", implicit=False, mark=None, style=DEFAULT.text)
    assert 'ALIGN="RIGHT"' not in latin


def test_validate_loads_no_text_measuring_and_drawing_renders_latin_without_uniseg():
    """Start-up time: `argmap validate` never imports the width table's module or uniseg, and a
    map without CJK text is drawn without importing uniseg (~60 ms) either."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, runpy; sys.argv = ['argmap', 'validate', {path!r}];\n"
        "try: runpy.run_module('argmap', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('uniseg', 'fontTools', 'uharfbuzz', 'resvg_py')"
        " or m in ('argmap.drawing.measure', 'argmap.drawing.html_label', 'argmap.drawing.html_label_svg')))"
    )
    seed = str(root / "arguments" / "fare-free-buses.yaml")
    done = subprocess.run([sys.executable, "-c", code.format(path=seed)], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
    draw = (
        "import sys; from argmap.loading.loader import load_path; from argmap.drawing import to_dot;"
        f"to_dot(load_path({seed!r}).map); print('uniseg' in sys.modules, 'argmap.drawing.measure' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", draw], capture_output=True, text=True).stdout.split() == [
        "False",
        "True",
    ]


def test_right_to_left_lines_are_embedded_so_svg_viewers_keep_their_full_stop_on_the_left():
    label = claim_label(ARABIC, "Layla", implicit=False, mark=None, style=DEFAULT.text)
    body = label.split("<TD", 2)[1]
    lines = body.split(">", 1)[1].split("</TD>")[0].split("<BR/>")
    assert len(lines) >= 2 and all(line.startswith("\u202b") and line.endswith("\u202c") for line in lines)
    assert "\u202b" not in claim_label("Buses. (Really.)", None, implicit=False, mark=None, style=DEFAULT.text)


@pytest.mark.parametrize(
    "text",
    [
        "Fare-free buses would carry more people, and the roads would be less crowded at rush hour.",
        JAPANESE,
        ARABIC,
        HINDI,
        "a " + "x" * 80 + " b",
        "e\u0301" * 300 + " " + "word " * 200,  # long runs of marks without width of their own
        "",
    ],
)
def test_each_line_comes_with_the_width_measuring_it_gives(text):
    """The label's lines and the box's size come from one wrap: the same lines as ``wrap``,
    and each width exactly what ``width`` measures for that line."""
    lines, widths = measure.wrap_widths(text, measure.chars_width(32), 12)
    assert list(lines) == wrap(text)
    assert list(widths) == [measure.width(line, 12) for line in lines]


def test_closing_punctuation_stays_with_the_word_before_it():
    assert measure.break_units("Buses , free . (ok) x") == ["Buses , ", "free . ", "(ok) ", "x"]
    assert measure.break_units("Buses … free") == ["Buses … ", "free"]
