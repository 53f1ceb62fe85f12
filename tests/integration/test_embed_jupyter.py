"""Jupyter: a notebook run by nbclient in a real IPython kernel shows the maps' SVG."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.embed import BROKEN_MAP, FILE_MAP, INLINE_MAP, assert_shows_map

nbformat = pytest.importorskip("nbformat", reason="the test extra is not installed")
nbclient = pytest.importorskip("nbclient", reason="the test extra is not installed")
pytest.importorskip("ipykernel", reason="the test extra is not installed")


def run(cells: list[str], cwd: Path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(source) for source in cells])
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}, allow_errors=True
    )
    client.execute()
    return notebook


def shown(cell) -> list[dict]:
    return [out["data"] for out in cell.outputs if out.get("output_type") == "execute_result"]


def test_load_and_the_cell_magic_show_the_svg(tmp_path: Path) -> None:
    (tmp_path / "canteen.yaml").write_text(FILE_MAP, encoding="utf-8")
    notebook = run(
        [
            "import argmap\nargmap.show('canteen.yaml')",
            f"argmap.show({INLINE_MAP!r}, theme='print')",
            "%load_ext argmap",
            "%%argmap\n" + INLINE_MAP,
            "%%argmap\nfile: canteen.yaml\nfocus: meat-free\n",
        ],
        tmp_path,
    )
    cells = notebook.cells
    for index, expected in ((0, FILE_MAP), (1, INLINE_MAP), (3, INLINE_MAP), (4, FILE_MAP)):
        [data] = shown(cells[index])
        assert data["image/svg+xml"].startswith("<svg"), index
        assert_shows_map(data["image/svg+xml"], expected)
        assert_shows_map(data["text/html"], expected)
        assert data["text/html"].startswith('<figure class="argmap"')


def test_a_broken_map_in_a_cell_is_an_error_with_its_line(tmp_path: Path) -> None:
    notebook = run(["%load_ext argmap", "%%argmap\n" + BROKEN_MAP, "import argmap\nargmap.show('nope.yaml')"], tmp_path)
    magic, missing = notebook.cells[1], notebook.cells[2]
    [error] = [out for out in magic.outputs if out.get("output_type") == "error"]
    assert error["ename"] == "EmbedError"
    assert "<cell>:6:15: error: unknown target `usefull`" in error["evalue"]
    assert error["traceback"] == [f"EmbedError: {error['evalue']}"]  # the message, no stack
    [error] = [out for out in missing.outputs if out.get("output_type") == "error"]
    assert error["ename"] == "EmbedError" and "cannot read map file nope.yaml" in error["evalue"]
