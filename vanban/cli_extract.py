"""`vanban extract`: run the loaders on files and print what they found."""
from __future__ import annotations

import json

import click

from vanban.cli_common import domain_errors


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per input file, one per line (the contract in README: file, document, "
                   "mentions, relations, localities, bodies, documents).")
@click.option("--encoding", default=None, metavar="NAME",
              help="Read every file in this encoding (utf-8, utf-16, cp1258, tcvn3, vni) instead of detecting it.")
@domain_errors
def extract(paths, as_json, encoding):
    """Read documents and print their references, relations, bodies and localities.

    PATHS are files, folders (every *.txt below them) or globs.  A file that cannot be read is
    reported on stderr and the others still load; the exit status is then 1.

    \b
    Example:
        vanban extract examples/000_4359cb3ac2b76893.txt
        vanban extract examples/ --json > extracted.jsonl
    """
    from vanban.loaders import extract_paths, max_mb, summary

    max_mb()                       # a bad VANBAN_MAX_MB is one error line, not one per file
    failed = total = 0
    for result in extract_paths(paths, encoding=encoding):
        total += 1
        if isinstance(result, Exception):
            failed += 1
            click.echo(f"error: {result}", err=True)
            continue
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(summary(result))
    if failed:
        raise click.ClickException(f"{failed} of {total} files could not be read (see the errors above)")


commands = [extract]
