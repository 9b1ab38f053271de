"""The part of the store a view draws, fetched with Cypher — never the whole store.

``neighbourhood(backend, doc_id, depth, ...)`` walks out from one document a hop at a time: each hop asks, per
document of the current ring and direction, how many arrows it has per relation (one arrow per other end,
relation and planned flag, as the page merges them; counted by the engine from internal ids), then for the first
of them, up to what is left of the arrow budget and of the room for nodes (a document of few statements in one
query with their sentences, a hub relation by relation from each relation's own table; only documents are
expanded, as ``select.ego_nodes`` does), then for the arrows among the last ring; then the sentences of the
arrows drawn (at most ``statements`` per arrow) and the properties of the nodes kept.  Each arrow is asked once
(an arrow to a document asked before is left out by its id), so a hub cited by 20,000 documents costs bounded
queries, and what was left out is counted, not fetched: ``Fetched.more`` ("3,214 more relations and 1,210 more
nodes not drawn"), exactly where the counts allow it and "at least" where they do not.

``whole_graph(backend, ...)`` is the view without an id: it counts first and refuses (ViewTooLargeError,
with the first of `vanban query most-cited` as the hint) before fetching anything when the view would be too large.

Both return a small graph in graph/model.py's shape, on which ``viz.view`` builds the page: a ``ViewGraph``, the
few reads of a networkx MultiDiGraph a view makes, because importing networkx cost `vanban view` 0.2 s of CPU
(bench/bench_view.py --command).  The Cypher is the embedded store's (``label(n)`` and ``label(r)`` name a
node's and a relation's table, ``id(n)`` its internal id).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from vanban.errors import AmbiguousDocumentError, ViewTooLargeError
from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES, EdgeType, node_key

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
# A last ring of more documents than this has its arrows among the view's nodes read together, AMONG_CHUNK documents
# a query (``_Walk.read_among``); a smaller one document by document, as the rings before it (the query scans the
# store's documents: at 100k, 20-100 documents asked one by one cost less CPU and memory, bench/bench_view.py).
AMONG_MIN = 100
AMONG_CHUNK = 500
# The documents already asked whose arrows a hop leaves out by their ids (so that no arrow is counted twice in the
# note); past this many the note says "at least".
EXCLUDED_MAX = 2000
# The whole-graph view counts the ends of this many edges first (more when --max-nodes asks): a small store's
# count is then exact, a large one's refusal costs a few milliseconds.
FIRST_ENDS = 10_000


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
            parts.append(("at least " if self.more.get("nodes_at_least") else "") + f"{self.more['nodes']:,} more nodes")
        elif self.more.get("nodes_at_least"):
            parts.append("possibly more nodes")
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


def _text(value) -> str:
    return value if type(value) is str else "" if value is None else str(value)


def _converter(typ: str):
    """How a stored value of a property type becomes the graph's value (NULL: the type's empty value)."""
    if typ == "STRING[]":
        return lambda value: list(value or [])
    if typ == "INT64":
        return lambda value: int(value or 0)
    return bool if typ == "BOOLEAN" else _text


_EDGE_CONVERT = tuple((p, _converter(EDGE_PROPERTIES.get(p, "STRING"))) for p in EDGE_FIELDS)
_NODE_CONVERT = {label: tuple((c, _converter(t)) for c, t in props.items()) for label, props in NODE_PROPERTIES.items()}


def _add_edge(G, u, v, attrs):
    G.add_edge(u, v, **{p: convert(attrs.get(p)) for p, convert in _EDGE_CONVERT})


def _node_attrs(label: str, row) -> dict:
    """A node's properties from a row of ``_node_return``'s columns."""
    return {c: convert(v) for (c, convert), v in zip(_NODE_CONVERT[label], row)}


def _node_return(label: str, var: str = "n") -> str:
    return ", ".join(f"{var}.`{c}`" for c in NODE_PROPERTIES[label])


def _fill_nodes(backend, G, keys):
    by_label = {}
    for key in keys:
        label, _, ident = key.partition(":")
        by_label.setdefault(label, []).append(ident)
    for label, ids in by_label.items():
        for row in backend.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN {_node_return(label)}",
                               {"ids": ids}).rows:
            attrs = _node_attrs(label, row)
            G.add_node(node_key(label, attrs["id"]), label=label, **attrs)


def resolve(backend, doc_id: str) -> str:
    """The one stored document id ``doc_id`` stands for (loose spelling accepted), or a clear error."""
    from vanban.queries.registry import resolve_document

    raw = doc_id.partition(":")[2] if doc_id.startswith("Document:") else doc_id
    hits = resolve_document(backend, raw)
    if len(hits) > 1:
        raise AmbiguousDocumentError(doc_id, hits)
    return hits[0]


_RANK = {t.value: i for i, t in enumerate(EdgeType)}
# A document's arrows in one direction are read with their sentences in one query when they are stated this many
# times or fewer (a median document: a few dozen); past it (a hub: 22,000 statements of 17,900 documents citing it)
# each relation is asked apart, from its own table, for the first arrows only, and their sentences afterwards.
SMALL_STATEMENTS = 400
# Sentences of arrows next to each other in a relation's order are read by one range of ids; a gap of more than
# this many statements of arrows not drawn between two drawn ones starts another range.
RANGE_GAP = 50
# A relation of a document with more arrows than the nodes a view still has room for is read for its first arrows
# only, as many as the room; one of at most this many arrows is read whole.
SMALL_GROUP = 100
_STATEMENT_ORDER = ("source_doc", "line", "start", "evidence", "source_file")


def _statement_key(attrs: dict):
    """How the statements of one arrow are ordered: by stating document, line, offset and sentence, then file (two
    copies of one text state the same: their order is not the engine's, which changes with the query's plan)."""
    return (str(attrs.get("source_doc") or ""), int(attrs.get("line") or 0), int(attrs.get("start") or 0),
            str(attrs.get("evidence") or ""), str(attrs.get("source_file") or ""))


class _Walk:
    """The queries of one view, each about one document ``$id`` and one direction (found by its key: ``UNWIND $ids
    ... MATCH (a {id: i})-[r]->(b)`` is planned as a hash join over every edge of the store, 4 s at 32k documents,
    14 s and 1.4 GB at 100k; a key lookup costs ~1 ms whatever the size).

    ``summary`` counts a document's arrows per relation, end label and planned flag (``label(r)`` and internal ids:
    no property of the other end is read); a document of few statements is then read whole, its arrows and their
    sentences in one query (``small``), and a hub relation by relation from the relation's own table — an
    untyped pattern reads every relation table and costs 2-3 times as much — for the first arrows in id order
    (``LIMIT``), their sentences later for the arrows drawn only (``statements``)."""

    def __init__(self, backend, types, include_planned: bool, statements: int):
        self.backend, self.types, self.planned, self.statements = backend, list(types), include_planned, statements
        self.cond = "" if include_planned else " AND NOT coalesce(r.planned, false)"
        self.small: dict = {}          # (doc, way) -> {arrow key: [statement attrs, ...]}
        self.groups: dict = {}         # (doc, way, type, label) -> [(arrow key, n), ...] fetched, in order

    @staticmethod
    def _match(way: str, rel: str = "", label: str = "") -> str:
        r = f"r:{rel}" if rel else "r"
        b = f"b:{label}" if label else "b"
        return f"MATCH (a:Document {{id: $id}})-[{r}]->({b}) " if way == "out" else \
            f"MATCH ({b})-[{r}]->(a:Document {{id: $id}}) "

    @staticmethod
    def _key(i: str, way: str, label: str, other: str, t: str, p) -> tuple:
        a, b = node_key("Document", i), node_key(label, other)
        return ((a, b) if way == "out" else (b, a)) + (t, bool(p))

    @staticmethod
    def _skip(way: str, exclude) -> tuple:
        """(Cypher, parameters) leaving out the arrows whose other end is one of ``exclude`` (documents whose arrows
        were asked already: each arrow is counted once), and on the in-side a document's arrows to itself."""
        cond = " AND id(b) <> id(a)" if way == "in" else ""
        if exclude:
            return cond + " AND NOT list_contains($done, b.id)", {"done": list(exclude)}
        return cond, {}

    def summary(self, i: str, way: str, exclude=None) -> list:
        """[(type, end label, planned, statements, arrows)] of ``i``'s arrows in one direction, in the arrows'
        order, leaving out those to the documents ``exclude``."""
        skip, params = self._skip(way, exclude)
        rows = self.backend.run(self._match(way) + f"WHERE label(r) IN $types{self.cond}{skip} RETURN label(r), "
                                "label(b), coalesce(r.planned, false), count(*), count(DISTINCT id(b))",
                                {"id": i, "types": self.types, **params}).rows
        return sorted((t, lb, bool(p), int(n), int(k)) for t, lb, p, n, k in rows)

    def neighbours(self, i: str) -> int:
        """How many other nodes ``i`` has an arrow to or from (one hop, the view's relations)."""
        return self.backend.run(f"MATCH (a:Document {{id: $id}})-[r]-(b) WHERE label(r) IN $types{self.cond} "
                                f"AND id(b) <> id(a) RETURN count(DISTINCT id(b))",
                                {"id": i, "types": self.types}).rows[0][0]

    def arrows(self, i: str, way: str, summary: list, limit: int, exclude=None, room=None) -> list:
        """The first ``limit`` arrows of ``i`` in one direction: [(arrow key, statements)] in the arrows' order
        (relation as graph/model.py lists them, end label, end id, planned flag).  ``room``: how many more nodes
        the view can take; a relation of more arrows than that gives only its first ``room`` (the others could
        only be drawn to a node already there)."""
        total_statements = sum(n for *_, n, _k in summary)
        if limit >= sum(k for *_, k in summary) and total_statements <= SMALL_STATEMENTS:
            return self._read_small(i, way, exclude)
        groups: dict = {}
        stated: dict = {}
        for t, lb, _p, n, k in summary:
            groups[(t, lb)] = groups.get((t, lb), 0) + k
            stated[(t, lb)] = stated.get((t, lb), 0) + n
        out = []
        skip, params = self._skip(way, exclude)
        for (t, lb), k in sorted(groups.items(), key=lambda g: (_RANK.get(g[0][0], 99), g[0][1])):
            take = min(k, limit - len(out))
            if room is not None and k > SMALL_GROUP:
                take = min(take, max(room, 0))
            if room is not None:
                room -= take
            if take <= 0:
                if limit <= len(out):
                    break
                continue
            if k == 1:
                # one arrow (a hub's ISSUED_BY, restated by each of 19,398 citing texts): its end from the first
                # statement the engine meets, its count from the summary
                rows = [row + [stated[(t, lb)]] for row in self.backend.run(
                    self._match(way, t, lb) + f"WHERE true{self.cond}{skip} RETURN b.id, coalesce(r.planned, false) "
                                              f"LIMIT 1", {"id": i, **params}).rows]
            else:
                rows = self.backend.run(self._match(way, t, lb) + f"WHERE true{self.cond}{skip} WITH b.id AS bid, "
                                        f"coalesce(r.planned, false) AS p, count(*) AS n RETURN bid, p, n "
                                        f"ORDER BY bid, p LIMIT {int(take)}", {"id": i, **params}).rows
            got = [(self._key(i, way, lb, bid, t, p), int(n)) for bid, p, n in rows]
            self.groups[(i, way, t, lb)] = got
            out.extend(got)
        return out

    def _read_small(self, i: str, way: str, exclude=None) -> list:
        skip, params = self._skip(way, exclude)
        rows = self.backend.run(self._match(way) + f"WHERE label(r) IN $types{self.cond}{skip} "
                                f"RETURN label(b), b.id, {_RET_VIEW}", {"id": i, "types": self.types, **params}).rows
        by_arrow: dict = {}
        for row in rows:
            attrs = dict(zip(VIEW_FIELDS, row[2:]))
            by_arrow.setdefault(self._key(i, way, row[0], row[1], attrs["type"], attrs["planned"]), []).append(attrs)
        self.small[(i, way)] = by_arrow
        return [(key, len(by_arrow[key])) for key in
                sorted(by_arrow, key=lambda k: (_RANK.get(k[2], 99),) + ((k[1], k[3]) if way == "out" else (k[0], k[3])))]

    def read_among(self, ids: list, view) -> dict:
        """``_read_small(i, "out")`` of each of ``ids``, keeping only the arrows whose other end is one of the node keys
        ``view``: {i: [(arrow key, statements)]} in ``_read_small``'s order, in one query per ``AMONG_CHUNK`` of
        ``ids`` (a hub's last ring, 1,800 documents citing it, took two queries a document: 4 s for its view).  The
        other end is checked here, not in the query: an IN over the view's 2,000 ids costs the engine 0.5 s at 100k
        documents, five times the rest of the query."""
        by_doc: dict = {i: {} for i in ids}
        for k in range(0, len(ids), AMONG_CHUNK):
            rows = self.backend.run(f"MATCH (a:Document)-[r]->(b) WHERE a.id IN $ids AND label(r) IN $types{self.cond} "
                                    f"RETURN a.id, label(b), b.id, {_RET_VIEW}",
                                    {"ids": ids[k:k + AMONG_CHUNK], "types": self.types}).rows
            for row in rows:
                if node_key(row[1], row[2]) not in view:
                    continue
                attrs = dict(zip(VIEW_FIELDS, row[3:]))
                key = self._key(row[0], "out", row[1], row[2], attrs["type"], attrs["planned"])
                by_doc[row[0]].setdefault(key, []).append(attrs)
        out = {}
        for i, by_arrow in by_doc.items():
            self.small.setdefault((i, "out"), {}).update(by_arrow)
            out[i] = [(key, len(by_arrow[key])) for key in
                      sorted(by_arrow, key=lambda k: (_RANK.get(k[2], 99), k[1], k[3]))]
        return out

    def fetch_statements(self, kept: dict) -> dict:
        """{arrow key: its first ``statements`` sentences} of the arrows ``kept`` ({key: (statements, origin)}),
        read for the drawn arrows only: those of a document read whole from what was read; a hub relation's by
        ranges of its other ends' ids, and an arrow stated more than ``statements`` times by its own query."""
        out: dict = {}
        for by_arrow in self.small.values():
            for key, rows in by_arrow.items():
                if key in kept and key not in out:
                    out[key] = sorted(rows, key=_statement_key)
        for (i, way, t, lb), arrows in self.groups.items():
            runs, run, gap = [], [], 0
            for key, n in arrows:
                if key in kept and key not in out and n <= self.statements:
                    if run and gap > RANGE_GAP:
                        runs.append(run)
                        run = []
                    run.append(key)
                    gap = 0
                else:
                    gap += n
                    if key in kept and key not in out:      # stated many times: the first ones, on their own
                        out[key] = self._first(i, way, t, lb, key)
            if run:
                runs.append(run)
            for run in runs:
                wanted = set(run)
                ends = [k[1] if way == "out" else k[0] for k in run]
                lo, hi = (e.partition(":")[2] for e in (ends[0], ends[-1]))
                for row in self.backend.run(self._match(way, t, lb) + f"WHERE b.id >= $lo AND b.id <= $hi{self.cond} "
                                            f"RETURN b.id, {_RET_VIEW}", {"id": i, "lo": lo, "hi": hi}).rows:
                    attrs = dict(zip(VIEW_FIELDS, row[1:]))
                    key = self._key(i, way, lb, row[0], t, attrs["planned"])
                    if key in wanted:
                        out.setdefault(key, []).append(attrs)
                for key in run:
                    out[key] = sorted(out.get(key, []), key=_statement_key)
        return out

    def _first(self, i, way, t, lb, key) -> list:
        other = (key[1] if way == "out" else key[0]).partition(":")[2]
        b = f"b:{lb} {{id: $other}}"
        match = f"MATCH (a:Document {{id: $id}})-[r:{t}]->({b}) " if way == "out" else \
            f"MATCH ({b})-[r:{t}]->(a:Document {{id: $id}}) "
        rows = self.backend.run(match + f"WHERE coalesce(r.planned, false) = $p RETURN {_RET_VIEW} "
                                f"ORDER BY r.source_doc, r.line, r.start, r.evidence, r.source_file LIMIT {int(self.statements)}",
                                {"id": i, "other": other, "p": key[3]}).rows
        return [dict(zip(VIEW_FIELDS, row)) for row in rows]


