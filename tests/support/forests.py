"""Generated forests: maps of many unconnected parts of different sizes, as a debate's
separate threads are (a conclusion, reasons, objections, reasons for those)."""

from __future__ import annotations

import random

WORDS = (
    "tax rent city bus school wage price law vote road rail park clinic power water market council budget housing"
).split()


def forest_yaml(parts: int = 100, seed: int = 1) -> str:
    """A map of ``parts`` unconnected parts of 1 to 7 claims, texts of 4 to 16 words."""
    rng = random.Random(seed)
    lines = ["argmap: 1", f"title: A generated forest of {parts} parts", "claims:"]
    for part in range(1, parts + 1):
        ids: list[str] = []
        for k in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 7])):
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 16)))
            lines += [f"  p{part}-c{k}:", f"    text: {words.capitalize()}."]
            if ids:
                lines.append(f"    {'attacks' if rng.random() < 0.25 else 'supports'}: {rng.choice(ids)}")
            ids.append(f"p{part}-c{k}")
    return "\n".join(lines) + "\n"
