"""MkDocs hooks for argmap's own documentation (``hooks:`` in mkdocs.yml).

Three pages are made at build time from the code, so the site can never show stale text:
``rules.md`` (``argmap rules --markdown`` and each rule's docstring), ``cli.md`` (each
command's ``--help``) and ``gallery.md`` (every map in ``arguments/``, drawn by the argmap
plugin). They exist only in the build, never in ``docs/``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
HELP_WIDTH = 100
_LITERAL = re.compile(r"^(?P<intro>[^\n]*)::\n\n(?P<body>(?:[ \t]+[^\n]*\n|\n)+)", re.MULTILINE)


def on_files(files, config):
    for name, make in (("rules.md", rules_page), ("cli.md", cli_page), ("gallery.md", gallery_page)):
        files.append(File.generated(config, name, content=make()))
    return files


def run_cli(*args: str) -> str:
    """What ``argmap ARGS`` prints, at a fixed width (the same page on every machine)."""
    from typer.testing import CliRunner

    from argmap.cli import app

    result = CliRunner().invoke(app, list(args), terminal_width=HELP_WIDTH, env={"COLUMNS": str(HELP_WIDTH)})
    if result.exit_code != 0:
        raise RuntimeError(f"argmap {' '.join(args)} failed: {result.output}")
    return result.output


def rules_page() -> str:
    from argmap.checking.rules import REGISTRY

    parts = [
        "# Rules\n",
        "What `argmap validate` checks. This page is made from the rules' own "
        "documentation when the site is built (`argmap rules --markdown`, `argmap rules --explain ID`).\n",
        run_cli("rules", "--markdown"),
    ]
    for rule in REGISTRY:
        state = "on by default" if rule.ENABLED_BY_DEFAULT else f"off by default: `--enable {rule.ID}`"
        parts.append(f"## `{rule.ID}`\n\n*{rule.DEFAULT_SEVERITY}, {state}* — {rule.SUMMARY}.\n")
        parts.append(literal_blocks_as_yaml(inspect.cleandoc(rule.__doc__ or "")) + "\n")
    return "\n".join(parts)


def literal_blocks_as_yaml(text: str) -> str:
    """reStructuredText ``Title::`` literal blocks as fenced YAML code blocks."""

    def fence(match: re.Match) -> str:
        body = inspect.cleandoc("\n" + match["body"].rstrip() + "\n")
        return f"{match['intro']}:\n\n```yaml\n{body}\n```\n\n"

    return _LITERAL.sub(fence, text + "\n").rstrip() + "\n"


def cli_page() -> str:
    import typer.main

    from argmap.cli import app

    names = sorted(typer.main.get_command(app).commands)
    parts = [
        "# Command line\n",
        "Each command's `--help`, as printed by the installed argmap when this site was built.\n",
        "```text\n" + run_cli("--help").rstrip() + "\n```\n",
    ]
    for name in names:
        parts.append(f"## argmap {name}\n\n```text\n{run_cli(name, '--help').rstrip()}\n```\n")
    return "\n".join(parts)


def gallery_page() -> str:
    from argmap.loading.loader import load_path

    parts = [
        "# Gallery\n",
        "Every map in the repository's `arguments/` folder, drawn by the argmap "
        "MkDocs plugin when this site was built. Hover a box to read its quote; open "
        "*Text outline* under a map for the same argument as text.\n",
    ]
    for path in sorted((ROOT / "arguments").glob("*.y*ml")):
        loaded = load_path(path)
        title = loaded.map.title if loaded.map and loaded.map.title else path.stem
        parts.append(f"## {title}\n\n`arguments/{path.name}`\n\n```argmap\nfile: ../arguments/{path.name}\n```\n")
    return "\n".join(parts)
