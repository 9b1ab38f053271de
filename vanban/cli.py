"""The vanban command line: thin click commands over the library (sqlite-utils habit).

Each command parses its options, calls one library function, and turns a domain error
(``VanbanError``) into a one-line ``click.ClickException`` with a non-zero exit.
Commands that live in their own modules are listed in COMMAND_MODULES; each such module defines
``commands`` (a list of click commands) and is registered on ``main``.
"""
from __future__ import annotations

import importlib
import os
import sys

import click

from vanban._version import __version__
from vanban.cli_common import (  # noqa: F401  (shared with the vanban.cli_* modules)
    DEFAULT_STORE,
    _cell,
    display_options,
    domain_errors,
    format_option,
    format_table,
    neo4j_options,
    open_backend,
    output,
    params_option,
    parse_params,
    read_stdin,
    stdin_name_option,
    store_option,
    walk_paths,
)
from vanban.errors import VanbanError
from vanban.terminal import terminal_safe

CONTEXT_SETTINGS = dict(help_option_names=["-h", "--help"], max_content_width=100)

# Modules that add commands: each defines `commands = [...]`.
COMMAND_MODULES = (
    "vanban.cli_extract",
    "vanban.cli_neo4j",
    "vanban.cli_view",
    "vanban.cli_rdf",
    "vanban.cli_answers",
)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="vanban")
def main():
    """vanban: a knowledge graph of Vietnamese official documents.

    Read documents, store the web of citations between them, and ask it questions.

    \b
    Example:
        vanban load examples/
        vanban query implemented-by -p id=21-NQ/TW
    """


# ---------------------------------------------------------------- core commands (library: graph/, queries/)
# Each command imports the library where it runs: networkx, LadybugDB and the loaders' patterns take
# about a second to load, which `vanban --help` and every other command must not pay.


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@stdin_name_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no warnings, only the summary and errors.")
@click.option("--prune", is_flag=True, help="Also remove the facts of loaded files that no longer exist.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes reading files (default: one per core; env VANBAN_JOBS).")
@click.option("--sparql", "sparql", is_flag=True,
              help="Also build the SPARQL store (STORE/sparql) now if there is none, so the first `vanban sparql` "
                   "answers at once; once built, every load keeps it up to date (only what changed) with or without "
                   "this flag.")
@domain_errors
def load(paths, store, name, quiet, prune, jobs, sparql):
    """Read documents into the store: files, folders or globs; - reads one from stdin.

    Reads .txt, .md, .pdf (text and scanned), .docx, .doc and .html, told by
    content as well as by extension; a folder gives every such file below it;
    a .json named alone (an OCR engine's or a dataset's output) is read as its
    strings.
    Files are read in parallel and written in batches. Unchanged files are
    skipped; a changed file has exactly its own facts replaced; files holding
    the same document (same number, or same content: a renamed or symlinked
    copy) are stored once, every fact listing the files that state it; a
    file that fails (or is not a regular file, such as a FIFO) is reported
    and the others still load. The exit status is 1 when a file failed.
    What reading a file noticed (a cap hit, an OCR doubt) is printed as
    `vanban extract` prints it and counted in the summary (-q: the count only).

    \b
    Example:
        vanban load examples/
        vanban load 'corpus/**/*.pdf' --store /data/vanban-store
        vanban load corpus/ --prune
        vanban load corpus/ --sparql
        curl -s URL | vanban load - --name nd247.html
    """
    from vanban.graph.loading import PRELOAD
    from vanban.graph.store import FileOutcome, LoadReport, Store
    from vanban.loaders import extract, max_mb
    from vanban.loaders.pool import jobs_for, start_server
    from vanban.loaders.recache import for_this_process

    for_this_process()             # a small load reads its files here (loaders/recache.py)

    max_mb()                       # a bad VANBAN_MAX_MB is one error line, not one per file
    if "-" in paths and not name:
        raise click.UsageError("- (stdin) needs --name NAME: the store keeps each document under its name")
    found = walk_paths(paths)
    files = [str(p) for p in found.files] if found else []
    if files and jobs_for(files, jobs) > 1:
        # the pool's fork server warms the loaders in its own process while this one opens the store and hashes
        # the files (a reload of unchanged files then starts it for nothing: ~0.5 s of another core's time)
        start_server(PRELOAD)
    stderr = sys.stderr
    with Store(store) as db:
        if not files and not prune:
            report = LoadReport()
        elif quiet or not files or not stderr.isatty():   # no bar in logs and pipes: the summary says it all
            report = db.load(files, extract=extract, jobs=jobs, prune=prune)
        else:
            with click.progressbar(length=len(files), label="Loading", file=stderr,
                                   item_show_func=lambda o: o and os.path.basename(o.path)) as bar:
                report = db.load(files, progress=lambda outcome: bar.update(1, outcome), extract=extract, jobs=jobs,
                                 prune=prune)
        report.files[:0] = [FileOutcome(e.path, "failed", message=str(e)) for e in (found.skipped if found else ())]
        if "-" in paths:
            report.files.append(_load_stdin(db, name))
    if not quiet:   # the same lines `vanban extract` prints; -q keeps only the count in the summary
        for warning in report.warnings:
            click.echo(terminal_safe(f"warning: {warning}"), err=True)
    _follow(store, build=sparql)
    for outcome in report.failed:
        click.echo(terminal_safe(f"failed: {outcome.message}"), err=True)
    click.echo(f"{report.summary()} ({len(report.files)} files) -> {store}")
    if report.failed or not report.files:
        raise SystemExit(1)


