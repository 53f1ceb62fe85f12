"""Reading the map as a graph from the conclusion down: who points at what, and where to start.

Only arguments whose target exists count as relations here; a dangling id is the
validator's problem, and a teaching view simply leaves that relation out.
"""

from __future__ import annotations

from argmap.model import Argument, ArgumentMap


def incoming(amap: ArgumentMap) -> dict[str, list[Argument]]:
    """Target id -> the arguments aimed at it: supports before attacks, each in model order."""
    result: dict[str, list[Argument]] = {}
    for relation in ("supports", "attacks"):
        for node_id in amap.order:
            arg = amap.arguments.get(node_id)
            if arg is not None and arg.relation == relation and _target_exists(amap, arg):
                result.setdefault(arg.target, []).append(arg)
    return result


def _target_exists(amap: ArgumentMap, arg: Argument) -> bool:
    return arg.target is not None and amap.node(arg.target) is not None


def premise_ids(amap: ArgumentMap) -> set[str]:
    """Claims used as a premise of some argument."""
    return {p for arg in amap.arguments.values() for p in arg.premises}


def roots(amap: ArgumentMap) -> list[str]:
    """Claims that are no argument's premise, in model order: conclusions (something
    points at them) first, then claims connected to nothing."""
    used, targets = premise_ids(amap), {a.target for a in amap.arguments.values()}
    free = [cid for cid in amap.claims if cid not in used]
    return [c for c in free if c in targets] + [c for c in free if c not in targets]


def conclusions(amap: ArgumentMap) -> list[str]:
    """Claims that something supports or attacks and that support or attack nothing."""
    targets = {a.target for a in amap.arguments.values()}
    return [cid for cid in roots(amap) if cid in targets]


def speaker_name(amap: ArgumentMap, speaker_id: str | None) -> str | None:
    """The speaker's name, or the id itself when it names no speaker."""
    if speaker_id is None:
        return None
    speaker = amap.speakers.get(speaker_id)
    return speaker.name if speaker is not None and speaker.name else speaker_id


def speaker_colours(amap: ArgumentMap, theme: str = "default") -> dict[str, tuple[str, str]]:
    """Speaker id -> (fill, border) as the renderer colours their boxes: the theme's palette
    in speaker order, cycled (a test checks that the web page's swatches match the SVG)."""
    from argmap.drawing.themes import THEMES

    palette = THEMES[theme].speakers
    return {sid: palette[i % len(palette)] for i, sid in enumerate(amap.speakers)} if palette else {}
