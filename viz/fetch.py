"""The part of the store a view draws, fetched with Cypher — never the whole store.

``neighbourhood(backend, doc_id, depth, ...)`` walks out from one document a hop at a time: each hop asks, per
document of the current ring and direction, for its arrows (one per other end, relation and planned flag, as the
page merges them: ids, types and how many statements, no sentences; only documents are expanded, as
``select.ego_nodes`` does), then for the arrows among the last ring; then the sentences of the arrows kept (at
most ``statements`` per arrow) and the properties of the nodes kept.  Each hop asks for at most what is left of
the arrow budget (plus one row, to know that more exist), so a hub cited by 20,000 documents costs bounded
queries; what was left out is counted and reported as ``Fetched.more`` ("3,214 more relations not drawn").

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
# What a view reads of a statement: all but the files stating it and their count (each a copy of the same fact,
# never drawn), the rest left at their defaults
VIEW_FIELDS = tuple(p for p in EDGE_FIELDS if p not in ("sources", "count"))
_RET_VIEW = ", ".join(f"r.`{p}`" for p in VIEW_FIELDS)
# Relations fetched for one view at most, unless the caller says otherwise: a page of more arrows than this
# is unreadable long before the browser struggles (bench/bench_view.py).
DEFAULT_MAX_EDGES = 5000
# Sentences fetched per arrow: an arrow merges every statement of one relation between two nodes (viz/select.py),
# and at 100k documents the law on legal documents' ISSUED_BY arrow merges 19,398 copies of one sentence; the
# tooltip lists the first ones and says how many more there are.
DEFAULT_STATEMENTS = 20
# The arrows between two documents of the last ring are asked document by document (~1-4 ms each at 100k); in a
# view already cut at --max-nodes, past this many documents (a hub's 2,000 neighbours: 8 s) they are left out and
# the note says there may be more.
LAST_RING_QUERIES = 100


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
        self.more_statements: dict = {}   # (u, v, type, planned) -> statements of that arrow not fetched

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


def _rank(var: str) -> str:
    """Cypher ranking a relation type as graph/model.py's EdgeType lists them: the order arrows are kept in."""
    from vanban.graph.model import EdgeType

    return "CASE " + " ".join(f"WHEN {var} = '{t.value}' THEN {i}" for i, t in enumerate(EdgeType)) + " ELSE 99 END"


def _neighbourhood_cypher(where: str) -> dict:
    """The queries of one view, each about one document ``$id`` (found by its key: ``UNWIND $ids ... MATCH (a {id:
    i})-[r]->(b)`` is planned as a hash join over every edge of the store, 4 s at 32k documents, 14 s and 1.4 GB at
    100k; a key lookup costs ~1 ms whatever the size)."""
    out = f"MATCH (a:Document {{id: $id}})-[r]->(b) WHERE {where} "
    inc = f"MATCH (b:Document)-[r]->(a:Document {{id: $id}}) WHERE {where} "
    arrow = "WITH label(b) AS lb, b.id AS bid, r.type AS t, coalesce(r.planned, false) AS p, count(*) AS n "
    q = {}
    for way, match in (("out", out), ("in", inc)):
        # the arrows (one per other end, relation and planned flag) with how many statements each merges: the
        # statements' sentences are not read for this, only ids and types
        q[f"{way} arrows"] = match + arrow + f"RETURN lb, bid, t, p, n ORDER BY {_rank('t')}, lb, bid, p LIMIT $limit"
        q[f"{way} count"] = match + "WITH DISTINCT label(b) AS lb, b.id AS bid, r.type AS t, " \
                                    "coalesce(r.planned, false) AS p RETURN count(*)"
        # the statements of the first arrows in the arrows' order, but those of the arrows that merge many (asked
        # one by one, below): a LIMIT on the same ORDER BY, not a list of the ends kept (list_contains over 36k
        # edges of a hub took 250 ms, this 100 ms)
        q[f"{way} statements"] = match + f"AND NOT list_contains($many, b.id + '|' + r.type) " \
                                         f"RETURN label(b), b.id, {_RET_VIEW} ORDER BY {_rank('r.type')}, label(b), " \
                                         f"b.id, coalesce(r.planned, false) LIMIT $n"
    q["out one"] = (f"MATCH (a:Document {{id: $id}})-[r]->(b:LABEL {{id: $other}}) WHERE r.type = $t AND "
                    f"coalesce(r.planned, false) = $p RETURN label(b), b.id, {_RET_VIEW} "
                    f"ORDER BY r.source_doc, r.line, r.start, r.evidence LIMIT $k")
    q["in one"] = (f"MATCH (b:Document {{id: $other}})-[r]->(a:Document {{id: $id}}) WHERE r.type = $t AND "
                   f"coalesce(r.planned, false) = $p RETURN label(b), b.id, {_RET_VIEW} "
                   f"ORDER BY r.source_doc, r.line, r.start, r.evidence LIMIT $k")
    return q


