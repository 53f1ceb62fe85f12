"""Speed of `argmap evaluate`'s core: grounded on the synthetic maps (linear), preferred on
maps made of mutual attacks (exponential in the worst case), to document the size limits.

    .venv/bin/python bench/evaluate_bench.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from argmap.evaluation import PreferredTooLarge, evaluate
from argmap.loading.loader import load_text
from generate import generate


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def cycles(pairs: int, linked: bool) -> str:
    """``pairs`` two-cycles of claims; ``linked`` chains them (each pair's first claim also
    attacks the next pair's second), so the undecided part is one connected group."""
    lines = ["title: cycles", "claims:"]
    for i in range(pairs):
        extra = f", b{i + 1}" if linked and i + 1 < pairs else ""
        lines.append(f"  a{i}: {{text: A{i}, attacks: [b{i}{extra}]}}")
        lines.append(f"  b{i}: {{text: B{i}, attacks: [a{i}]}}")
    return "\n".join(lines) + "\n"


def main() -> None:
    print("grounded, synthetic maps (bench/generate.py):")
    for size in (200, 1000, 5000):
        amap = load_text(generate(size), "m.yaml").map
        print(
            f"  {size:>5} claims, {len(amap.arguments):>5} arguments: {best_of(5, lambda amap=amap: evaluate(amap)) * 1000:7.1f} ms"
        )
    print("preferred, two-cycles of claims (4 undecided nodes each):")
    for linked in (False, True):
        for pairs in (2, 4, 6, 8, 9, 10, 12):
            amap = load_text(cycles(pairs, linked), "m.yaml").map
            try:
                seconds = best_of(3, lambda amap=amap: evaluate(amap, "preferred"))
                count = len(evaluate(amap, "preferred").labellings)
                result = f"{seconds * 1000:8.1f} ms, {count} preferred labellings"
            except PreferredTooLarge:
                result = "gives up (PreferredTooLarge)"
            print(f"  {'linked' if linked else 'separate':>8} {pairs:>2} pairs ({4 * pairs:>2} undecided): {result}")


if __name__ == "__main__":
    main()
