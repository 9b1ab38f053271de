"""What every command module shares: the reusable options, output formats and error handling.

``vanban.cli`` (the group and the core commands) and the ``vanban.cli_*`` modules all import from here, so no
command module imports the group module back.
"""
from __future__ import annotations

import csv
import functools
import io
import json

import click

from vanban.errors import VanbanError


# ---------------------------------------------------------------- shared options (reusable decorators)

DEFAULT_STORE = "vanban-store"


def store_option(f):
    """--store PATH (env VANBAN_STORE; default ./vanban-store): the embedded store's directory."""
    return click.option("--store", "store", envvar="VANBAN_STORE", default=DEFAULT_STORE, show_default=True,
                        type=click.Path(file_okay=False), help="Directory of the embedded graph store (env VANBAN_STORE).")(f)


def format_option(*choices, default="table"):
    choices = choices or ("table", "json", "csv")

    def deco(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                            help="Output format.")(f)
    return deco


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
        out[key.strip()] = int(value) if value.strip().lstrip("-").isdigit() else value
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


# ---------------------------------------------------------------- output: table | json | csv
# JSON is a list of objects, one per row, keys in column order (sqlite-utils' shape); values are JSON values.
TABLE_CELL = 60   # characters per table cell; --format json/csv give the whole text


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return " ".join(str(value).split())


def format_table(columns, rows) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    cells = [[c if len(c) <= TABLE_CELL else c[:TABLE_CELL - 1] + "…" for c in row] for row in cells]
    widths = [max([len(str(col))] + [len(row[i]) for row in cells]) for i, col in enumerate(columns)]
    lines = ["  ".join(str(col).ljust(w) for col, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def output(result, fmt: str = "table") -> None:
    """Print a Result (``.columns``, ``.rows``) as an aligned table, JSON (a list of row objects) or CSV."""
    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for row in result.rows:
            w.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else _cell(v) if isinstance(v, bool) or v is None else v
                        for v in row])
        click.echo(buf.getvalue(), nl=False)
    else:
        if not result.rows:
            click.echo("(no rows)")
            return
        click.echo(format_table(result.columns, result.rows))


def open_backend(store, neo4j_uri=None, user=None, password=None, database=None, *, write=False):
    """The backend a command runs on: Neo4j when --neo4j-uri is given, else the embedded store."""
    # The backends are imported here, not at the top: the neo4j driver and LadybugDB are heavy, and
    # `vanban --help` or `vanban extract` must not load them.
    if neo4j_uri:
        from vanban.graph.neo4j import Neo4jBackend
        return Neo4jBackend(neo4j_uri, user, password, database)
    from vanban.graph.store import Store
    return Store(store, read_only=not write)
