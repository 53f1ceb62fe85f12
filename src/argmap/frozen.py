"""A quicker ``__init__`` for the frozen dataclasses a map is made of (with ``slots=True``).

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``
(its own ``__setattr__`` refuses), looked up anew for every field: 1.7 µs for a claim or an
argument, 0.45 µs for a location, a fifth of reading a large map. ``quick_init`` gives the
class an ``__init__`` with the same parameters and defaults that calls each field's slot
setter directly, about twice as fast. Everything else (equality, hashing, ordering, repr,
pickling, ``dataclasses.replace``, refusing assignment) is the dataclass's own; and with
slots an instance takes about 40% less memory than with a ``__dict__``.
"""

from __future__ import annotations

import dataclasses
from types import MemberDescriptorType
from typing import TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Apply on top of ``@dataclass(frozen=True, slots=True)``, to a class (and bases) without
    ``__post_init__``, ``InitVar`` or ``init=False`` fields, which this ``__init__`` would not honour."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    slots = {f.name: getattr(cls, f.name, None) for f in fields}
    if hasattr(cls, "__post_init__") or any(not f.init for f in fields):
        raise TypeError(f"quick_init cannot build {cls.__name__}: it has __post_init__ or init=False fields")
    if not all(isinstance(slot, MemberDescriptorType) for slot in slots.values()):
        raise TypeError(f"quick_init needs {cls.__name__} to be a dataclass with slots=True")
    namespace: dict[str, object] = {"_MISSING": dataclasses.MISSING}
    parameters, body = [], []
    for f in fields:
        namespace[f"_set_{f.name}"] = slots[f.name].__set__  # type: ignore[union-attr]
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            parameters.append(f"{f.name}=_MISSING")
            body.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{f.name}()")
        else:
            parameters.append(f.name)
    body += [f"    _set_{f.name}(self, {f.name})" for f in fields]
    exec(f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body), namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[assignment,misc]
    return cls