def neighbourhood(backend, doc_id: str, depth: int, relations, include_planned: bool, max_nodes: int,
                  max_edges: int = DEFAULT_MAX_EDGES, statements: int = DEFAULT_STATEMENTS) -> Fetched:
    """The documents within ``depth`` hops of ``doc_id`` along ``relations`` and the chosen edges among them.

    ``max_edges`` counts arrows as the page draws them (one per two nodes, relation and planned flag, merging every
    statement of it); each arrow keeps at most ``statements`` of its sentences, the first by stating document and
    line, and ``Fetched.graph.more_statements`` says how many more it merges.  Each hop considers, document by
    document of the ring and direction, the first arrows in order up to what is left of ``max_edges``; an arrow is
    drawn when both its ends fit in ``max_nodes``.  When the node budget is spent, the walk stops there (the arrows
    among the nodes kept that a further hop would find are not looked for).  ``Fetched.more`` counts what was left
    out without fetching it (the engine counts a document's arrows and neighbours): exactly for the document in
    the middle, "at least" where a ring's were not all counted."""
    ident = resolve(backend, doc_id)
    center = node_key("Document", ident)
    walk = _Walk(backend, relations, include_planned, statements)
    G = ViewGraph()
    dist = {center: 0}
    kept: dict = {}            # arrow key -> statements it merges
    dropped: set = set()       # arrows read but not drawn (an end did not fit)
    dropped_nodes: set = set()  # ends of those arrows not drawn (after the first hop)
    first_hop_nodes = 0        # the neighbours of the document in the middle not drawn, counted by the engine
    unread = 0                 # arrows counted but not read (past the arrow budget)
    at_least = {"edges": False, "nodes": False}

    ring = [ident]
    for hop in range(1, depth + 1):
        if not ring:
            break
        # each arrow is asked once: an arrow to a document of an earlier ring was asked from there, and one
        # between two documents of the ring is an out-arrow of the first (the in-side leaves both out)
        before = [k.partition(":")[2] for k, d in dist.items() if d < hop - 1 and k.startswith("Document:")]
        exclude = {"out": before, "in": before + ring if hop > 1 else []}
        counted_once = len(before) + len(ring) <= EXCLUDED_MAX
        left = max_edges - len(kept)
        fetched = unread_here = 0
        next_ring = []
        for way in ("out", "in"):
            for n_asked, i in enumerate(ring):
                if left <= fetched and len(ring) - n_asked > LAST_RING_QUERIES:
                    at_least["edges"] = at_least["nodes"] = True     # the rest of a large ring is not counted
                    break
                ex = exclude[way] if counted_once else None
                summary = walk.summary(i, way, ex)
                total = sum(k for *_, k in summary)
                arrows = walk.arrows(i, way, summary, left - fetched, ex, max_nodes - len(dist)) \
                    if total and left > fetched else []
                unread_here += total - len(arrows)
                fetched += len(arrows)
                for key, n in arrows:
                    u, v = key[0], key[1]
                    for end in (u, v):
                        if end in dist:
                            continue
                        if len(dist) >= max_nodes:
                            dropped_nodes.add(end)
                            continue
                        dist[end] = hop
                        if end.startswith("Document:"):
                            next_ring.append(end.partition(":")[2])
                    if u in dist and v in dist:
                        kept.setdefault(key, n)
                    elif key not in kept:
                        dropped.add(key)
        if unread_here and not counted_once:
            at_least["edges"] = True        # an arrow between two documents asked may be counted twice
        unread += unread_here
        if hop == 1 and (dropped_nodes or unread_here):
            # the document's own neighbours are counted exactly: the view holds the others
            first_hop_nodes = walk.neighbours(ident) - (len(dist) - 1)
            dropped_nodes = set()
        elif unread_here:
            at_least["nodes"] = True         # the far ends of the arrows not read are not known
        ring = next_ring
        if len(dist) >= max_nodes and ring and hop < depth:
            at_least["edges"] = at_least["nodes"] = True   # no room for the documents a further hop reaches
            ring = []
            break
    if ring and (len(kept) >= max_edges or ((dropped_nodes or first_hop_nodes) and len(ring) > LAST_RING_QUERIES)):
        at_least["edges"] = True   # the edges among the last ring were not even counted
    elif ring:
        # the chosen arrows from a document of the last ring to another node of the view (the whole-graph view
        # draws them too)
        last = [k.partition(":")[2] for k, d in dist.items() if d == depth and k.startswith("Document:")]
        among = walk.read_among(last, dist) if len(last) > AMONG_MIN else None
        for i in last:
            if among is not None:
                found = among[i]
            else:
                summary = walk.summary(i, "out")
                found = walk.arrows(i, "out", summary, sum(k for *_, k in summary))
            for key, n in found:
                if key[0] not in dist or key[1] not in dist or key in kept:
                    continue
                # an arrow into a document of the last hop's ring was counted there, not read: drawn now, or
                # still counted
                counted = dist[key[1]] == depth - 1 and key[1].startswith("Document:")
                if len(kept) >= max_edges:
                    if not counted:
                        dropped.add(key)       # the cap holds for these arrows too
                else:
                    kept[key] = n
                    unread -= counted
    _fill_nodes(backend, G, dist)
    for key, rows in walk.fetch_statements(kept).items():
        if key not in kept or key[0] not in G or key[1] not in G:
            continue
        seen = set()
        for attrs in rows[:statements]:
            mark = tuple(str(attrs.get(p)) for p in EDGE_FIELDS)
            if mark not in seen:
                seen.add(mark)
                _add_edge(G, key[0], key[1], attrs)
        if kept[key] > statements:
            G.more_statements[key] = kept[key] - min(statements, len(rows))
    later_nodes = len(dropped_nodes - set(dist))
    if first_hop_nodes and later_nodes:
        at_least["nodes"] = True           # a neighbour not drawn may also be the end of a later arrow not drawn
    more = {"edges": unread + len(dropped - set(kept)),
            "nodes": max(first_hop_nodes, later_nodes) if at_least["nodes"] else first_hop_nodes + later_nodes}
    if more["nodes"] or at_least["nodes"]:
        at_least["edges"] = True           # the arrows among the nodes not drawn are not looked for
    if at_least["edges"]:
        more["at_least"] = 1
    if at_least["nodes"]:
        more["nodes_at_least"] = 1
    return Fetched(G, center, {k: v for k, v in more.items() if v})


