"""The vanban command line: thin click commands over the library (sqlite-utils habit).

Each command parses its options, calls one library function, and turns a domain error
(``VanbanError``) into a one-line ``click.ClickException`` with a non-zero exit.
Commands that live in their own modules are listed in COMMAND_MODULES; each such module defines
``commands`` (a list of click commands) and is registered on ``main``.
"""
from __future__ import annotations

import functools
import importlib
import os
import sys

import click

from vanban import __version__
from vanban.errors import VanbanError

CONTEXT_SETTINGS = dict(help_option_names=["-h", "--help"], max_content_width=100)

# Modules that add commands: each defines `commands = [...]`.
COMMAND_MODULES = (
    "vanban.cli_extract",
    "vanban.cli_neo4j",
    "vanban.cli_view",
    "vanban.cli_rdf",
)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="vanban")
def main():
    """vanban: a knowledge graph of Vietnamese official documents.

    Read documents, store the web of citations between them, and ask it questions.

    \b
    Example:
        vanban load examples/
        vanban query implements -p id=21-NQ/TW
    """


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
        import json
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
    import json

    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv
        import io
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
    if neo4j_uri:
        from vanban.graph.neo4j import Neo4jBackend
        return Neo4jBackend(neo4j_uri, user, password, database)
    from vanban.graph.store import Store
    return Store(store, read_only=not write)


# ---------------------------------------------------------------- core commands (library: graph/, queries/)
@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, only the summary and errors.")
@domain_errors
def load(paths, store, quiet):
    """Read documents into the store: files, folders (every .txt below) or globs.

    Unchanged files are skipped; a changed file has exactly its own facts
    replaced; a file that fails is reported and the others still load. The
    exit status is 1 when a file failed.

    \b
    Example:
        vanban load examples/
        vanban load 'corpus/**/*.txt' --store /data/vanban-store
    """
    from vanban.graph.store import Store, expand_paths

    files = expand_paths(paths)
    stderr = sys.stderr
    with Store(store) as db:
        if quiet or not files or not stderr.isatty():   # no bar in logs and pipes: the summary says it all
            report = db.load(files)
        else:
            with click.progressbar(length=len(files), label="Loading", file=stderr,
                                   item_show_func=lambda o: o and os.path.basename(o.path)) as bar:
                report = db.load(files, progress=lambda outcome: bar.update(1, outcome))
    for outcome in report.failed:
        click.echo(f"failed: {outcome.message}", err=True)
    click.echo(f"{report.summary()} ({len(report.files)} files) -> {store}")
    if report.failed:
        raise SystemExit(1)


@click.command()
@click.argument("name")
@params_option
@format_option()
@store_option
@neo4j_options
@domain_errors
def query(name, params, fmt, store, neo4j_uri, user, password, database):
    """Run a stored query by NAME (see `vanban queries`).

    \b
    Example:
        vanban query implements -p id=21-NQ/TW
        vanban query issued-by -p body=BTCTW -p year=2022 --format json
        vanban query mentioning -p locality="Quảng Ninh" --format csv
    """
    from vanban.queries.registry import run_query

    backend = open_backend(store, neo4j_uri, user, password, database)
    try:
        result = run_query(backend, name, parse_params(params))
    finally:
        backend.close()
    output(result, fmt)


@click.command()
@format_option("table", "json")
@domain_errors
def queries(fmt):
    """List the stored queries with their parameters and help.

    \b
    Example:
        vanban queries
    """
    from vanban.graph.store import Result
    from vanban.queries.registry import all_queries

    qs = all_queries()
    if fmt == "json":
        output(Result(["name", "params", "help", "file"],
                      [[q.name, [{"name": p, "default": d} for p, d in q.params], q.help, os.path.basename(q.file)]
                       for q in qs]), "json")
        return
    for q in qs:
        click.echo(f"{q.signature}\n    {q.help}")


