"""The small things a teacher tripped over (issue 21, item 9), each through the command line:
`argmap new`'s $schema is a real path, an unstated objection is called that, a reveal step's
legend names only the speakers shown, the source line keeps its date with it, render says
what it wrote, print attack bars are heavy, argument boxes are readable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from argmap.cli import app

runner = CliRunner()
SVG = "{http://www.w3.org/2000/svg}"
MAP = """title: Should schools ban phones in class?
source:
  title: Phones in the classroom, a long headline that goes on for quite a while to fill the line up
  author: A. Writer
  publisher: The Example Gazette
  date: 2024-05-01
speakers:
  head: {name: Ann Lee, role: Head teacher}
  parent: {name: Bob Stone, role: Parent}
claims:
  ban: {text: Schools should ban phones in class., speaker: head}
  distract: {text: Phones distract pupils from lessons., speaker: head, supports: ban}
  safety: {text: Parents need to reach their children., speaker: parent}
  emergencies: {text: Emergencies cannot wait until the end of the school day., implicit: true}
arguments:
  reach:
    premises: [safety, emergencies]
    attacks: ban
    label: Reaching children
    scheme: practical-reasoning
"""


def write_map(folder: Path) -> Path:
    path = folder / "m.yaml"
    path.write_text(MAP)
    return path


def texts(svg: Path, group_id: str) -> list[tuple[str, str]]:
    """(text, fill) of every text in the SVG group with that id."""
    root = ET.parse(svg).getroot()
    group = next(g for g in root.iter(f"{SVG}g") if g.get("id") == group_id)
    return [("".join(t.itertext()), t.get("fill", "")) for t in group.iter(f"{SVG}text")]


def test_new_points_schema_at_a_file_that_exists(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema/argmap.schema.json").write_text("{}")
    (tmp_path / "arguments").mkdir()
    for name in ("arguments/m.yaml", "elsewhere/m.yaml"):
        if name.startswith("elsewhere"):
            (tmp_path / "schema/argmap.schema.json").unlink()  # no project schema: argmap's own copy
        result = runner.invoke(app, ["new", name])
        assert result.exit_code == 0, result.output
        reference = re.search(r"\$schema=(\S+)", (tmp_path / name).read_text()).group(1)
        assert "://" not in reference and (tmp_path / name).parent.joinpath(reference).resolve().is_file()
    assert "$schema=../schema/argmap.schema.json" in (tmp_path / "arguments/m.yaml").read_text()


def test_an_implicit_objection_is_an_unstated_objection(tmp_path):
    result = runner.invoke(app, ["render", str(write_map(tmp_path)), "-o", str(tmp_path / "m.svg")])
    assert result.exit_code == 0, result.output
    box = [text for text, _ in texts(tmp_path / "m.svg", "claim-emergencies")]
    assert "unstated objection" in box and "unstated premise" not in box
    assert "unstated objection" in [text for text, _ in texts(tmp_path / "m.svg", "legend")]


def test_the_first_reveal_steps_legend_shows_only_its_speakers(tmp_path):
    result = runner.invoke(app, ["reveal", str(write_map(tmp_path)), "--out", str(tmp_path / "steps")])
    assert result.exit_code == 0, result.output
    first, last = sorted((tmp_path / "steps").glob("*.svg"))[0], sorted((tmp_path / "steps").glob("*.svg"))[-1]
    legend = dict(texts(first, "legend"))
    assert legend["Ann Lee"] != "#ffffff" and legend["Bob Stone"] == "#ffffff"  # Bob's boxes come later
    assert dict(texts(last, "legend"))["Bob Stone"] != "#ffffff"


def test_the_source_line_keeps_its_date_with_what_comes_before(tmp_path):
    runner.invoke(app, ["render", str(write_map(tmp_path)), "-o", str(tmp_path / "m.svg")])
    root = ET.parse(tmp_path / "m.svg").getroot()
    graph = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "graph")
    lines = [t.text or "" for t in graph.findall(f"{SVG}text")]
    assert any(line.startswith("Source: ") for line in lines)
    dated = [line for line in lines if "2024-05-01" in line]
    assert dated and dated[0] != "2024-05-01" and dated[0].endswith("The Example Gazette · 2024-05-01")


def test_render_says_on_standard_error_what_it_wrote(tmp_path):
    path = write_map(tmp_path)
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "m.svg")])
    assert result.stderr == f"wrote {tmp_path / 'm.svg'}\n" and result.stdout == ""
    quiet = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "q.svg"), "--quiet"])
    assert quiet.stderr == ""
    piped = runner.invoke(app, ["render", str(path), "-o", "-", "-f", "svg"])
    assert "wrote" not in piped.stderr and piped.stdout.startswith("<?xml")


def test_print_attack_bars_are_heavy_and_argument_boxes_readable(tmp_path):
    path = write_map(tmp_path)
    runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "print.dot"), "--theme", "print"])
    attack = next(line for line in (tmp_path / "print.dot").read_text().splitlines() if "arrowhead=tee" in line)
    assert float(re.search(r"arrowsize=([\d.]+)", attack).group(1)) >= 2
    assert float(re.search(r"penwidth=([\d.]+)", attack).group(1)) >= 2
    runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "m.svg")])
    caption = texts(tmp_path / "m.svg", "arg-reach")
    root = ET.parse(tmp_path / "m.svg").getroot()
    sizes = [
        float(t.get("font-size"))
        for g in root.iter(f"{SVG}g")
        if g.get("id") == "arg-reach"
        for t in g.iter(f"{SVG}text")
    ]
    assert [text for text, _ in caption] == ["Reaching children", "practical reasoning"]
    assert min(sizes) >= 11 and all(fill in ("#1a1a1a", "") for _, fill in caption)


def test_a_long_title_wraps_into_even_lines(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(
        "title: Should the United States strike Syria? Putin's plea for caution\nclaims:\n"
        "  c: C.\n  p: {text: P., supports: c}\n"
    )
    result = runner.invoke(app, ["worksheet", str(path), "--out", str(tmp_path / "ws")])
    assert result.exit_code == 0, result.output
    root = ET.parse(tmp_path / "ws/m-worksheet.svg").getroot()
    title = [t.text for t in root.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert len(title) == 2 and title[-1].endswith("— worksheet") and len(title[-1].split()) > 3, title
