"""Format dispatch for ``vanban export`` through one registry (rdflib habit).

Each exporter is ``fn(graph, dest: str, *, store=None, **options)`` named by "module:function"; ``graph`` is a
networkx graph or an open Store, which the exporters read a page at a time (graph/stream.py), and ``store``
the store folder that ``vanban.outputs`` refuses to write into.  The module is imported only when its format
is asked for (heavy parts are imported where used).
"""
from __future__ import annotations

import importlib

EXPORTERS = {
    "graphml": "vanban.graph.exporters:export_graphml",
    "json": "vanban.graph.exporters:export_json",
    "neo4j-csv": "vanban.graph.neo4j:export_neo4j_csv",
    "ttl": "vanban.graph.rdf:export_turtle",
    "jsonld": "vanban.graph.rdf:export_jsonld",
    "nt": "vanban.graph.rdf:export_ntriples",
}


def exporter(fmt: str):
    """The export function for format ``fmt``; ValueError lists the valid choices."""
    try:
        target = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}") from None
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def export(G, fmt: str, dest: str, **options) -> None:
    """Write ``G`` (networkx graph or Store) in format ``fmt`` to ``dest``."""
    exporter(fmt)(G, dest, **options)