@click.command()
@click.argument("cypher")
@params_option
@click.option("--write", is_flag=True, help="Allow the statement to change the store (read-only otherwise).")
@format_option()
@store_option
@neo4j_options
@domain_errors
def cypher(cypher, params, write, fmt, store, neo4j_uri, user, password, database):
    """Run a Cypher statement (read-only unless --write).

    Labels: Document, Body, Locality, Person. Relationship types are the model's
    (AMENDS, IMPLEMENTS, CITES, ISSUED_BY, ...); each also has its type in r.type.
    In the embedded store write r.`end` (END is a reserved word there).

    \b
    Example:
        vanban cypher "MATCH (d:Document)-[r:IMPLEMENTS]->(t) RETURN d.id, t.id ORDER BY d.id"
        vanban cypher "MATCH (d:Document {id: \\$id}) RETURN d.title" -p id=21-KL/TW
    """
    backend = open_backend(store, neo4j_uri, user, password, database, write=write)
    try:
        result = backend.run(cypher, parse_params(params), write=write)
    finally:
        backend.close()
    output(result, fmt)


@click.command()
@click.argument("ident", metavar="ID")
@format_option("text", "json", default="text")
@store_option
@domain_errors
def show(ident, fmt, store):
    """Print a document's card: metadata, relations in and out with evidence, aliases.

    ID may be written loosely ("21 - KL/TW", "21-kl/tw", "98-QD/TW"); a number
    shared by several documents shows each; an unknown one suggests close matches.

    \b
    Example:
        vanban show 21-KL/TW
        vanban show "98-QD/TW" --format json
    """
    import json

    from vanban.graph.store import Store, document_card, format_card
    from vanban.queries.registry import resolve_document

    with Store(store, read_only=True) as db:
        cards = [document_card(db, i) for i in resolve_document(db, ident)]
    if fmt == "json":
        click.echo(json.dumps(cards, ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join(format_card(c) for c in cards))


@click.command()
@format_option("table", "json")
@store_option
@domain_errors
def stats(fmt, store):
    """Count what the store holds: files, nodes per label, relationships per type.

    \b
    Example:
        vanban stats
    """
    import json

    from vanban.graph.store import Store

    with Store(store, read_only=True) as db:
        counts = db.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    rows = [["files", "loaded", counts["files"]["loaded"]]]
    rows += [["node", k, v] for k, v in counts["nodes"].items()]
    rows += [["relationship", k, v] for k, v in counts["edges"].items() if v]
    click.echo(format_table(["kind", "name", "count"], rows))


@click.command()
@click.argument("dest")
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="One of the registered formats: graphml, json, neo4j-csv, ttl, jsonld, nt.")
@click.option("--base-uri", default=None, help="Base of the document URIs (RDF formats).")
@store_option
@domain_errors
def export(dest, fmt, base_uri, store):
    """Write the stored graph to DEST in another format ("-" for standard output where the format allows).

    \b
    Example:
        vanban export --format graphml vanban.graphml
        vanban export --format json - > graph.json
    """
    from vanban.graph.export import EXPORTERS, exporter
    from vanban.graph.store import Store
    from vanban.outputs import guard

    if fmt not in EXPORTERS:
        raise click.BadParameter(f"{fmt!r} is not a format; choose one of {', '.join(EXPORTERS)}", param_hint="--format")
    if base_uri and fmt not in ("ttl", "jsonld", "nt"):
        raise click.BadParameter("is only for the RDF formats ttl, jsonld, nt", param_hint="--base-uri")
    if dest != "-":   # refused before the store is even opened: nothing is read for a path that cannot be written
        guard(dest, store=store, directory=fmt == "neo4j-csv")
    fn = exporter(fmt)
    options = {"base_uri": base_uri} if base_uri else {}
    with Store(store, read_only=True) as db:
        # streamed from the store a page at a time (graph/stream.py): memory does not grow with the store
        fn(db, dest, store=store, **options)
        counts = db.stats()
    if dest != "-":
        nodes, edges = sum(counts["nodes"].values()), sum(counts["edges"].values())
        click.echo(f"{nodes} nodes, {edges} relationships -> {dest} ({fmt})", err=True)


CORE_COMMANDS = [load, query, queries, cypher, show, stats, export]


def _register():
    for command in CORE_COMMANDS:
        main.add_command(command)
    for name in COMMAND_MODULES:
        for command in importlib.import_module(name).commands:
            main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
