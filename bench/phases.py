"""Where one `argmap render -f svg` spends its time, phase by phase, in one process (a profile
by timers, run as a subprocess of the benchmark; prints JSON):

    python bench/phases.py MAP.yaml

imports of the command line (typer and argmap's commands), of loading and checking, loading and
checking the map, imports of the drawing code, building the DOT (and within it the proportions
search, with how many estimates it measured), running ``dot``, the SVG's text alternative, and
the last two again side by side, as ``render`` runs them (the outline written while dot works).
"""

from __future__ import annotations

import json
import sys
import time


def main(path: str) -> None:
    marks = [("start", time.perf_counter())]
    from argmap.cli import prepared

    prepared(["render", path, "-f", "svg"], {})  # typer and the render command, as `argmap render` imports them

    marks.append(("command-line imports", time.perf_counter()))
    from argmap.project.opening import open_map

    marks.append(("loading and checking imports", time.perf_counter()))
    amap = open_map(path).map
    marks.append(("loading and checking the map", time.perf_counter()))
    from argmap.drawing import RenderOptions, dotgraph, estimate, fit

    marks.append(("drawing imports", time.perf_counter()))
    search, measured = _counting(fit, estimate)
    source = dotgraph.build_graph(amap, RenderOptions()).source
    marks.append(("building the DOT", time.perf_counter()))
    from argmap.drawing.engine import layout

    svg = layout(source, "svg")
    marks.append(("dot -Tsvg", time.perf_counter()))
    from argmap.drawing.svg import accessible, text_alternative

    accessible(svg, "x", text_alternative(amap, RenderOptions()))
    marks.append(("the SVG's text alternative", time.perf_counter()))
    from argmap.drawing.engine import start

    running = start(source, "svg")  # as render_bytes does it: the outline written while dot works
    accessible(running.result(), "x", text_alternative(amap, RenderOptions()))
    marks.append(("both again, side by side (as render does)", time.perf_counter()))
    phases = {name: round((t - before) * 1000, 1) for (_, before), (name, t) in zip(marks, marks[1:])}
    phases["of which the proportions search"] = round(search[0] * 1000, 1)
    phases["estimates measured"] = measured[0]
    print(json.dumps(phases))


def _counting(fit, estimate):
    """Time spent in fit.fit_page, and how many estimates it measured."""
    spent, measured = [0.0], [0]
    fit_page, measure = fit.fit_page, estimate.Estimate.measure

    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fit_page(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start

    def counted(self, *args, **kwargs):
        measured[0] += 1
        return measure(self, *args, **kwargs)

    fit.fit_page, estimate.Estimate.measure = timed, counted
    return spent, measured


if __name__ == "__main__":
    main(sys.argv[1])
