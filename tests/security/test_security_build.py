"""Issue 20, items 12 and 13 through the real ``argmap build``: no write through a link out of
the output folder, ``--prune`` deletes only what the manifest's hash matches, and builds
into one folder at the same time keep every manifest entry."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MAP = "title: {title}\nclaims:\n  a:\n    text: A.\n    supports: b\n  b: B.\n"


def build(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", "build", "-f", "dot", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_link_in_the_output_folder_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "arguments" / "sub").mkdir(parents=True)
    (tmp_path / "arguments" / "sub" / "evil.yaml").write_text(MAP.format(title="Evil"))
    (tmp_path / "arguments" / "fine.yaml").write_text(MAP.format(title="Fine"))
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "diagrams").mkdir()
    os.symlink("../elsewhere", tmp_path / "diagrams" / "sub")
    done = build(tmp_path)
    assert done.returncode == 1 and "leads out of the output folder" in done.stderr
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert (tmp_path / "diagrams" / "fine.dot").is_file()  # the other maps are still drawn
    manifest = json.loads((tmp_path / "diagrams" / "argmap-manifest.json").read_text())
    assert set(manifest["maps"]) == {"fine.yaml"}


def test_prune_deletes_only_files_whose_hash_the_manifest_records(tmp_path: Path) -> None:
    (tmp_path / "arguments").mkdir()
    (tmp_path / "arguments" / "kept.yaml").write_text(MAP.format(title="Kept"))
    (tmp_path / "arguments" / "gone.yaml").write_text(MAP.format(title="Gone"))
    assert build(tmp_path).returncode == 0
    out = tmp_path / "diagrams"
    (out / "notes.svg").write_text("<svg>the user's own drawing</svg>")
    manifest = json.loads((out / "argmap-manifest.json").read_text())
    manifest["maps"]["cloned.yaml"] = {"digest": "x", "outputs": {"svg": {"path": "notes.svg", "sha256": "0" * 64}}}
    (out / "argmap-manifest.json").write_text(json.dumps(manifest))  # as a cloned repository may bring it
    (tmp_path / "arguments" / "gone.yaml").unlink()
    done = build(tmp_path, "--prune")
    assert "notes.svg: not deleted: not the file argmap wrote" in done.stderr
    assert (out / "notes.svg").read_text() == "<svg>the user's own drawing</svg>"
    assert not (out / "gone.dot").exists() and (out / "kept.dot").exists()  # argmap's own diagram is pruned
    assert set(json.loads((out / "argmap-manifest.json").read_text())["maps"]) == {"kept.yaml"}


def test_concurrent_builds_into_one_folder_keep_every_entry(tmp_path: Path) -> None:
    sources = []
    for name in ("one", "two", "three", "four"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(3):
            (folder / f"{name}-{i}.yaml").write_text(MAP.format(title=f"{name} {i}"))
        sources.append(folder)
    out = tmp_path / "diagrams"
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "argmap", "build", str(src), "--out", str(out), "-f", "dot", "-j", "1"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for src in sources
    ]
    for run in runs:
        run.communicate(timeout=300)
    entries = json.loads((out / "argmap-manifest.json").read_text())["maps"]
    assert set(entries) == {f"{name}-{i}.yaml" for name in ("one", "two", "three", "four") for i in range(3)}
    for src in sources:  # and --check reads them all as fresh (the other folders' maps are only warned of)
        done = subprocess.run(
            [sys.executable, "-m", "argmap", "build", str(src), "--out", str(out), "-f", "dot", "--check"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert "every diagram is up to date" in done.stderr, done.stderr
