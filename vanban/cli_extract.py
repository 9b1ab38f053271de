"""`vanban extract`: run the loaders on files and print what they found."""
from __future__ import annotations

import functools
import json
from typing import List, Optional, Sequence, Tuple

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
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes reading files (default: one per core; env VANBAN_JOBS). The output is the same, "
                   "in the same order, whatever the number.")
@stdin_name_option
@domain_errors
def extract(paths, as_json, encoding, jobs, name):
    """Read documents and print their references, relations, bodies and localities.

    PATHS are files, folders or globs; - reads one document from stdin (--name
    names it). Reads .txt, .md, .pdf (text and scanned), .docx, .doc and .html,
    told by content as well as by extension, and a .json named alone (an OCR
    engine's or a dataset's output) as its strings. Files are read in parallel (a
    small input in one process) and printed in the order given. A file that
    cannot be read is reported on stderr with the reason and the others still
    go on; the exit status is then 1.

    \b
    Example:
        vanban extract examples/000_4359cb3ac2b76893.txt
        vanban extract examples/ --json > extracted.jsonl
        vanban extract - --name nq21.pdf < nq21.pdf
    """
    from vanban.loaders import extract_bytes, max_mb
    from vanban.loaders.recache import for_this_process

    for_this_process()             # the loaders' compiled patterns kept between runs (loaders/recache.py)

    max_mb()                       # a bad VANBAN_MAX_MB is one error line, not one per file
    found = walk_paths(paths)
    failed = total = 0

    def show(printed: Printed):
        nonlocal failed, total
        errors, out = printed
        total += 1
        failed += out is None
        for line in errors:
            click.echo(line, err=True)
        if out is not None:
            click.echo(out)

    for e in found.skipped if found else ():
        show(_printed(e, as_json))
    for printed in _files_printed([str(p) for p in found.files] if found else [], encoding, as_json, jobs):
        for one in printed:
            show(one)
    if "-" in paths:
        try:
            show(_printed(extract_bytes(read_stdin(), name or "<stdin>", encoding=encoding), as_json))
        except VanbanError as e:
            show(_printed(e, as_json))
    if failed:
        raise click.ClickException(f"{failed} of {total} files could not be read (see the errors above)")


# What `vanban extract` prints for one file: its lines on stderr (an error, or the reader's warnings) and on stdout
# (its JSON line or summary; None for a file that failed).
Printed = Tuple[List[str], Optional[str]]


def _printed(result, as_json: bool) -> Printed:
    from vanban.loaders import summary
    if isinstance(result, Exception):
        return [terminal_safe(f"error: {result}")], None
    errors = [terminal_safe(f"warning: {result.file}: {warning}") for warning in result.warnings]
    return errors, json.dumps(result.to_dict(), ensure_ascii=False) if as_json else terminal_safe(summary(result))


def _chunk_printed(paths: Sequence[str], encoding: Optional[str], as_json: bool) -> List[Printed]:
    """A task of the pool: what is printed for each of ``paths``, made in the worker (a line of text crosses
    back, cheaper than the extraction it says)."""
    from vanban.loaders import extract_one
    return [_printed(extract_one(p, encoding=encoding), as_json) for p in paths]


def _files_printed(files: List[str], encoding: Optional[str], as_json: bool, jobs: Optional[int]):
    """Lists of ``Printed``, in the order of ``files``: read by a pool of processes when there is enough to read
    (loaders/pool.py), else here."""
    from vanban.loaders.pool import chunks_of, in_order, jobs_for

    jobs = jobs_for(files, jobs)
    if jobs <= 1 or len(files) <= 1:
        for f in files:
            yield _chunk_printed([f], encoding, as_json)
        return
    task = functools.partial(_chunk_printed, encoding=encoding, as_json=as_json)
    yield from in_order(task, chunks_of(files, jobs), jobs, preload=["vanban.cli_extract"])


commands = [extract]
