"""What a drawing shows that its legend explains (``legend.Features``): speakers and their
colours, attacks, unstated premises and what they are called, junction dots and caption
boxes, numbered parts. Read from the Drawing once its nodes and lines are added."""

from __future__ import annotations

from argmap.drawing.legend import Features
from argmap.drawing.nodes import Drawing
from argmap.graph import unstated_label


def features_of(drawing: Drawing) -> Features:
    amap, scope, options = drawing.amap, drawing.scope, drawing.options
    drawn = {amap.claims[c].speaker for c in scope.claims}
    shown = {amap.claims[c].speaker for c in scope.claims if not drawing.is_hidden(c)}
    speakers = (
        tuple((s.name or s.id, s.role, drawing.colours.get(s.id)) for s in amap.speakers.values() if s.id in drawn)
        if options.speakers
        else ()
    )
    unshown = frozenset(s.name or s.id for s in amap.speakers.values() if s.id in drawn - shown)
    args = [amap.arguments[a] for a in scope.arguments]
    return Features(
        speakers=speakers,
        unshown=unshown if options.speakers else frozenset(),
        attack=any(a.is_attack for a in args),
        implicit=any(amap.claims[c].implicit for c in scope.claims),
        implicit_words=_implicit_words(drawing),
        junction="dot" in drawing.drawn,
        caption="caption" in drawing.drawn,
        parts=bool(drawing.part_of),
    )


def _implicit_words(drawing: Drawing) -> str:
    amap = drawing.amap
    labels = {unstated_label(amap, c) for c in drawing.scope.claims if amap.claims[c].implicit}
    return _unstated_words(labels) if labels else "unstated premise"


def _unstated_words(labels: set[str]) -> str:
    return labels.pop() if len(labels) == 1 else "unstated premise or objection"