def whole_graph(backend, relations, include_planned: bool, max_nodes: int) -> Fetched:
    """Every node with a chosen edge (and the nodes with no edge at all) when they are at most ``max_nodes``;
    ViewTooLargeError, decided by counting before anything is fetched, otherwise.

    A store of at most ``max_nodes`` nodes is drawn without counting.  Otherwise the ends of the first chosen
    edges the engine meets are counted (internal ids, ``LIMIT``: no property read, the scan stops there): more than
    ``max_nodes`` of them refuses at once, with that many as "at least" (a 100,000-document store: 0.1 s, where
    counting every end took 2-4 s); else the count goes on until it is exact."""
    types = list(relations)
    where = _where(types, include_planned).replace("r.type IN", "label(r) IN")
    stored = sum(backend.run(f"MATCH (n:{label}) RETURN count(*)").rows[0][0] for label in NODE_PROPERTIES)
    if stored > max_nodes:
        limit = max(4 * max_nodes, FIRST_ENDS)
        while True:
            rows = backend.run(f"MATCH (a)-[r]->(b) WHERE {where} RETURN label(a), offset(id(a)), label(b), "
                               f"offset(id(b)) LIMIT {limit}", {"types": types}).rows
            ends = {(la, a) for la, a, _lb, _b in rows} | {(lb, b) for _la, _a, lb, b in rows}
            if len(ends) > max_nodes or len(rows) < limit:
                break
            limit *= 8
        every = len(rows) < limit
        count = len(ends) + (sum(backend.run(f"MATCH (n:{label}) WHERE NOT (n)--() RETURN count(*)").rows[0][0]
                                 for label in NODE_PROPERTIES) if every else 0)
        if count > max_nodes:
            # the first of `vanban query most-cited`
            top = backend.run("MATCH (d:Document) RETURN d.id ORDER BY d.mention_count DESC, d.id LIMIT 1").rows
            example = top[0][0] if top else "21-NQ/TW"
            raise ViewTooLargeError(count, max_nodes,
                                    f"give a document id (e.g. vanban view {example} --depth 1) or keep fewer relations "
                                    f"(e.g. --relations AMENDS,REPLACES,REPEALS)", at_least=not every)
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
