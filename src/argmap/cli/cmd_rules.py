"""argmap rules"""

from __future__ import annotations

import inspect

import typer

from . import app
from .common import usage_error


@app.command()
def rules(
    explain: str = typer.Option(None, "--explain", metavar="ID", help="Print one rule's documentation."),
) -> None:
    """List the validator's rules (id, default severity, summary), or explain one."""
    from ..rules import LOADER_RULES, REGISTRY, by_id

    if explain is not None:
        rule = by_id().get(explain)
        if rule is None:
            if explain in LOADER_RULES:
                typer.echo(f"{explain} (error, always on): {LOADER_RULES[explain]}.")
                return
            raise usage_error(f"unknown rule {explain!r}; `argmap rules` lists them")
        typer.echo(f"{rule.ID} ({rule.DEFAULT_SEVERITY}{'' if rule.ENABLED_BY_DEFAULT else ', off by default'})")
        typer.echo(f"{rule.SUMMARY}\n\n{inspect.cleandoc(rule.__doc__ or '')}")
        return
    width = max(len(r) for r in [*LOADER_RULES, *(rule.ID for rule in REGISTRY)])
    for rule_id, summary in LOADER_RULES.items():
        typer.echo(f"{rule_id:<{width}}  error    {summary} (loader, always on)")
    for rule in REGISTRY:
        state = "" if rule.ENABLED_BY_DEFAULT else " (off by default)"
        typer.echo(f"{rule.ID:<{width}}  {str(rule.DEFAULT_SEVERITY):<7}  {rule.SUMMARY}{state}")
