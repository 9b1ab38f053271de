"""The part of the store a view draws, fetched with Cypher — never the whole store.

``neighbourhood(backend, doc_id, depth, ...)`` walks out from one document a hop at a time: each hop is one
query for the chosen edges of the current ring (both directions; only documents are expanded, as
``select.ego_nodes`` does), then one query for the chosen edges among the last ring, then one for the
properties of the nodes kept.  Each hop asks for at most what is left of the node and edge budget (plus
one row, to know that more exist), so a hub cited by 50,000 documents costs one bounded query; what was
left out is counted and reported as ``Fetched.more`` ("3,214 more relations not drawn").

``whole_graph(backend, ...)`` is the view without an id: it counts first and refuses (ViewTooLargeError,
with the best-connected document as the hint) before fetching anything when the view would be too large.

Both return a small graph in graph/model.py's shape, on which ``viz.view`` builds the page: a ``ViewGraph``, the
few reads of a networkx MultiDiGraph a view makes, because importing networkx cost `vanban view` 0.2 s of CPU
(bench/bench_view.py --command).  The Cypher is the embedded store's (``label(n)`` names a node's table; the type
is read from ``r.type``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from vanban.errors import AmbiguousDocumentError, ViewTooLargeError
from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES, node_key

EDGE_FIELDS = ("type",) + tuple(EDGE_PROPERTIES)
_RET_EDGE = ", ".join(f"r.`{p}`" for p in EDGE_FIELDS)
# Relations fetched for one view at most, unless the caller says otherwise: a page of more arrows than this
# is unreadable long before the browser struggles (bench/bench_view.py).
DEFAULT_MAX_EDGES = 5000


class _Nodes:
    """``G.nodes``: ``G.nodes[key]`` is a node's attributes, ``G.nodes(data=True)`` yields (key, attributes)."""
    __slots__ = ("_attrs",)

    def __init__(self, attrs: dict):
        self._attrs = attrs

    def __getitem__(self, key):
        return self._attrs[key]

    def __call__(self, data=False):
        return iter(self._attrs.items()) if data else iter(self._attrs)

    def __iter__(self):
        return iter(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def __contains__(self, key):
        return key in self._attrs


class ViewGraph:
    """The reads of a networkx MultiDiGraph that ``viz.select`` and ``viz.view`` make (nodes with attribute dicts,
    parallel directed edges in the order added), for a graph of one view; ``to_networkx()`` for anything else."""

    def __init__(self):
        self._attrs: dict = {}
        self._out: dict = {}
        self._in: dict = {}
        self._edges: list = []
        self.nodes = _Nodes(self._attrs)

    def add_node(self, key, **attrs):
        if key not in self._attrs:
            self._attrs[key], self._out[key], self._in[key] = {}, [], []
        self._attrs[key].update(attrs)

    def add_edge(self, u, v, **attrs):
        for key in (u, v):
            if key not in self._attrs:
                self.add_node(key)
        edge = (u, v, attrs)
        self._edges.append(edge)
        self._out[u].append(edge)
        self._in[v].append(edge)

    def __contains__(self, key):
        return key in self._attrs

    def __iter__(self):
        return iter(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def number_of_nodes(self) -> int:
        return len(self._attrs)

    def number_of_edges(self) -> int:
        return len(self._edges)

    def degree(self, key) -> int:
        return len(self._out[key]) + len(self._in[key])

    @staticmethod
    def _view(edges, data):
        if data is True:
            return [(u, v, d) for u, v, d in edges]
        if data:
            return [(u, v, d.get(data)) for u, v, d in edges]
        return [(u, v) for u, v, _ in edges]

    def edges(self, data=False):
        return self._view(self._edges, data)

    def out_edges(self, key, data=False):
        return self._view(self._out.get(key, ()), data)

    def in_edges(self, key, data=False):
        return self._view(self._in.get(key, ()), data)

    def to_networkx(self):
        """The same graph as a networkx MultiDiGraph (edge keys as graph/build.py makes them)."""
        import networkx as nx

        from vanban.graph.build import edge_key

        G = nx.MultiDiGraph()
        for key, attrs in self._attrs.items():
            G.add_node(key, **attrs)
        for u, v, attrs in self._edges:
            G.add_edge(u, v, key=edge_key(attrs), **attrs)
        return G


@dataclass
class Fetched:
    graph: ViewGraph                  # the drawn part
    center: str | None                # node key of the document in the middle
    more: dict = field(default_factory=dict)   # "nodes"/"edges" -> how many were left out

    def note(self) -> str:
        """'; 1,204 more relations and 311 more documents not drawn (narrow with --relations or --depth)'."""
        parts = []
        if self.more.get("edges"):
            parts.append(("at least " if self.more.get("at_least") else "") + f"{self.more['edges']:,} more relations")
        elif self.more.get("at_least"):
            parts.append("possibly more relations")
        if self.more.get("nodes"):
            parts.append(f"{self.more['nodes']:,} more nodes")
        if not parts:
            return ""
        return "; " + " and ".join(parts) + " not drawn (narrow it with --relations or --depth, or raise --max-nodes)"


def _where(types, include_planned, var="r") -> str:
    cond = f"{var}.type IN $types"
    return cond if include_planned else cond + f" AND NOT coalesce({var}.planned, false)"


def _edge_rows(backend, cypher, params):
    for row in backend.run(cypher, params).rows:
        attrs = dict(zip(EDGE_FIELDS, row[4:]))
        yield node_key(row[0], row[1]), node_key(row[2], row[3]), attrs


def _add_edge(G, u, v, attrs):
    clean = {}
    for p in EDGE_FIELDS:
        value, typ = attrs.get(p), EDGE_PROPERTIES.get(p, "STRING")
        clean[p] = int(value or 0) if typ == "INT64" else bool(value) if typ == "BOOLEAN" else \
            list(value or []) if typ == "STRING[]" else ("" if value is None else str(value))
    G.add_edge(u, v, **clean)


def _fill_nodes(backend, G, keys):
    by_label = {}
    for key in keys:
        label, _, ident = key.partition(":")
        by_label.setdefault(label, []).append(ident)
    for label, ids in by_label.items():
        props = NODE_PROPERTIES[label]
        cols = list(props)
        ret = ", ".join(f"n.`{c}`" for c in cols)
        for row in backend.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN {ret}", {"ids": ids}).rows:
            attrs = {}
            for c, v in zip(cols, row):
                t = props[c]
                attrs[c] = list(v or []) if t == "STRING[]" else int(v or 0) if t == "INT64" else \
                    bool(v) if t == "BOOLEAN" else ("" if v is None else str(v))
            G.add_node(node_key(label, attrs["id"]), label=label, **attrs)


def resolve(backend, doc_id: str) -> str:
    """The one stored document id ``doc_id`` stands for (loose spelling accepted), or a clear error."""
    from vanban.queries.registry import resolve_document

    raw = doc_id.partition(":")[2] if doc_id.startswith("Document:") else doc_id
    hits = resolve_document(backend, raw)
    if len(hits) > 1:
        raise AmbiguousDocumentError(doc_id, hits)
    return hits[0]


def neighbourhood(backend, doc_id: str, depth: int, relations, include_planned: bool, max_nodes: int,
                  max_edges: int = DEFAULT_MAX_EDGES) -> Fetched:
    """The documents within ``depth`` hops of ``doc_id`` along ``relations`` and the chosen edges among them."""
    ident = resolve(backend, doc_id)
    center = node_key("Document", ident)
    types = list(relations)
    where = _where(types, include_planned)
    # One document per query, found by its key: ``UNWIND $ids ... MATCH (a {id: i})-[r]->(b)`` is planned as a
    # hash join over every edge of the store (4 s at 32k documents, 14 s and 1.4 GB at 100k), a key lookup
    # costs ~1 ms whatever the size (bench/bench_view.py, bench/bench_scale.py).
    out_q = (f"MATCH (a:Document {{id: $id}})-[r]->(b) WHERE {where} "
             f"RETURN 'Document', a.id, label(b), b.id, {_RET_EDGE} LIMIT $limit")
    in_q = (f"MATCH (b:Document)-[r]->(a:Document {{id: $id}}) WHERE {where} "
            f"RETURN 'Document', b.id, 'Document', a.id, {_RET_EDGE} LIMIT $limit")
    count_q = (f"MATCH (a:Document {{id: $id}})-[r]-(b) WHERE {where} RETURN count(*)")
    G = ViewGraph()
    dist = {center: 0}
    edges = []
    more = {"nodes": 0, "edges": 0}
    ring = [ident]
    for hop in range(1, depth + 1):
        if not ring:
            break
        budget = max_edges - len(edges)
        got = []
        for q in (out_q, in_q):
            for i in ring:
                if budget - len(got) < 0:
                    break
                got.extend(_edge_rows(backend, q, {"id": i, "types": types, "limit": budget - len(got) + 1}))
        if len(got) > budget:
            total = sum(backend.run(count_q, {"id": i, "types": types}).rows[0][0] for i in ring)
            more["edges"] += max(0, total - budget)
            got = got[:budget]
        next_ring = []
        for u, v, attrs in got:
            for key in (u, v):
                if key in dist:
                    continue
                if len(dist) >= max_nodes:
                    more["nodes"] += 1
                    continue
                dist[key] = hop
                if key.startswith("Document:"):
                    next_ring.append(key.partition(":")[2])
            if u in dist and v in dist:
                edges.append((u, v, attrs))
            else:
                more["edges"] += 1
        ring = next_ring
    if ring and len(edges) >= max_edges:
        more["at_least"] = 1   # the edges among the last ring were not even counted
    elif ring:
        # the chosen edges between two documents of the last ring (the whole-graph view draws them too)
        last = [k.partition(":")[2] for k, d in dist.items() if d == depth and k.startswith("Document:")]
        q = (f"MATCH (a:Document {{id: $id}})-[r]->(b) WHERE {where} "
             f"RETURN 'Document', a.id, label(b), b.id, {_RET_EDGE}")
        for i in last:
            for e in _edge_rows(backend, q, {"id": i, "types": types}):
                if e[0] not in dist or e[1] not in dist:
                    continue
                if len(edges) >= max_edges:
                    more["edges"] += 1       # the cap holds for these edges too
                else:
                    edges.append(e)
    _fill_nodes(backend, G, dist)
    seen = set()
    for u, v, attrs in edges:
        key = (u, v) + tuple(str(attrs.get(p)) for p in EDGE_FIELDS)
        if key in seen:
            continue
        seen.add(key)
        if u in G and v in G:
            _add_edge(G, u, v, attrs)
    return Fetched(G, center, {k: v for k, v in more.items() if v})


def whole_graph(backend, relations, include_planned: bool, max_nodes: int) -> Fetched:
    """Every node with a chosen edge (and the nodes with no edge at all) when they are at most ``max_nodes``;
    ViewTooLargeError, counted by Cypher before anything is fetched, otherwise."""
    types = list(relations)
    where = _where(types, include_planned)
    ends = backend.run(f"MATCH (a)-[r]->(b) WHERE {where} WITH label(a) + ':' + a.id AS x, label(b) + ':' + b.id AS y "
                       f"UNWIND [x, y] AS k RETURN count(DISTINCT k)", {"types": types}).rows[0][0]
    lonely = sum(backend.run(f"MATCH (n:{label}) WHERE NOT (n)--() RETURN count(*)").rows[0][0]
                 for label in NODE_PROPERTIES)
    if ends + lonely > max_nodes:
        top = backend.run("MATCH (s:Document)-[r]->(d:Document) WHERE NOT r.type IN ['ISSUED_BY', 'SIGNED_BY', "
                          "'MENTIONS'] RETURN d.id, count(*) AS n ORDER BY n DESC, d.id LIMIT 1").rows
        example = top[0][0] if top else "21-NQ/TW"
        raise ViewTooLargeError(ends + lonely, max_nodes,
                                f"give a document id (e.g. vanban view {example} --depth 1) or keep fewer relations "
                                f"(e.g. --relations AMENDS,REPLACES,REPEALS)")
    G = ViewGraph()
    edges = list(_edge_rows(backend, f"MATCH (a)-[r]->(b) WHERE {where} "
                                     f"RETURN label(a), a.id, label(b), b.id, {_RET_EDGE}", {"types": types}))
    keys = {k for u, v, _ in edges for k in (u, v)}
    for label in NODE_PROPERTIES:
        keys.update(node_key(label, i) for (i,) in
                    backend.run(f"MATCH (n:{label}) WHERE NOT (n)--() RETURN n.id").rows)
    _fill_nodes(backend, G, keys)
    for u, v, attrs in edges:
        _add_edge(G, u, v, attrs)
    return Fetched(G, None)
