"""`vanban extract`: run the loaders on files and print what they found."""
from __future__ import annotations

import json

import click

from vanban.cli import domain_errors


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per input file, one per line.")
@domain_errors
def extract(paths, as_json):
    """Read documents and print their references, relations, bodies and localities.

    \b
    Example:
        vanban extract examples/000_4359cb3ac2b76893.txt --json
    """
    from vanban.loaders import extract_paths, summary

    for result in extract_paths(paths):
        if isinstance(result, Exception):
            click.echo(f"error: {result}", err=True)
            continue
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(summary(result))


commands = [extract]
