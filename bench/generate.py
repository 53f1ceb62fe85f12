"""Deterministic synthetic maps for the benchmark: several speakers, linked arguments,
rebuttals and undercutters, ~80-character texts.

    python bench/generate.py OUT_DIR [--sizes 50,200,1000,5000] [--course 100]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

WORDS = (
    "policy evidence cost benefit risk school city budget voters safety study data trend "
    "law court market energy climate health access fair public private growth trust"
).split()
SPEAKERS = ("ana", "ben", "chen", "dara", "eli", "fay")


def _text(rng: random.Random, i: int) -> str:
    words = [rng.choice(WORDS) for _ in range(12)]
    return f"Claim {i} -- " + " ".join(words)[:68].rstrip() + "."


def generate(claims: int, seed: int = 1) -> str:
    """A map with ``claims`` claims: a tree of linked arguments under one conclusion, with
    about one attack in six (rebuttals on claims, undercutters on arguments)."""
    rng = random.Random(seed * 100003 + claims)
    lines = [f"title: Synthetic map with {claims} claims", "speakers:"]
    lines += [f"  {s}: Speaker {s.title()}" for s in SPEAKERS]
    lines.append("claims:")
    for i in range(claims):
        lines += [f"  c{i}:", f"    text: {_text(rng, i)}", f"    speaker: {rng.choice(SPEAKERS)}"]
    lines.append("arguments:")
    lines += _arguments(rng, claims)
    return "\n".join(lines) + "\n"


def _arguments(rng: random.Random, claims: int) -> list[str]:
    lines, args, next_claim, targets = [], [], 1, [0]
    while next_claim < claims:
        target = targets[len(args) // 2 % len(targets)] if len(args) > 2 else targets[-1]
        size = min(rng.choice((1, 2, 2, 3)), claims - next_claim)
        premises = [f"c{next_claim + k}" for k in range(size)]
        targets.extend(range(next_claim, next_claim + size))
        next_claim += size
        aid = f"a{len(args)}"
        if rng.random() < 1 / 6 and args:
            relation, goal = "attacks", (rng.choice(args) if rng.random() < 0.4 else f"c{target}")
        else:
            relation, goal = "supports", f"c{target}"
        lines += [
            f"  {aid}:",
            f"    premises: [{', '.join(premises)}]",
            f"    {relation}: {goal}",
            f"    speaker: {rng.choice(SPEAKERS)}",
        ]
        args.append(aid)
    return lines


def tree(claims: int, seed: int = 1) -> str:
    """The issue's shape: a tree of claims, each a two-line sentence with a speaker and one
    relation (four lines of YAML), a fan-out of 3, every seventh relation an attack."""
    rng = random.Random(seed * 7919 + claims)
    lines = [f"title: Tree map with {claims} claims", "speakers:"]
    lines += [f"  {s}: Speaker {s.title()}" for s in SPEAKERS]
    lines.append("claims:")
    for i in range(claims):
        words = " ".join(rng.choice(WORDS) for _ in range(5))
        lines += [f"  t{i}:", f"    text: Claim {i} says the {words} matter.", f"    speaker: {rng.choice(SPEAKERS)}"]
        if i:
            relation = "attacks" if i % 7 == 0 else "supports"
            lines.append(f"    {relation}: t{(i - 1) // 3}")
    return "\n".join(lines) + "\n"


def forest(parts: int, claims: int = 4, seed: int = 1) -> str:
    """``parts`` unconnected little trees: a conclusion and its reasons, nothing between them."""
    rng = random.Random(seed * 104729 + parts)
    lines = [f"title: Forest of {parts} unconnected parts", "speakers:"]
    lines += [f"  {s}: Speaker {s.title()}" for s in SPEAKERS]
    lines.append("claims:")
    for p in range(parts):
        for k in range(claims):
            words = " ".join(rng.choice(WORDS) for _ in range(6))
            lines += [
                f"  f{p}-{k}:",
                f"    text: Part {p} claim {k} says the {words}.",
                f"    speaker: {rng.choice(SPEAKERS)}",
            ]
            if k:
                lines.append(f"    {'attacks' if k == 3 else 'supports'}: f{p}-0")
    return "\n".join(lines) + "\n"


def chain(claims: int, seed: int = 1) -> str:
    """A deep chain: each claim supports the one before it (every seventh attacks it)."""
    rng = random.Random(seed * 31 + claims)
    lines = [f"title: Chain of {claims} claims", "claims:"]
    for i in range(claims):
        words = " ".join(rng.choice(WORDS) for _ in range(5))
        lines += [f"  k{i}:", f"    text: Step {i} holds because the {words} matter."]
        if i:
            lines.append(f"    {'attacks' if i % 7 == 0 else 'supports'}: k{i - 1}")
    return "\n".join(lines) + "\n"


def fan(claims: int, seed: int = 1) -> str:
    """A wide fan: one conclusion and every other claim a reason for it (a seventh against)."""
    rng = random.Random(seed * 37 + claims)
    lines = [f"title: Fan of {claims} claims", "claims:", "  top: The plan is good."]
    for i in range(1, claims):
        words = " ".join(rng.choice(WORDS) for _ in range(5))
        lines += [
            f"  r{i}:",
            f"    text: Reason {i} says the {words} matter.",
            f"    {'attacks' if i % 7 == 0 else 'supports'}: top",
        ]
    return "\n".join(lines) + "\n"


def course(maps: int = 100):
    """(file name, text) of each map of the course repository: 15 to 34 claims each."""
    for i in range(maps):
        yield f"lesson-{i:03d}.yaml", generate(15 + i % 20, seed=i + 7)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="50,200,1000,5000")
    parser.add_argument("--course", type=int, default=100, help="maps in the course repository")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for size in (int(s) for s in args.sizes.split(",")):
        (args.out / f"map-{size}.yaml").write_text(generate(size))
    course = args.out / "course" / "arguments"
    course.mkdir(parents=True, exist_ok=True)
    for name, text in course(args.course):
        (course / name).write_text(text)


if __name__ == "__main__":
    main()
