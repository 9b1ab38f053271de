"""`vanban push`: write the embedded store's graph to Neo4j over Bolt."""
from __future__ import annotations

import sys

import click

from vanban.cli_common import domain_errors, neo4j_options, store_option


@click.command()
@store_option
@neo4j_options
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Rows per request (default 1000 on Neo4j; 100 on FalkorDB, whose requests are also "
                   "kept under 4 KB).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@domain_errors
def push(store, neo4j_uri, user, password, database, batch_size, quiet):
    """Write the graph to Neo4j: indexes, then nodes and relationships in batches.

    Per source document the server's facts are replaced by the store's, so pushing
    twice, or again after `vanban load` replaced a file, is safe. Labels, types and
    property names are the embedded store's, so the same Cypher runs on both.

    \b
    Example:
        vanban push --store vanban-store --neo4j-uri bolt://localhost:7687 --password secret
        NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret vanban push
    """
    from vanban.graph.neo4j import push as push_graph
    from vanban.graph.store import Store

    if not neo4j_uri:
        raise click.UsageError("give the server with --neo4j-uri (or env NEO4J_URI), e.g. bolt://localhost:7687")
    with Store(store, read_only=True) as db:
        G = db.to_networkx()
    bar = None

    def progress(advance, total):
        nonlocal bar
        if bar is None:
            bar = click.progressbar(length=total, label="pushing", file=sys.stderr)
            bar.__enter__()
        bar.update(advance)

    try:
        report = push_graph(G, neo4j_uri, user=user, password=password, database=database,
                            batch_size=batch_size, progress=None if quiet else progress)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(report.summary())


commands = [push]
