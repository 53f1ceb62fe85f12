"""The rule settings of ``[tool.argmap]``, on their own: reading the configuration (every command
does, for the resource limits) must not import the checker and its rules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RuleOptions:
    """``disable``, ``enable``, ``severity`` and ``teaching`` as written in ``[tool.argmap]``; the ids are
    checked against the rules by the checker, which knows them."""

    disable: tuple[str, ...] = ()
    enable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    origin: str = "[tool.argmap]"
    teaching: bool = False  # turn on the teaching rules
