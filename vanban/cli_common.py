"""What every command module shares: the reusable options, output formats and error handling.

``vanban.cli`` (the group and the core commands) and the ``vanban.cli_*`` modules all import from here, so no
command module imports the group module back.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys

import click

from vanban.errors import VanbanError


# ---------------------------------------------------------------- shared options (reusable decorators)

DEFAULT_STORE = "vanban-store"


def store_option(f):
    """--store PATH (env VANBAN_STORE; default ./vanban-store): the embedded store's directory."""
    return click.option("--store", "store", envvar="VANBAN_STORE", default=DEFAULT_STORE, show_default=True,
                        type=click.Path(file_okay=False), help="Directory of the embedded graph store (env VANBAN_STORE).")(f)


def format_option(*choices, default="table"):
    choices = choices or ("table", "plain", "json", "csv")

    def deco(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                            help="Output format: table (fits the terminal), plain (one record per block, whole "
                                 "values: for a pager), json, csv (whole values).")(f)
    return deco


def display_options(f):
    """--limit, --wrap, --width, --lang: how many rows and how a table reads (vanban/cli_tables.py)."""
    f = click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True,
                     help="Column names, relations and statuses in English or Vietnamese (table and plain).")(f)
    f = click.option("--width", type=click.IntRange(min=20, max=10_000), default=None, metavar="N",
                     help="Table width (default: the terminal's, else $COLUMNS, else 120).")(f)
    f = click.option("--wrap", is_flag=True, help="Continue long cells on the next lines instead of cutting them.")(f)
    f = click.option("--limit", type=click.IntRange(min=0, max=10**9), default=0, show_default=True, metavar="N",
                     help="Show at most N rows (0: all).")(f)
    return f


def neo4j_options(f):
    """--neo4j-uri/--user/--password/--database, each also from the environment."""
    f = click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Neo4j database name (env NEO4J_DATABASE).")(f)
    f = click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Neo4j password (env NEO4J_PASSWORD).")(f)
    f = click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user (env NEO4J_USER).")(f)
    f = click.option("--neo4j-uri", envvar="NEO4J_URI", default=None,
                     help="Run against Neo4j over Bolt instead of the embedded store, e.g. bolt://localhost:7687 (env NEO4J_URI).")(f)
    return f


def parse_params(pairs) -> dict:
    """``-p key=value`` pairs -> dict; a bare integer value becomes an int."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="-p")
        if value.strip().lstrip("-").isdigit():
            number = int(value)
            if not -2**63 <= number < 2**63:
                from vanban.errors import QueryError
                raise QueryError(f"-p {key.strip()}={value.strip()} is beyond the 64-bit range of whole numbers "
                                 f"(±9223372036854775807); give a smaller one")
            value = number
        out[key.strip()] = value
    return out


def params_option(f):
    return click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
                        help="A query parameter; repeat for several.")(f)


def domain_errors(f):
    """Turn a VanbanError into a one-line error and exit status 1."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except VanbanError as e:
            raise click.ClickException(str(e)) from e
    return wrapper


# ---------------------------------------------------------------- output: table | plain | json | csv
# JSON is a list of objects, one per row, keys in column order (sqlite-utils' shape); values are JSON values.
DEFAULT_WIDTH = 120   # a table's width when standard output is no terminal and $COLUMNS is unset


def _cell(value) -> str:
    from vanban.cli_tables import cell
    return cell(value)


def terminal_width(width=None) -> int:
    """--width, else the terminal's, else $COLUMNS, else DEFAULT_WIDTH (pipes and tests are stable)."""
    if width:
        return width
    try:
        if sys.stdout.isatty():
            return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        pass
    cols = os.environ.get("COLUMNS", "")
    return int(cols) if cols.isdigit() and 20 <= int(cols) <= 10_000 else DEFAULT_WIDTH


def format_table(columns, rows, width=None, focus=(), wrap=False, labels=None) -> str:
    from vanban.cli_tables import table
    return table(columns, rows, width=terminal_width(width), focus=focus, wrap=wrap, labels=labels)


def output(result, fmt: str = "table", *, limit: int = 0, width=None, wrap: bool = False, lang: str = "en",
           focus=(), empty: str = "(no rows)") -> None:
    """Print a Result (``.columns``, ``.rows``): a table that fits the terminal, plain records, JSON (a list of
    row objects) or CSV.  ``limit`` keeps the first rows and says on standard error how many were left out;
    ``empty`` is the line an empty table or plain answer prints (why there are no rows)."""
    rows = result.rows
    if limit and len(rows) > limit:
        click.echo(f"({limit} of {len(rows)} rows; --limit 0 shows all)", err=True)
        rows = rows[:limit]
    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, row)) for row in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for row in rows:
            w.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else _cell(v) if isinstance(v, bool) or v is None else v
                        for v in row])
        click.echo(buf.getvalue(), nl=False)
    else:
        if not rows:
            click.echo(empty)
            return
        from vanban.cli_tables import plain, translate
        labels, rows = translate(result.columns, rows, lang)
        if fmt == "plain":
            click.echo(plain(labels, rows))
        else:
            click.echo(format_table(result.columns, rows, width=width, focus=focus, wrap=wrap, labels=labels))


def open_backend(store, neo4j_uri=None, user=None, password=None, database=None, *, write=False):
    """The backend a command runs on: Neo4j when --neo4j-uri is given, else the embedded store."""
    # The backends are imported here, not at the top: the neo4j driver and LadybugDB are heavy, and
    # `vanban --help` or `vanban extract` must not load them.
    if neo4j_uri:
        from vanban.graph.neo4j import Neo4jBackend
        return Neo4jBackend(neo4j_uri, user, password, database)
    from vanban.graph.store import Store
    return Store(store, read_only=not write)
