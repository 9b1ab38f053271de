"""Which part of the graph a view shows: the ego graph of one document, or the whole graph, filtered.

Pure networkx, no pyvis: the selection is what the page's node and edge counts are checked against.

A view's edges are the graph's edges merged per (source, target, relation, planned): the seed states
"12-KH/TW IMPLEMENTS 28-NQ/TW" on two lines, the page draws one arrow whose tooltip carries both sentences.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from vanban.domain.ids import DocumentEntry, DocumentIndex, resolve_id
from vanban.errors import AmbiguousDocumentError, UnknownDocumentError
from vanban.graph.model import EdgeType, NodeLabel, node_key

ALL_EDGE_TYPES = tuple(e.value for e in EdgeType)
# An ego view leaves out MENTIONS unless asked: a report naming 63 provinces would bury its own Lược đồ.
EGO_DEFAULT_RELATIONS = tuple(e for e in ALL_EDGE_TYPES if e != EdgeType.MENTIONS.value)


@dataclass
class Selection:
    """The nodes and merged edges of one view (node keys as in the graph)."""
    nodes: list                       # node keys, in a stable order
    edges: list                       # ViewEdge, in a stable order
    center: str | None = None         # node key of the ego document
    distance: dict = field(default_factory=dict)  # node key -> hops from the center (ego views)


@dataclass
class ViewEdge:
    source: str
    target: str
    type: str
    planned: bool
    provenance: list                  # one dict per graph edge merged here: evidence, line, source_doc, ...


def parse_relations(relations) -> tuple | None:
    """Normalise a relation filter (names or EdgeType, any case, or one comma-separated string).

    >>> parse_relations("implements, based_on")
    ('IMPLEMENTS', 'BASED_ON')
    """
    if relations is None:
        return None
    if isinstance(relations, str):
        relations = relations.split(",")
    out = []
    for r in relations:
        name = str(getattr(r, "value", r)).strip().upper().replace("-", "_")
        if not name:
            continue
        if name not in ALL_EDGE_TYPES:
            raise ValueError(f"unknown relation {str(r).strip()!r}; choose from {', '.join(ALL_EDGE_TYPES)}")
        if name not in out:
            out.append(name)
    if not out:
        raise ValueError(f"no relation given; choose from {', '.join(ALL_EDGE_TYPES)}")
    return tuple(out)


def resolve_document(G, doc_id: str) -> str:
    """The node key of document ``doc_id`` (vanban.domain.ids.resolve_id): "21-NQ/TW", "Document:21-NQ/TW",
    type words, spacing, dash and diacritics variants, a reused number without its date when only one
    document carries it, a short form or a name when only one document fits.

    UnknownDocumentError names close matches (AmbiguousDocumentError every document it could be) when it
    cannot decide.
    """
    key = doc_id if doc_id in G else node_key(NodeLabel.DOCUMENT.value, doc_id)
    if key in G and G.nodes[key].get("label") == NodeLabel.DOCUMENT.value:
        return key
    keys, entries = {}, []
    for k, d in G.nodes(data=True):
        if d.get("label") == NodeLabel.DOCUMENT.value:
            ident = str(d.get("id", str(k).partition(":")[2]))
            keys[ident] = k
            entries.append(DocumentEntry(ident, str(d.get("code") or ""), str(d.get("type") or ""),
                                         tuple(a for a in (d.get("aliases") or ()) if a), str(d.get("title") or "")))
    found = resolve_id(doc_id, DocumentIndex.build(entries))
    if found.id is not None:
        return keys[found.id]
    if found.ambiguous:
        raise AmbiguousDocumentError(doc_id, list(found.candidates))
    raise UnknownDocumentError(doc_id, list(found.candidates))


def _plain(value):
    """A JSON value for the page (a store may hand back its own integer or date types)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def _edge_shown(data, relations, include_planned) -> bool:
    if not include_planned and data.get("planned"):
        return False
    return data.get("type") in relations


def ego_nodes(G, center: str, depth: int, relations, include_planned) -> dict:
    """Node key -> hops from ``center``, following shown edges in both directions.

    Only documents are expanded: a body, a province or a signer ends a path, or every document the
    Bộ Chính trị issued would be two hops from every other.
    """
    dist = {center: 0}
    queue = deque([center])
    while queue:
        u = queue.popleft()
        if dist[u] >= depth or G.nodes[u].get("label") != NodeLabel.DOCUMENT.value:
            continue
        for _, v, data in G.out_edges(u, data=True):
            if v not in dist and _edge_shown(data, relations, include_planned):
                dist[v] = dist[u] + 1
                queue.append(v)
        for v, _, data in G.in_edges(u, data=True):
            if v not in dist and _edge_shown(data, relations, include_planned):
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def select_view(G, doc_id=None, depth=1, relations=None, include_planned=False) -> Selection:
    """The view's nodes and merged edges.

    With ``doc_id``: the documents within ``depth`` hops along the chosen relations (default: every
    relation but MENTIONS), and every chosen edge among them. Without: every node that has a chosen edge,
    plus nodes with no edge at all (default: every relation). Planned edges only with ``include_planned``.
    """
    if isinstance(depth, bool) or not isinstance(depth, int) or depth < 1:
        raise ValueError(f"depth must be a whole number of hops, 1 or more (got {depth!r})")
    chosen = parse_relations(relations)
    if doc_id is not None:
        center = resolve_document(G, doc_id)
        rels = frozenset(chosen or EGO_DEFAULT_RELATIONS)
        distance = ego_nodes(G, center, depth, rels, include_planned)
        keep = set(distance)
    else:
        center, distance = None, {}
        rels = frozenset(chosen or ALL_EDGE_TYPES)
        keep = {n for n in G if G.degree(n) == 0}
        for u, v, data in G.edges(data=True):
            if _edge_shown(data, rels, include_planned):
                keep.update((u, v))

    merged = {}
    for u, v, data in G.edges(data=True):
        if u in keep and v in keep and _edge_shown(data, rels, include_planned):
            k = (u, v, data.get("type"), bool(data.get("planned")))
            merged.setdefault(k, []).append({p: _plain(data.get(p)) for p in
                                             ("source_doc", "source_file", "evidence", "line", "rule")})
    edges = [ViewEdge(u, v, t, p, sorted(prov, key=lambda d: (str(d.get("source_doc")), d.get("line") or 0,
                                                              str(d.get("evidence")))))
             for (u, v, t, p), prov in sorted(merged.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2], kv[0][3]))]
    nodes = sorted(keep, key=lambda n: (distance.get(n, 0), str(n)))
    return Selection(nodes=nodes, edges=edges, center=center, distance=distance)
