"""Loading, checking and drawing one block's map: the same checks and the same SVG as
``argmap render`` (rule settings, theme and direction defaults from ``[tool.argmap]``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argmap.embed.block import Block
from argmap.embed.errors import EmbedError, shown
from argmap.errors import UsageError
from argmap.loading.limits import LAYOUT_TIMEOUT
from argmap.model import ArgumentMap
from argmap.problems import Problem


@dataclass(frozen=True)
class Drawn:
    """A block's map drawn: ``svg`` is exactly what ``argmap render -f svg`` writes."""

    amap: ArgumentMap
    svg: str
    warnings: tuple[Problem, ...]  # problems below error severity, for the adapter to log
    file: Path | None  # the map file, for the adapter's dependency tracking
    visible: ArgumentMap  # only what the drawing shows (focus, depth, step): for the outline


def draw_block(block: Block) -> Drawn:
    """Load, validate and draw; EmbedError for anything that keeps the map from the page."""
    from argmap.drawing import RenderError, render_bytes

    amap, warnings = load_block(block)
    options = render_options(amap, block)
    try:
        svg = render_bytes(amap, options, "svg", timeout=LAYOUT_TIMEOUT).decode("utf-8")
    except RenderError as exc:
        raise EmbedError(str(exc), block.document, block.line) from None
    return Drawn(amap, svg, warnings, block.file, visible_part(amap, options))


def load_block(block: Block) -> tuple[ArgumentMap, tuple[Problem, ...]]:
    """The block's map and its warnings, opened as every command opens a map (project settings);
    EmbedError listing the errors if it has any."""
    from argmap.project.opening import open_map, open_text

    config = _config(block)
    try:
        if block.file is not None:
            checked = open_map(shown(block.file), config)
        else:
            checked = open_text(block.text or "", block.document, config)
    except OSError as exc:
        assert block.file is not None  # only reading a map file raises OSError
        raise EmbedError(
            f"cannot read map file {shown(block.file)}: {exc.strerror}", block.document, block.line
        ) from None
    except UsageError as exc:
        raise EmbedError(str(exc), block.document, block.line) from None
    if checked.has_errors:
        what = f"the map in {shown(block.file)}" if block.file else "the map"
        raise EmbedError(f"{what} has errors, so it is not drawn:", block.document, block.line, list(checked.errors))
    assert checked.map is not None  # has_errors is true when there is no map
    return checked.map, checked.problems


def render_options(amap: ArgumentMap, block: Block):
    """RenderOptions from the block's options, then ``[tool.argmap]``, then the defaults;
    ``step: N`` hides what the reveal has not shown by its N-th step."""
    from argmap.project.drawing_defaults import render_options as render_options_from

    given: dict[str, Any] = {k: v for k, v in block.options.items() if k != "step"}
    focus = given.get("focus")
    if focus is not None and amap.node(focus) is None:
        raise EmbedError(f"option `focus`: the map has no claim or argument `{focus}`", block.document, block.line)
    if "step" in block.options:
        given["hidden"] = _hidden_at(amap, block.options["step"], block)
    try:
        return render_options_from(_config(block), **given)
    except ValueError as exc:
        raise EmbedError(str(exc), block.document, block.line) from None


def visible_part(amap: ArgumentMap, options) -> ArgumentMap:
    """The map cut down to what a drawing with ``options`` shows, so that its outline (the
    figure's description) describes the picture and not the whole map."""
    from dataclasses import replace

    from argmap.drawing.scope import select

    if options.focus is None and not options.hidden:
        return amap
    scope = select(amap, options.focus, options.depth)
    claims = {cid: amap.claims[cid] for cid in scope.claims if cid not in options.hidden}
    arguments = {}
    for aid in scope.arguments:
        arg = amap.arguments[aid]
        premises = tuple(p for p in arg.premises if p in claims)
        if aid not in options.hidden and premises:
            arguments[aid] = replace(arg, premises=premises)
    return replace(amap, claims=claims, arguments=arguments)


def _hidden_at(amap: ArgumentMap, step: int, block: Block) -> frozenset[str]:
    from argmap.steps import all_ids, reveal_steps

    steps = reveal_steps(amap)
    if step > len(steps):
        raise EmbedError(
            f"option `step`: the map is revealed in {len(steps)} steps, so there is no step {step}",
            block.document,
            block.line,
        )
    return all_ids(amap) - steps[step - 1]


def _config(block: Block):
    """``[tool.argmap]`` of the folder the build runs in (as for ``argmap render`` there)."""
    from argmap.project.config import load_config

    try:
        return load_config()
    except UsageError as exc:
        raise EmbedError(str(exc), block.document, block.line) from None
