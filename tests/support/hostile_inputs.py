"""Generated hostile inputs, each under 1 MB, for the time and memory budget (issue 20): the
shapes the security review found expensive, scaled up to the size limit of the promise."""

from __future__ import annotations

import json
import random
from pathlib import Path

LIMIT = 1_000_000  # bytes: the promise holds for every input below this


def _letters(rng: random.Random, count: int, alphabet: str = "abcdefghij") -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


def suggest_bomb(folder: Path) -> Path:
    """301 claims and a 60,000-character reference ("did you mean" was quadratic in it)."""
    rng = random.Random(2)
    text = "title: T\nclaims:\n" + "".join(f"  c{i}: Claim {i}.\n" for i in range(301))
    text += f"  big:\n    text: Big.\n    supports: {_letters(rng, 60_000)}\n"
    return _write(folder / "suggest.yaml", text)


def many_typos(folder: Path) -> Path:
    """4,000 claims, each supporting a misspelt id of 40 characters."""
    rng = random.Random(3)
    ids = [_letters(rng, 40, "abcdefghijklmnop") for _ in range(4_000)]
    body = "".join(
        f"  {cid}:\n    text: T.\n    supports: {ids[(i + 1) % len(ids)][:-2]}xy\n" for i, cid in enumerate(ids)
    )
    return _write(folder / "typos.yaml", "title: T\nclaims:\n" + body)


def many_claims(folder: Path) -> Path:
    """A valid map of about 14,000 claims in a tree (near 1 MB)."""
    body = "  c0: The conclusion.\n" + "".join(
        f"  c{i}:\n    text: Claim number {i}.\n    supports: c{(i - 1) // 3}\n" for i in range(1, 14_000)
    )
    return _write(folder / "claims.yaml", "title: Many\nclaims:\n" + body)


def long_text(folder: Path) -> Path:
    """One claim whose text is 950 KB of words without a line break."""
    rng = random.Random(4)
    words = " ".join(_letters(rng, rng.randint(2, 9)) for _ in range(140_000))[:950_000]
    return _write(folder / "long.yaml", f"title: Long\nclaims:\n  a:\n    text: {words}\n    supports: b\n  b: B.\n")


def aliases(folder: Path) -> Path:
    """Aliases that repeat a text to just under the default alias limit."""
    text = "title: A\nx: &t " + "word " * 900 + "\nclaims:\n  a:\n    text: *t\n    supports: b\n"
    text += "".join(f"  n{i}:\n    text: *t\n    supports: b\n" for i in range(200)) + "  b: B.\n"
    return _write(folder / "aliases.yaml", text.replace("x: &t", "description: &t"))


def deep(folder: Path) -> Path:
    """Nested 99 levels under a note (just inside the depth limit)."""
    nested = "[" * 98 + "1" + "]" * 98
    return _write(folder / "deep.yaml", f"title: D\nclaims:\n  a:\n    text: A.\n    note: {nested}\n")


def quote_hints(folder: Path) -> Path:
    """A 950 KB source text beside the map and ten misquotes, each getting a closest passage."""
    rng = random.Random(5)
    vocabulary = [_letters(rng, rng.randint(2, 8)) for _ in range(2_000)]
    article = " ".join(rng.choice(vocabulary) for _ in range(170_000))[:950_000]
    (folder / "article.txt").write_text(article)
    lines = ["title: Q", "source:", "  text: article.txt", "claims:", "  end: The end."]
    for i in range(10):
        start = article.index(" ", rng.randrange(0, len(article) - 200)) + 1
        words = article[start : start + 80].split()[:-1]
        words[len(words) // 2] = "zzzq"
        lines += [f"  q{i}:", f"    text: Q {i}.", f'    quote: "{" ".join(words)}"', "    supports: end"]
    return _write(folder / "quotes.yaml", "\n".join(lines) + "\n")


VALIDATE = {
    "suggest": suggest_bomb,
    "typos": many_typos,
    "claims": many_claims,
    "long-text": long_text,
    "aliases": aliases,
    "deep": deep,
    "quote-hints": quote_hints,
}
VALID_MAPS = ("claims", "long-text", "aliases")  # drawn by render -f dot


def aif_unknown(folder: Path) -> Path:
    nodes = [{"nodeID": str(i), "type": "ZZ", "text": "x"} for i in range(19_000)]
    return _write(folder / "unknown.json", json.dumps({"nodes": nodes, "edges": []}, indent=0))


def aif_same_text(folder: Path) -> Path:
    nodes = [{"nodeID": str(i), "type": "I", "text": "the same words"} for i in range(16_000)]
    return _write(folder / "same.json", json.dumps({"nodes": nodes, "edges": []}, indent=0))


def argdown_mentions(folder: Path) -> Path:
    return _write(folder / "mentions.argdown", "[a]: x\n\n" + "@[" * 490_000 + "\n")


def argdown_continuation(folder: Path) -> Path:
    return _write(folder / "lines.argdown", "[a]: x\n\n[b]: start\n" + ("word " * 15 + "\n") * 12_000)


def argdown_laughs(folder: Path) -> Path:
    levels = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{c}: &{c} [{','.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
    )
    return _write(folder / "laughs.argdown", "===\n" + levels + "title: *i\n===\n\n[a]: x\n")


def carneades_laughs(folder: Path) -> Path:
    levels = "".join(f"  {c}: &{c} [{','.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
    text = "meta:\n  a: &a [x,x,x,x,x,x,x,x,x,x]\n" + levels + "  title: *i\nstatements:\n  s: {text: S.}\n"
    return _write(folder / "laughs.yml", text)


def carneades_many(folder: Path) -> Path:
    statements = "".join(f"  s{i}: {{text: Statement {i}.}}\n" for i in range(12_000))
    arguments = "".join(f"  a{i}: {{conclusion: s{i}, premises: [s{i + 1}]}}\n" for i in range(11_999))
    return _write(folder / "many.yml", "meta:\n  title: M\nstatements:\n" + statements + "arguments:\n" + arguments)


def json_many(folder: Path) -> Path:
    claims = {f"c{i}": {"text": f"Claim {i}.", "supports": f"c{(i - 1) // 3}"} for i in range(1, 12_000)}
    claims["c0"] = {"text": "The conclusion."}
    return _write(folder / "many.json", json.dumps({"title": "M", "claims": claims}))


IMPORTS = {
    "aif-unknown": ("aif", aif_unknown),
    "aif-same-text": ("aif", aif_same_text),
    "argdown-mentions": ("argdown", argdown_mentions),
    "argdown-lines": ("argdown", argdown_continuation),
    "argdown-laughs": ("argdown", argdown_laughs),
    "carneades-laughs": ("carneades", carneades_laughs),
    "carneades-many": ("carneades", carneades_many),
    "json-many": ("json", json_many),
}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size < LIMIT, (path.name, path.stat().st_size)
    return path