def _follow(store, build=False):
    """The RDF twin of `vanban sparql`, if the store has one, follows the write (only what changed);
    ``build``: made now if there is none (`load --sparql`)."""
    from vanban.graph.sparqlstore import follow, open_rdf_store

    try:
        if build:
            open_rdf_store(store)
        else:
            follow(store)
    except VanbanError as e:      # the load itself is stored; the next `vanban sparql` tries again
        click.echo(terminal_safe(f"note: the SPARQL store was not updated ({e}); `vanban sparql` updates it"),
                   err=True)


def _load_stdin(db, name):
    import hashlib

    from vanban.graph.store import FileOutcome
    from vanban.loaders import extract_bytes
    data = read_stdin()
    sha = hashlib.sha256(data).hexdigest()
    old = db.sources().get(name)
    if old and old["sha256"] == sha:
        return FileOutcome(name, "skipped", doc=old["doc"])
    try:
        return db.add_extraction(extract_bytes(data, name), sha)
    except VanbanError as e:
        return FileOutcome(name, "failed", message=str(e))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@domain_errors
def remove(paths, store):
    """Remove the facts of loaded files (a folder: every loaded file below it).

    A fact another file of the same document also states stays. The files
    themselves are not touched; `vanban load --prune` removes those gone.

    \b
    Example:
        vanban remove examples/state/12_QD12_2024_TTg_thay_QD63_2015.noannot.txt
    """
    from vanban.graph.store import Store
    from vanban.loaders import extract

    with Store(store) as db:
        report = db.remove_files(paths, extract=extract)
    _follow(store)
    if not report.removed:
        raise click.ClickException(f"none of {', '.join(paths)} is a loaded file; `vanban stats` counts what is loaded")
    click.echo(f"{len(report.removed)} removed -> {store}")


@click.command()
@click.argument("name")
@params_option
@format_option()
@display_options
@click.option("--skip", type=click.IntRange(min=0, max=10**12), default=0, show_default=True, metavar="N",
              help="Leave out the first N rows: with --limit, one page of the answer.")
