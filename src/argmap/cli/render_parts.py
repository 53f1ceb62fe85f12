"""``argmap render --split-parts``: one diagram per unconnected part of a map."""

from __future__ import annotations

from pathlib import Path

import typer

from argmap.problems import EXIT_ERRORS, EXIT_OK


def part_name(stem: str, number: int, total: int, fmt: str) -> str:
    """``<stem>-part01.svg``: at least two digits, more when there are 100 parts or more."""
    return f"{stem}-part{number:0{max(2, len(str(total)))}d}.{fmt}"


def render_parts(file: Path, amap, options, fmt: str, folder: Path, timeout: float, engine: str) -> int:
    """Writes each part's diagram into ``folder``, in order; the exit status (1 if one failed:
    the parts before it are written, none after it)."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    from argmap.cli.draw_setup import write_output
    from argmap.drawing import RenderError, render_bytes
    from argmap.drawing.parts import part_map, parts

    def draw(number: int) -> tuple[bytes, list[str]] | RenderError:
        notes: list[str] = []
        try:
            return render_bytes(
                part_map(amap, number), options, fmt, timeout=timeout, engine=engine, notes=notes
            ), notes
        except RenderError as exc:
            return exc

    total = len(parts(amap))
    names = [part_name(file.stem, n, total, fmt) for n in range(1, total + 1)]
    # Each part's DOT is built while dot lays out the parts before it, as many at once as CPUs.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for number, (name, drawn) in enumerate(zip(names, pool.map(draw, range(1, total + 1))), 1):
            if isinstance(drawn, RenderError):
                pool.shutdown(cancel_futures=True)
                typer.echo(f"argmap: part {number}: {drawn}", err=True)
                return EXIT_ERRORS
            data, notes = drawn
            for note in notes:
                typer.echo(f"argmap: warning: part {number}: {note}", err=True)
            write_output(folder / name, data)
    typer.echo(f"wrote {total} part{'s' if total != 1 else ''} to {folder}/ ({names[0]} … {names[-1]})")
    return EXIT_OK
