"""Issue 20, item 7: ``source.text`` passages are never echoed from outside the map's folder,
from the system's special files, or beyond a few words around the misquote."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SECRET = "SECRET-TOKEN-77aa"


def validate(map_path: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", "validate", str(map_path), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def write_map(folder: Path, text_path: str, quote: str) -> Path:
    path = folder / "map.yaml"
    path.write_text(f"title: T\nsource:\n  text: '{text_path}'\nclaims:\n  a:\n    text: A.\n    quote: '{quote}'\n")
    return path


def test_proc_environ_is_refused_and_never_printed(tmp_path: Path) -> None:
    done = validate(
        write_map(tmp_path, "/proc/self/environ", "ARGMAP_PROBE=wrong value here"), env={"ARGMAP_PROBE": SECRET}
    )
    output = done.stdout + done.stderr
    assert SECRET not in output and "special file" in output and "[source-text-missing]" in output


def test_a_text_outside_the_maps_folder_is_checked_but_never_quoted(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text(f"root:x:0:0:{SECRET}:/root:/bin/bash\n")
    folder = tmp_path / "maps"
    folder.mkdir()
    done = validate(write_map(folder, "../secret.txt", "root:x:0:0:SECRET-TOKEN:/root"))
    assert done.returncode == 1 and "[quote-not-found]" in done.stdout
    assert SECRET not in done.stdout and "closest passage" not in done.stdout
    os.symlink(tmp_path / "secret.txt", folder / "linked.txt")  # a link in the folder leads out
    done = validate(write_map(folder, "linked.txt", "root:x:0:0:SECRET-TOKEN:/root"))
    assert done.returncode == 1 and SECRET not in done.stdout
    ok = validate(write_map(folder, "../secret.txt", f"root:x:0:0:{SECRET}:/root"))
    assert ok.returncode == 0  # quotes are still checked against it


def test_a_text_in_the_folder_gets_a_short_passage_even_without_spaces(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(
        "\0".join(f"VAR{i}={SECRET}{i}" for i in range(2000)) + "\nBuses should be cheap for everyone.\n"
    )
    done = validate(write_map(tmp_path, "article.txt", "Buses should be free for everyone."))
    assert 'the closest passage is "Buses should be cheap for everyone."' in done.stdout
    done = validate(write_map(tmp_path, "article.txt", f"VAR7={SECRET}8"))
    passage = done.stdout.split("the closest passage is ", 1)[1].split("[quote-not-found]")[0]
    assert len(passage) < 120 and passage.count(SECRET) <= 2  # NUL separators do not widen it to the file
