"""What ``render`` and the other drawing commands share: RenderOptions from options and
``[tool.argmap]``, the evaluation marks, writing the result. Maps are opened by ``cli.maps``."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from argmap.cli.common import say, usage_error
from argmap.problems import EXIT_ERRORS


def rule_settings():
    """The checker's Settings from ``[tool.argmap]`` (UsageError when it is wrong)."""
    from argmap.cli.common import project_config
    from argmap.project.opening import rule_settings as settings_of

    return settings_of(project_config())


def options_from(**given):
    """RenderOptions from the command's options, then ``[tool.argmap]``, then defaults.
    Raises ValueError (unknown theme, direction, page)."""
    from argmap.cli.common import project_config
    from argmap.project.drawing_defaults import render_options

    return render_options(project_config(), **given)


def with_evaluation(amap, options, assume, reject, semantics: str = "grounded", file=None):
    """``options`` with each node marked by its label or strength (``--evaluate``); every
    box stays where the plain drawing puts it."""
    from dataclasses import replace

    from argmap.drawing.evaluated import evaluation_decorations
    from argmap.evaluation import OverrideError
    from argmap.evaluation.gradual import CyclicMap, NoFixedPoint

    if semantics in ("df-quad", "energy") and (assume or reject):
        raise usage_error(
            f"--assume/--reject apply to grounded and preferred; with {semantics}, change a claim's `weight` instead"
        )
    try:
        decorations, samples = evaluation_decorations(amap, assume, reject, options.theme, semantics)
    except OverrideError as exc:
        raise usage_error(str(exc))
    except (CyclicMap, NoFixedPoint) as exc:
        say(f"argmap: {file}: {exc}")
        raise typer.Exit(1)
    return replace(
        options,
        decorations={**decorations, **options.decorations},
        key_samples=options.key_samples + samples,
        keep_layout=True,
    )


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
        say(f"argmap: {target}: cannot write: {exc.strerror}")
        raise typer.Exit(EXIT_ERRORS)


LARGE_MAP = 2000  # claims; Graphviz's layout time grows faster than the map (docs/performance.md)


def warn_if_large(file: Path, amap, options, fmt: str) -> None:
    """A warning on standard error before a layout that will take long: the whole of a map
    of more than LARGE_MAP claims (dot needs tens of seconds to minutes for it)."""
    if fmt == "dot" or options.focus is not None or len(amap.claims) <= LARGE_MAP:
        return
    say(
        f"argmap: warning: {file} has {len(amap.claims):,} claims; Graphviz will take long to lay "
        f"out more than {LARGE_MAP:,} (minutes): `--focus CLAIM` draws the part that leads to one "
        "claim"
    )
