"""argmap rules"""

from __future__ import annotations

import typer

from argmap.cli.common import usage_error
from argmap.cli.root import app


@app.command()
def rules(
    explain: str = typer.Option(None, "--explain", metavar="ID", help="Print one rule's documentation."),
    markdown: bool = typer.Option(False, "--markdown", help="Print the list as a Markdown table."),
) -> None:
    """List the validator's rules (id, default severity, summary), or explain one."""
    from argmap.checking.ruledocs import explain_rule, rule_rows
    from argmap.checking.rules import LOADER_RULES, by_id

    if explain is not None:
        rule = by_id().get(explain)
        if rule is not None:
            typer.echo(explain_rule(rule))
        elif explain in LOADER_RULES:
            typer.echo(f"{explain} (error, always on)\n{LOADER_RULES[explain]}; reported by the loader.")
        else:
            raise usage_error(f"unknown rule {explain!r}; `argmap rules` lists them")
        return
    rows = rule_rows()
    if markdown:
        typer.echo("| rule | severity | finds |\n| --- | --- | --- |")
        for rule_id, severity, summary in rows:
            cell = summary.replace("|", r"\|")
            typer.echo(f"| `{rule_id}` | {severity} | {cell} |")
        return
    width = max(len(rule_id) for rule_id, _, _ in rows)
    for rule_id, severity, summary in rows:
        typer.echo(f"{rule_id:<{width}}  {severity:<7}  {summary}")
