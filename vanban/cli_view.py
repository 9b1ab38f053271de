"""`vanban view`: write the "Lược đồ" of a document (or the whole graph) as one offline HTML file."""
from __future__ import annotations

import click

from vanban.cli_common import domain_errors, store_option


@click.command()
@click.argument("doc_id", metavar="[ID]", required=False)
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True,
              help="Hops from the document along the chosen relations.")
@click.option("--relations", metavar="AMENDS,IMPLEMENTS,…",
              help="Relations to follow and draw, comma-separated (default: all; an ID's view leaves out "
                   "MENTIONS unless named).")
@click.option("--include-planned", is_flag=True, help="Also draw planned relations (tasks, drafts), dashed.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=None,
              help="Refuse views larger than this (default 2000: a bigger layout does not settle in a browser).")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (parent folders are created).")
@store_option
@domain_errors
def view(doc_id, depth, relations, include_planned, max_nodes, output, store):
    """Write an interactive graph view as a self-contained HTML file (opens with no network).

    With ID: the document in the middle and what it amends, replaces, guides, implements or is based
    on around it, to --depth hops. Without ID: the whole graph, if it has at most --max-nodes nodes.
    Hover a node or an arrow for its details and evidence; search by number or title; toggle relations
    in the legend.

    \b
    Example:
        vanban view 21-NQ/TW --depth 2 -o out/21-NQ.html
        vanban view 58-QĐ/TW --relations IMPLEMENTS,GUIDES --include-planned -o out/58-QD.html
    """
    from vanban.graph.store import Store
    from vanban.viz import DEFAULT_MAX_NODES, parse_relations, write_view
    from vanban.viz import view as make_view

    try:
        rels = parse_relations(relations)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--relations") from None
    with Store(store, read_only=True) as st:
        if doc_id:
            # the one id resolver, with the store's names for documents (vanban.queries.registry)
            from vanban.errors import AmbiguousDocumentError
            from vanban.queries.registry import resolve_document
            ids = resolve_document(st, doc_id)
            if len(ids) > 1:
                raise AmbiguousDocumentError(doc_id, ids)
            doc_id = ids[0]
        G = st.to_networkx()
    try:
        net = make_view(G, doc_id, depth=depth, relations=rels, include_planned=include_planned,
                        max_nodes=max_nodes or DEFAULT_MAX_NODES)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    path = write_view(net, output)
    what = f"view of {G.nodes[net.vanban_selection.center]['id']}, depth {depth}" if doc_id else "whole graph"
    click.echo(f"wrote {path}: {len(net.nodes)} nodes, {len(net.edges)} edges ({what})")


commands = [view]