def neighbourhood(backend, doc_id: str, depth: int, relations, include_planned: bool, max_nodes: int,
                  max_edges: int = DEFAULT_MAX_EDGES, statements: int = DEFAULT_STATEMENTS) -> Fetched:
    """The documents within ``depth`` hops of ``doc_id`` along ``relations`` and the chosen edges among them.

    ``max_edges`` counts arrows as the page draws them (one per two nodes, relation and planned flag, merging every
    statement of it); each arrow keeps at most ``statements`` of its sentences, the first by stating document and
    line, and ``Fetched.graph.more_statements`` says how many more it merges.  When the node budget is spent, the
    walk stops there (the arrows among the nodes kept that a further hop would find are not looked for)."""
    ident = resolve(backend, doc_id)
    center = node_key("Document", ident)
    types = list(relations)
    q = _neighbourhood_cypher(_where(types, include_planned))
    G = ViewGraph()
    dist = {center: 0}
    kept: dict = {}            # (u, v, type, planned) -> (statements, the document asked, "out"/"in", its other end)
    more = {"nodes": 0, "edges": 0}

    returned: dict = {}        # (document asked, way) -> its arrows as the query gave them, in order

    def arrows(way, i, limit):
        got = []
        for lb, bid, t, p, n in backend.run(q[f"{way} arrows"], {"id": i, "types": types, "limit": limit}).rows:
            a, b = node_key("Document", i), node_key(lb, bid)
            got.append((((a, b) if way == "out" else (b, a)) + (t, bool(p)), n, (i, way, lb, bid)))
        returned[(i, way)] = got
        return got

    ring = [ident]
    for hop in range(1, depth + 1):
        if not ring:
            break
        budget = max_edges - len(kept)
        got = []
        for way in ("out", "in"):
            for i in ring:
                if budget - len(got) < 0:
                    break
                got.extend(arrows(way, i, budget - len(got) + 1))
        if len(got) > budget:
            total = sum(backend.run(q[f"{way} count"], {"id": i, "types": types}).rows[0][0]
                        for i in ring for way in ("out", "in"))
            more["edges"] += max(0, total - budget)
            got = got[:budget]
        next_ring = []
        for key, n, asked in got:
            u, v = key[0], key[1]
            for end in (u, v):
                if end in dist:
                    continue
                if len(dist) >= max_nodes:
                    more["nodes"] += 1
                    continue
                dist[end] = hop
                if end.startswith("Document:"):
                    next_ring.append(end.partition(":")[2])
            if u in dist and v in dist:
                kept.setdefault(key, (n, asked))
            else:
                more["edges"] += 1
        ring = next_ring
        if len(dist) >= max_nodes and ring and hop < depth:
            more["at_least"] = 1       # no room for the documents a further hop reaches
            ring = []
            break
    if ring and (len(kept) >= max_edges or (more["nodes"] and len(ring) > LAST_RING_QUERIES)):
        more["at_least"] = 1   # the edges among the last ring were not even counted
    elif ring:
        # the chosen arrows between two documents of the last ring (the whole-graph view draws them too)
        last = [k.partition(":")[2] for k, d in dist.items() if d == depth and k.startswith("Document:")]
        for i in last:
            for key, n, asked in arrows("out", i, 2**62):
                if key[0] not in dist or key[1] not in dist or key in kept:
                    continue
                if len(kept) >= max_edges:
                    more["edges"] += 1       # the cap holds for these arrows too
                else:
                    kept[key] = (n, asked)
    # the statements of the arrows kept: the first ones of an arrow that merges many, one query each; those of
    # the others together per document asked, the first rows in the arrows' own order
    rows = []
    for (i, way), asked in returned.items():
        many = {f"{other[3]}|{key[2]}" for key, n, other in asked if n > statements}
        wanted = {key for key, n, other in asked if key in kept and f"{other[3]}|{key[2]}" not in many}
        for key, n, other in asked:
            if key in kept and f"{other[3]}|{key[2]}" in many:
                one = backend.run(q[f"{way} one"].replace("LABEL", other[2]),
                                  {"id": i, "other": other[3], "t": key[2], "p": key[3], "k": statements}).rows
                rows.extend((key, row) for row in one)
                G.more_statements[key] = n - len(one)
        if not wanted:
            continue
        stop = max(j for j, arrow in enumerate(asked) if arrow[0] in wanted)
        upto = sum(n for key, n, other in asked[:stop + 1] if f"{other[3]}|{key[2]}" not in many)
        # (an empty list has no element type for LadybugDB to bind: one no id can match)
        for row in backend.run(q[f"{way} statements"], {"id": i, "types": types, "many": sorted(many) or ["|"],
                                                          "n": upto}).rows:
            a, b = node_key("Document", i), node_key(row[0], row[1])
            key = ((a, b) if way == "out" else (b, a)) + (row[2], bool(row[2 + VIEW_FIELDS.index("planned")]))
            if key in wanted:
                rows.append((key, row))
    _fill_nodes(backend, G, dist)
    seen = set()
    for key, row in rows:
        attrs = dict(zip(VIEW_FIELDS, row[2:]))
        mark = key[:2] + tuple(str(attrs.get(p)) for p in EDGE_FIELDS)
        if mark in seen:
            continue
        seen.add(mark)
        if key[0] in G and key[1] in G:
            _add_edge(G, key[0], key[1], attrs)
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
