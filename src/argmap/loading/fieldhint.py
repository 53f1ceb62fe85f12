"""The hint after "unknown field `x`": where a field of another kind of object belongs,
else the allowed field most like it, else the list of allowed fields."""

from __future__ import annotations

import difflib
from collections.abc import Collection

from argmap import fields

_WHERE = {  # the kinds of object, likeliest first when a field belongs to several
    "claim": "under `claims:`",
    "argument": "under `arguments:`",
    "speaker": "under `speakers:`",
    "source": "under `source:`",
    "map": "at the top of the map",
}


def unknown_field_hint(key: str, allowed: Collection[str]) -> str:
    """Where a field of another kind of object belongs (``premises`` in a claim: an argument's),
    else the allowed field most like it, else the list of allowed fields."""
    owners = {f.owner for f in fields.FIELDS if f.name == key}
    if owners:
        owner = next(o for o in _WHERE if o in owners)  # the likeliest kind first
        return f": `{key}` is a field of {'an' if owner[0] in 'aeiou' else 'a'} {owner} ({_WHERE[owner]})"
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else f" (allowed: {', '.join(allowed)})"
