"""`vanban status` and `vanban search`: answers users can trust (issue 11)."""
from __future__ import annotations

import click

from vanban.cli_common import (display_options, domain_errors, format_option, neo4j_options, open_backend, output,
                               store_option)


@click.command()
@click.argument("ident", metavar="ID")
@click.option("--at", "at", metavar="DATE", default=None,
              help="The day to answer for, YYYY-MM-DD (default: today).")
@format_option()
@display_options
@store_option
@neo4j_options
@domain_errors
def status(ident, at, fmt, limit, wrap, width, lang, store, neo4j_uri, user, password, database):
    """Is document ID in force? From the loaded texts' evidence only, with dates and scope.

    in force / amended / partly repealed / replaced / repealed / suspended / expired /
    not yet in force, or unknown when the loaded texts say nothing. Each row cites its
    evidence: the document's own effect clause, or the sentence of each act on it
    (the same as `vanban query status -p id=ID`).

    \b
    Example:
        vanban status 21/2017/QH14
        vanban status 94/2025/QH15 --at 2025-12-31
    """
    from vanban.queries.registry import run_query

    backend = open_backend(store, neo4j_uri, user, password, database)
    try:
        result = run_query(backend, "status", {"id": ident, **({"at": at} if at else {})})
    finally:
        backend.close()
    output(result, fmt, limit=limit, wrap=wrap, width=width, lang=lang,
           focus=[result.rows[0][0]] if result.rows else [])


@click.command()
@click.argument("text", required=False, default="")
@click.option("--type", "doc_type", metavar="TYPE", help="Only this type: a word (Luật, Nghị quyết) or code (NQ).")
@click.option("--issuer", metavar="BODY", help="Only this issuer: any part of its name, or its code (BTCTW).")
@click.option("--signer", metavar="NAME", help="Only documents signed by this person (any part of the name).")
@click.option("--from", "date_from", metavar="DATE", help="Dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--to", "date_to", metavar="DATE", help="Dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@format_option()
@display_options
@store_option
@neo4j_options
@domain_errors
def search(text, doc_type, issuer, signer, date_from, date_to, fmt, limit, wrap, width, lang, store, neo4j_uri, user,
           password, database):
    """Find documents by number, title words, the names texts give them, or subject; best first.

    Case, diacritics and dashes do not matter ("luat thuy loi" finds Luật Thủy lợi).
    Without TEXT, the filters alone list documents. Shows 20 rows unless --limit says otherwise.

    \b
    Example:
        vanban search "Luật Thủy lợi"
        vanban search "tổ chức cơ sở đảng" --type "Nghị quyết"
        vanban search --issuer BTCTW --from 2022 --to 2022
    """
    from vanban.queries.search import search as run_search

    backend = open_backend(store, neo4j_uri, user, password, database)
    try:
        result = run_search(backend, text, type=doc_type, issuer=issuer, signer=signer, date_from=date_from,
                            date_to=date_to, limit=limit or 20)
    finally:
        backend.close()
    output(result, fmt, wrap=wrap, width=width, lang=lang,
           empty=f"(no rows: no document matches {text!r}; fewer words, or `vanban query unresolved` for what is cited)")


commands = [status, search]
