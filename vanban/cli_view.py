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
              help="At most this many nodes (default 2000: a bigger layout does not settle in a browser); "
                   "an ID's view stops there and says how many more it left out, the whole graph is refused.")
@click.option("--max-edges", type=click.IntRange(min=1), default=None,
              help="At most this many arrows in an ID's view (default 5000; one arrow per relation between two "
                   "nodes, however many sentences state it); the rest are counted, not drawn.")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (parent folders are created).")
@store_option
@domain_errors
def view(doc_id, depth, relations, include_planned, max_nodes, max_edges, output, store):
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
    from vanban.outputs import guard
    from vanban.viz import DEFAULT_MAX_NODES, parse_relations, write_view
    from vanban.viz import view_page as make_view
    from vanban.viz.fetch import DEFAULT_MAX_EDGES, neighbourhood, whole_graph
    from vanban.viz.select import ALL_EDGE_TYPES, EGO_DEFAULT_RELATIONS

    try:
        rels = parse_relations(relations)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--relations") from None
    guard(output, store=store, make_parents=True)   # refused before anything is read
    limit = max_nodes or DEFAULT_MAX_NODES
    with Store(store, read_only=True) as st:
        # only the part the page draws is read from the store (viz/fetch.py), never the whole graph
        if doc_id:
            got = neighbourhood(st, doc_id, depth, rels or EGO_DEFAULT_RELATIONS, include_planned, limit,
                                max_edges or DEFAULT_MAX_EDGES)
        else:
            got = whole_graph(st, rels or ALL_EDGE_TYPES, include_planned, limit)
    G = got.graph
    try:
        net = make_view(G, got.center, depth=depth, relations=rels, include_planned=include_planned,
                        max_nodes=max(limit, G.number_of_nodes()) if doc_id else limit)
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    path = write_view(net, output, store=store)
    what = f"view of {G.nodes[net.vanban_selection.center]['id']}, depth {depth}" if doc_id else "whole graph"
    click.echo(f"wrote {path}: {len(net.nodes)} nodes, {len(net.edges)} edges ({what}){got.note()}")


commands = [view]
