"""`vanban sparql`: SPARQL over the graph as linked data (ELI vocabulary; see docs/rdf.md)."""
from __future__ import annotations

import click

from vanban.cli_common import domain_errors, format_option, output, params_option, parse_params, store_option


@click.command("sparql")
@click.argument("text", required=False, metavar="[QUERY]")
@click.option("--query", "-q", "name", metavar="NAME",
              help="Run a stored SPARQL query (queries/NAME.sparql) instead of QUERY.")
@click.option("--list", "list_queries", is_flag=True, help="List the stored SPARQL queries and exit.")
@params_option
@format_option()
@click.option("--rdf", "rdf_file", type=click.Path(exists=True, dir_okay=False),
              help="Query an exported file (.ttl, .jsonld, .nt) instead of the store.")
@click.option("--base-uri", default=None, help="Base of the data URIs when converting the store (default "
              "https://w3id.org/vanban/).")
@click.option("--allow-service", is_flag=True,
              help="Let the query call SERVICE (another SPARQL server, over the network); refused otherwise.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS",
              help="Stop the query after this long (default: none; 30 s for a query calling SERVICE).")
@store_option
@domain_errors
def sparql_command(text, name, list_queries, params, fmt, rdf_file, base_uri, allow_service, timeout, store):
    """Run a SPARQL query over the graph as RDF (ELI vocabulary), read-only, with pyoxigraph.

    The prefixes eli, vb, org, prov, skos, dcterms, foaf, schema, rdf, rdfs and xsd are predeclared.
    -p key=value binds ?key (never pasted into the query text); a value written <...> is an IRI.
    The RDF of the store is kept in STORE/sparql/: built by the first call, then updated
    for just the documents a load, remove or prune changed.

    \b
    Example:
        vanban sparql "SELECT ?doc WHERE { ?d eli:applies ?t . ?t eli:id_local ?id . ?d eli:id_local ?doc }" -p id=58-QĐ/TW
        vanban sparql --query implements -p id=21-NQ/TW --format json
        vanban sparql --list
        vanban sparql "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } LIMIT 1" --allow-service --timeout 10
    """
    from vanban.graph.rdf import load_rdf_store, run_sparql, sparql, sparql_queries
    from vanban.graph.result import Result

    if list_queries:
        rows = [[q.name, ", ".join(p if d is None else f"{p}={d}" for p, d in q.params), q.help]
                for q in sparql_queries()]
        output(Result(columns=["name", "params", "help"], rows=rows), fmt)
        return
    if bool(text) == bool(name):
        raise click.UsageError("give either a QUERY text or --query NAME (see --list)")
    values = parse_params(params)
    if text:   # refused before any store is opened or built
        from vanban.graph.rdf import uses_service

        if uses_service(text) and not allow_service:
            sparql(None, text, values)   # raises the one-line QueryError
    if rdf_file:
        graph = load_rdf_store(rdf_file)
    else:
        import sys

        from vanban.graph.sparqlstore import open_rdf_store

        # the first call after a load builds the RDF store: say so on a terminal, keep pipes and logs clean
        tell = (lambda m: click.echo(m, err=True)) if sys.stderr.isatty() else None
        graph = open_rdf_store(store, base_uri, status=tell)
    if name:
        from vanban.queries.registry import canonical_name
        name = canonical_name(name)        # the stored queries' other names ("chain" -> "implements")
        result = run_sparql(graph, name, values)
    else:
        result = sparql(graph, text, values, allow_service=allow_service, timeout=timeout)
    output(result, fmt)


commands = [sparql_command]