@store_option
@neo4j_options
@domain_errors
def query(name, params, fmt, limit, skip, wrap, width, lang, store, neo4j_uri, user, password, database):
    """Run a stored query by NAME (see `vanban queries`).

    Names read one way: `amends X` is what X amends, `amended-by X` what amends X;
    `implements X` what X implements, `implemented-by X` what implements X.

    A large answer comes a page at a time: --limit 100 gives its first 100
    rows, --skip 100 --limit 100 the next; only those rows are read, and
    standard error says which rows these are of how many.

    \b
    Example:
        vanban query implemented-by -p id=21-NQ/TW
        vanban query status -p id=21/2017/QH14 -p at=2025-12-31
        vanban query issued-by -p body=BTCTW -p year=2022 --format json
        vanban query mentioning -p locality="Quảng Ninh" --format csv
        vanban query unresolved --skip 100 --limit 100
    """
    from vanban.queries.explain import why_empty
    from vanban.queries.registry import prepare_query

    page = slice(skip, skip + limit if limit else None) if limit or skip else None
    backend = open_backend(store, neo4j_uri, user, password, database)
    try:
        stored, values, run = prepare_query(backend, name, parse_params(params), page)
        result = run()
        note = result.note() if page else ""          # counts the total while the store is open
        empty = ""
        if not result.rows and fmt in ("table", "plain"):
            empty = "(no rows on this page)" if page and result.total else why_empty(backend, stored.name, values)
    finally:
        backend.close()
    if note:
        click.echo(f"({note})", err=True)
    output(result, fmt, wrap=wrap, width=width, lang=lang, focus=[values["id"]] if values.get("id") else [],
           empty=empty)


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
@display_options
@store_option
@neo4j_options
@domain_errors
def cypher(cypher, params, write, fmt, limit, wrap, width, lang, store, neo4j_uri, user, password, database):
    """Run a Cypher statement (read-only unless --write).

    Labels: Document, Body, Locality, Person. Relationship types are the model's
    (AMENDS, IMPLEMENTS, CITES, ISSUED_BY, ...); each also has its type in r.type.
    In the embedded store write r.`end` (END is a reserved word there).
    A parameter named id (or ending in _id) that names one document, written
    as users write it ("Nghị quyết số 21 – NQ/TW"), is passed as its stored id.

    \b
    Example:
        vanban cypher "MATCH (d:Document)-[r:IMPLEMENTS]->(t) RETURN d.id, t.id ORDER BY d.id"
        vanban cypher "MATCH (d:Document {id: \\$id}) RETURN d.title" -p id=21-KL/TW
    """
    from vanban.queries.registry import resolve_id_params

    backend = open_backend(store, neo4j_uri, user, password, database, write=write)
    try:
        result = backend.run(cypher, resolve_id_params(backend, parse_params(params)), write=write)
    finally:
        backend.close()
    output(result, fmt, limit=limit, wrap=wrap, width=width, lang=lang)


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
    from vanban.graph.store import STREAM_POOL_BYTES, Store
    from vanban.outputs import guard

    if fmt not in EXPORTERS:
        raise click.BadParameter(f"{fmt!r} is not a format; choose one of {', '.join(EXPORTERS)}", param_hint="--format")
    if base_uri and fmt not in ("ttl", "jsonld", "nt"):
        raise click.BadParameter("is only for the RDF formats ttl, jsonld, nt", param_hint="--base-uri")
    if dest != "-":   # refused before the store is even opened: nothing is read for a path that cannot be written
        guard(dest, store=store, directory=fmt == "neo4j-csv")
    fn = exporter(fmt)
    options = {"base_uri": base_uri} if base_uri else {}
    with Store(store, read_only=True, buffer_pool_bytes=STREAM_POOL_BYTES) as db:
        # streamed from the store a page at a time (graph/stream.py): memory does not grow with the store
        fn(db, dest, store=store, **options)
        counts = db.stats()
    if dest != "-":
        nodes, edges = sum(counts["nodes"].values()), sum(counts["edges"].values())
        click.echo(f"{nodes} nodes, {edges} relationships -> {dest} ({fmt})", err=True)


CORE_COMMANDS = [load, remove, query, queries, cypher, show, stats, export]


def _register():
    for command in CORE_COMMANDS:
        main.add_command(command)
    for name in COMMAND_MODULES:
        for command in importlib.import_module(name).commands:
            main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
