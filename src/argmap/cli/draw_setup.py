"""What ``render`` and the other drawing commands share: loading a map with its checks,
building RenderOptions from options and ``[tool.argmap]``, writing the result."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from argmap.problems import EXIT_ERRORS, Severity
from argmap.cli.common import usage_error


def load_checked(file: Path, force: bool, verb: str):
    """The map, validated with the project's rule settings; its errors printed and exit 1
    unless ``force``."""
    from argmap.project.files import UsageError
    from argmap.loading.loader import load_path

    try:
        settings = rule_settings()
        result = load_path(file)
    except UsageError as exc:
        raise usage_error(str(exc))
    except OSError as exc:
        raise usage_error(f"{file}: {exc.strerror}")
    from argmap.checking.checker import check_map

    problems = check_map(result, settings)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    for problem in (problems if force else errors):
        typer.echo(str(problem), err=True)
    if result.map is None or (errors and not force):
        hint = "" if result.map is None else f" (--force: {verb} anyway)"
        typer.echo(f"argmap: {file}: not {verb}: the map has errors{hint}", err=True)
        raise typer.Exit(EXIT_ERRORS)
    return result.map


def rule_settings():
    """The validator's Settings from ``[tool.argmap]`` (UsageError when it is wrong)."""
    from argmap.checking.checker import make_settings
    from argmap.project.config import load_config, rule_options

    return make_settings(rule_options(load_config()))


def options_from(**given):
    """RenderOptions from the command's options, then ``[tool.argmap]``, then defaults.
    Raises UsageError (bad config) or ValueError (unknown theme, direction, page)."""
    from argmap.project.config import load_config
    from argmap.drawing import RenderOptions

    config = load_config()
    for key in ("theme", "direction"):
        if given.get(key) is None:
            given[key] = config.get(key, getattr(RenderOptions, key))
    if isinstance(given.get("direction"), str):
        given["direction"] = given["direction"].upper()
    return RenderOptions(**given)


def with_evaluation(amap, options, assume, reject):
    """``options`` with each node marked by its grounded label (``--evaluate``)."""
    from dataclasses import replace

    from argmap.evaluation import OverrideError
    from argmap.evaluation.decorate import evaluation_decorations

    try:
        decorations, legend = evaluation_decorations(amap, assume, reject, options.theme)
    except OverrideError as exc:
        raise usage_error(str(exc))
    return replace(options, decorations={**decorations, **options.decorations},
                   extra_legend=options.extra_legend + legend)


def write_output(target: Path | None, data: bytes) -> None:
    """Standard output when ``target`` is None, else an atomic write (folders created)."""
    from argmap.writing import write_atomic

    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    except OSError as exc:
        typer.echo(f"argmap: {target}: cannot write: {exc.strerror}", err=True)
        raise typer.Exit(EXIT_ERRORS)


LARGE_MAP = 2000  # claims; Graphviz's layout time grows faster than the map (docs: README, Performance)


def warn_if_large(file: Path, amap, options, fmt: str) -> None:
    """A warning on standard error before a layout that will take long: the whole of a map
    of more than LARGE_MAP claims (dot needs tens of seconds to minutes for it)."""
    if fmt == "dot" or options.focus is not None or len(amap.claims) <= LARGE_MAP:
        return
    typer.echo(f"argmap: warning: {file} has {len(amap.claims):,} claims; Graphviz will take long to lay "
               f"out more than {LARGE_MAP:,} (minutes): `--focus CLAIM` draws the part that leads to one "
               "claim", err=True)
