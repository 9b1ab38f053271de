"""`vanban extract`: run the loaders on files and print what they found."""
from __future__ import annotations

import itertools
import json

import click

from vanban.cli_common import domain_errors, read_stdin, stdin_name_option, walk_paths
from vanban.errors import VanbanError
from vanban.terminal import terminal_safe


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per input file, one per line (the contract in README: file, document, "
                   "mentions, relations, localities, bodies, documents, format, pages).")
@click.option("--encoding", default=None, metavar="NAME",
              help="Read every text file in this encoding (utf-8, utf-16, cp1258, tcvn3, vni) instead of detecting it.")
@stdin_name_option
@domain_errors
def extract(paths, as_json, encoding, name):
    """Read documents and print their references, relations, bodies and localities.

    PATHS are files, folders or globs; - reads one document from stdin (--name
    names it). Reads .txt, .md, .pdf (text and scanned), .docx, .doc and .html,
    told by content as well as by extension. A file that cannot be read is
    reported on stderr with the reason and the others still go on; the exit
    status is then 1.

    \b
    Example:
        vanban extract examples/000_4359cb3ac2b76893.txt
        vanban extract examples/ --json > extracted.jsonl
        vanban extract - --name nq21.pdf < nq21.pdf
    """
    from vanban.loaders import extract_bytes, extract_paths, max_mb, summary
    from vanban.loaders.recache import for_this_process

    for_this_process()             # the loaders' compiled patterns kept between runs (loaders/recache.py)

    max_mb()                       # a bad VANBAN_MAX_MB is one error line, not one per file
    found = walk_paths(paths)
    failed = total = 0

    def stdin():
        try:
            yield extract_bytes(read_stdin(), name or "<stdin>", encoding=encoding)
        except VanbanError as e:
            yield e

    for result in itertools.chain(extract_paths(found, encoding=encoding) if found else (),
                                  stdin() if "-" in paths else ()):
        total += 1
        if isinstance(result, Exception):
            failed += 1
            click.echo(terminal_safe(f"error: {result}"), err=True)
            continue
        for warning in result.warnings:
            click.echo(terminal_safe(f"warning: {result.file}: {warning}"), err=True)
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(terminal_safe(summary(result)))
    if failed:
        raise click.ClickException(f"{failed} of {total} files could not be read (see the errors above)")


commands = [extract]
