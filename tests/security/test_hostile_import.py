"""Hostile files given to `argmap import`: nesting bombs, alias bombs, broken encodings,
junk that only looks like a format. A clear message or a map that validates; never a
traceback, never a file written for a refused import."""

from __future__ import annotations

import json

import pytest

from support.hostile import assert_clean_output, snapshot
from support.processes import run_argmap


def _laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(8)]
    return "\n".join(lines) + "\nstatements: *i\narguments: *i\n"


AIF_LOOP = {
    "nodes": [{"nodeID": "1", "text": "a", "type": "I"}, {"nodeID": "2", "text": "RA", "type": "RA"}],
    "edges": [
        {"edgeID": "e", "fromID": "1", "toID": "2"},
        {"edgeID": "f", "fromID": "2", "toID": "1"},
        {"edgeID": "g", "fromID": "2", "toID": "2"},
    ],
}
CASES = {
    # name: (file name, content, --from, expected exit status)
    "json nested 100,000 deep": ("deep.json", "[" * 100_000 + "]" * 100_000, "json", 1),
    "aif nested 50,000 deep": ("deep.json", '{"nodes":' * 50_000 + "1" + "}" * 50_000, "aif", 1),
    "json not utf-8": ("bad.json", b'{"argmap": 1, "title": "caf\xe9"}', "json", 1),
    "json lone surrogate and nul": (
        "s.json",
        '{"argmap": 1, "title": "t\\u0000", "claims": {"a": {"text": "x\\ud800"}}}',
        "json",
        0,
    ),
    "json wrong shapes": ("w.json", '{"argmap": 1, "title": 5, "claims": [1, 2, 3]}', "json", 1),
    "aif junk nodes and edges": (
        "j.json",
        '{"nodes": [{"nodeID": 1}, 7, null], "edges": [{"fromID": 1, "toID": 99}, []]}',
        "aif",
        0,
    ),
    "aif self loops": ("loop.json", json.dumps(AIF_LOOP), "aif", 0),
    "argdown 3,000 nested arguments": (
        "deep.argdown",
        "[a]: x\n" + "".join("  " * i + f"  + <a{i}>: z\n" for i in range(3000)),
        "argdown",
        0,
    ),
    "argdown brackets and nul": ("bad.argdown", "[" * 10_000 + "\n<<<>>>]]]]\n\x00\n", "argdown", 0),
    "carneades recursive alias": ("r.yml", "&a [*a]\n", "carneades", 1),
    "carneades billion laughs": ("b.yml", _laughs(), "carneades", 1),
    "carneades one long text in 2,000 statements": (
        "t.yml",
        "x: &t {text: " + "x" * 50_000 + "}\nstatements:\n" + "".join(f"  s{i}: *t\n" for i in range(2000)),
        "carneades",
        1,
    ),
    "carneades nested 3,000 deep": ("d.yml", "statements: " + "[" * 3000 + "]" * 3000 + "\n", "carneades", 1),
    "carneades python tag": ("p.yml", "statements: !!python/object/apply:os.system [touch pwned]\n", "carneades", 1),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_import(case, tmp_path):
    name, content, fmt, status = CASES[case]
    data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    (tmp_path / name).write_bytes(data)
    before = snapshot(tmp_path)
    done = run_argmap("import", name, "--from", fmt, "-o", "out.yaml", cwd=tmp_path, timeout=120)
    err = done.stderr.decode()
    assert done.returncode == status, err
    assert_clean_output(done.stdout.decode(), err)
    if status == 0:
        assert run_argmap("validate", "out.yaml", cwd=tmp_path).returncode in (0, 1)  # readable YAML
        assert b"yaml-syntax" not in run_argmap("validate", "out.yaml", cwd=tmp_path).stdout
    else:
        assert snapshot(tmp_path) == before and "not imported" in err
    assert not (tmp_path / "pwned").exists()
