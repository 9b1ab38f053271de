"""GraphML and JSON exports of the graph (registered in graph/export.py).

Both keep every node and edge attribute of graph/model.py, so ``read_json`` / ``read_graphml`` give back a
graph with the same ``canonical_hash``.

JSON (stable: nodes sorted by key, edges by (source, target, key); UTF-8, not ASCII-escaped)::

    {"directed": true, "multigraph": true,
     "nodes": [{"key": "Document:21-NQ/TW", "label": "Document", "id": "21-NQ/TW", ...properties}],
     "edges": [{"source": "Document:07-KH/TW", "target": "Document:21-NQ/TW", "key": "IMPLEMENTS:…",
                "type": "IMPLEMENTS", "source_file": ..., "source_doc": ..., "evidence": ..., "line": 361,
                "start": ..., "end": ..., "rule": ..., "planned": false}]}

GraphML has no list type: a list property (``aliases``, an edge's ``sources``) is written as a JSON array in a string and read
back by ``read_graphml``.
"""
from __future__ import annotations

import io
import json
import sys

import networkx as nx

from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES

_LIST_PROPS = {p for props in NODE_PROPERTIES.values() for p, t in props.items() if t.endswith("[]")}
_EDGE_LIST_PROPS = {p for p, t in EDGE_PROPERTIES.items() if t.endswith("[]")}     # an edge's sources


def _sorted_edges(G):
    return sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))


def to_json_data(G: nx.MultiDiGraph) -> dict:
    nodes = [{"key": n, **{k: (list(v) if isinstance(v, tuple) else v) for k, v in G.nodes[n].items()}}
             for n in sorted(G.nodes)]
    edges = [{"source": u, "target": v, "key": str(k), **attrs} for u, v, k, attrs in _sorted_edges(G)]
    return {"directed": True, "multigraph": True, "nodes": nodes, "edges": edges}


def _open(dest: str):
    if dest == "-":
        return None
    return open(dest, "w", encoding="utf-8", newline="\n")


def export_json(G: nx.MultiDiGraph, dest: str, **options) -> None:
    """Write the graph as JSON (shape in the module docstring); ``dest`` "-" is standard output."""
    text = json.dumps(to_json_data(G), ensure_ascii=False, indent=1)
    fh = _open(dest)
    if fh is None:
        sys.stdout.write(text + "\n")
        return
    with fh:
        fh.write(text + "\n")


def read_json(path) -> nx.MultiDiGraph:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    G = nx.MultiDiGraph()
    for node in data["nodes"]:
        node = dict(node)
        G.add_node(node.pop("key"), **node)
    for edge in data["edges"]:
        edge = dict(edge)
        G.add_edge(edge.pop("source"), edge.pop("target"), key=edge.pop("key"), **edge)
    return G


def export_graphml(G: nx.MultiDiGraph, dest: str, **options) -> None:
    """Write GraphML (list properties as JSON strings); ``dest`` "-" is standard output."""
    H = nx.MultiDiGraph()
    for n in sorted(G.nodes):
        H.add_node(n, **{k: json.dumps(list(v), ensure_ascii=False) if k in _LIST_PROPS else v
                         for k, v in G.nodes[n].items()})
    for u, v, k, attrs in _sorted_edges(G):
        H.add_edge(u, v, key=str(k), **{a: json.dumps(list(x), ensure_ascii=False) if a in _EDGE_LIST_PROPS else x
                                        for a, x in attrs.items()})
    if dest == "-":
        buf = io.BytesIO()
        nx.write_graphml(H, buf, encoding="utf-8")
        sys.stdout.write(buf.getvalue().decode("utf-8"))
        return
    nx.write_graphml(H, dest, encoding="utf-8")


def read_graphml(path) -> nx.MultiDiGraph:
    """A GraphML export read back into the model's shape (list properties decoded)."""
    H = nx.read_graphml(path, force_multigraph=True)
    G = nx.MultiDiGraph()
    for n, attrs in H.nodes(data=True):
        G.add_node(n, **{k: json.loads(v) if k in _LIST_PROPS else v for k, v in attrs.items()})
    for u, v, k, attrs in H.edges(keys=True, data=True):
        G.add_edge(u, v, key=k, **{a: json.loads(x) if a in _EDGE_LIST_PROPS else x for a, x in attrs.items()})
    return G
