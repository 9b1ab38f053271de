"""GraphML and JSON exports of the graph (registered in graph/export.py), streamed from a graph source.

Both keep every node and edge attribute of graph/model.py, so ``read_json`` / ``read_graphml`` give back a
graph with the same ``canonical_hash``.  The writers read the graph through graph/stream.py (a networkx graph,
or the store a page at a time) and write one node or edge at a time, through ``vanban.outputs`` (guarded,
atomic), so memory stays flat whatever the store's size.

JSON (stable: nodes sorted by key, edges by (source, target, key); UTF-8, not ASCII-escaped; one node or
edge per line)::

    {"directed": true, "multigraph": true,
     "nodes": [{"key": "Document:21-NQ/TW", "label": "Document", "id": "21-NQ/TW", ...properties}],
     "edges": [{"source": "Document:07-KH/TW", "target": "Document:21-NQ/TW", "key": "IMPLEMENTS:…",
                "type": "IMPLEMENTS", "source_file": ..., "source_doc": ..., "evidence": ..., "line": 361,
                "start": ..., "end": ..., "rule": ..., "planned": false}]}

GraphML has no list type: a list property (``aliases``, an edge's ``sources``) is written as a JSON array in a
string and read back by ``read_graphml``.  XML 1.0 cannot hold NUL or most other control characters even escaped: they are
removed from the GraphML text (``vanban.outputs.clean_text``); JSON escapes them and keeps them.
"""
from __future__ import annotations

import json

from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES
from vanban.graph.stream import source_of
from vanban.outputs import clean_text, open_output

_LIST_PROPS = {p for props in NODE_PROPERTIES.values() for p, t in props.items() if t.endswith("[]")}
_EDGE_TYPES = {"type": "STRING", **EDGE_PROPERTIES}
_EDGE_LIST_PROPS = {p for p, t in EDGE_PROPERTIES.items() if t.endswith("[]")}     # an edge's sources


def _plain(v):
    return list(v) if isinstance(v, tuple) else v


def to_json_data(G) -> dict:
    """The JSON export's object (small graphs; ``export_json`` streams the same shape)."""
    src = source_of(G)
    nodes = [{"key": f"{label}:{a['id']}", **{k: _plain(v) for k, v in a.items()}} for label, a in src.nodes()]
    edges = [{"source": u, "target": v, "key": k, **attrs} for u, v, k, attrs in src.edges(keys=True)]
    return {"directed": True, "multigraph": True, "nodes": nodes, "edges": edges}


def export_json(G, dest: str, store=None, **options) -> None:
    """Write the graph (networkx or a Store) as JSON, shape in the module docstring; ``dest`` "-" is stdout."""
    src = source_of(G)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with open_output(dest, store=store) as fh:
        fh.write('{"directed": true, "multigraph": true,\n"nodes": [')
        sep = "\n"
        for label, a in src.nodes():
            key = a.get("key") or f"{label}:{a['id']}"
            fh.write(sep + dumps({"key": key, **{k: _plain(v) for k, v in a.items()}}))
            sep = ",\n"
        fh.write('\n],\n"edges": [')
        sep = "\n"
        for u, v, k, attrs in src.edges(keys=True):
            fh.write(sep + dumps({"source": u, "target": v, "key": k, **attrs}))
            sep = ",\n"
        fh.write("\n]}\n")


def read_json(path):
    import networkx as nx

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


# ---------------------------------------------------------------- GraphML, written by hand (streamed)
_GRAPHML_TYPE = {"STRING": "string", "STRING[]": "string", "INT64": "long", "BOOLEAN": "boolean"}


def _attr(text: str) -> str:
    """An XML attribute value (quoted), control characters removed, whitespace kept as character references."""
    text = clean_text(str(text))
    return '"' + (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                  .replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")) + '"'


def _xml_text(text: str) -> str:
    text = clean_text(str(text))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _graphml_keys():
    node_keys = {"label": "string"}
    for props in NODE_PROPERTIES.values():
        for p, t in props.items():
            node_keys.setdefault(p, _GRAPHML_TYPE[t])
    edge_keys = {p: _GRAPHML_TYPE[t] for p, t in _EDGE_TYPES.items()}
    return node_keys, edge_keys


def _data(key_id: str, value, typ: str) -> str:
    if typ == "boolean":
        text = "true" if value else "false"
    elif typ == "long":
        text = str(int(value))
    else:
        text = _xml_text(value)
    return f'<data key="{key_id}">{text}</data>'


def export_graphml(G, dest: str, store=None, **options) -> None:
    """Write GraphML that networkx's ``read_graphml`` reads back (list properties as JSON strings)."""
    src = source_of(G)
    node_keys, edge_keys = _graphml_keys()
    nid = {name: f"n{i}" for i, name in enumerate(node_keys)}
    eid = {name: f"e{i}" for i, name in enumerate(edge_keys)}
    with open_output(dest, store=store) as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n'
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for name, typ in node_keys.items():
            fh.write(f'  <key id="{nid[name]}" for="node" attr.name="{name}" attr.type="{typ}" />\n')
        for name, typ in edge_keys.items():
            fh.write(f'  <key id="{eid[name]}" for="edge" attr.name="{name}" attr.type="{typ}" />\n')
        fh.write('  <graph edgedefault="directed">\n')
        for label, a in src.nodes():
            parts = []
            for k, v in a.items():
                if k not in node_keys or v is None:
                    continue
                if k in _LIST_PROPS:
                    v = json.dumps([clean_text(x) for x in v or ()], ensure_ascii=False)
                parts.append(_data(nid[k], v, node_keys[k]))
            fh.write(f"    <node id={_attr(label + ':' + str(a['id']))}>" + "".join(parts) + "</node>\n")
        for u, v, k, attrs in src.edges(keys=True):
            parts = [_data(eid[p], json.dumps([clean_text(x) for x in val or ()], ensure_ascii=False)
                           if p in _EDGE_LIST_PROPS else val, edge_keys[p])
                     for p, val in attrs.items() if p in edge_keys and val is not None]
            fh.write(f"    <edge source={_attr(u)} target={_attr(v)} id={_attr(k)}>" + "".join(parts) + "</edge>\n")
        fh.write("  </graph>\n</graphml>\n")


def read_graphml(path):
    """A GraphML export read back into the model's shape (list properties decoded)."""
    import networkx as nx

    H = nx.read_graphml(path, force_multigraph=True)
    G = nx.MultiDiGraph()
    for n, attrs in H.nodes(data=True):
        G.add_node(n, **{k: json.loads(v) if k in _LIST_PROPS else v for k, v in attrs.items()})
    for u, v, k, attrs in H.edges(keys=True, data=True):
        G.add_edge(u, v, key=k, **{a: json.loads(x) if a in _EDGE_LIST_PROPS else x for a, x in attrs.items()})
    return G
