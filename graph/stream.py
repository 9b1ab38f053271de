"""Graphs read a page at a time: what the exporters, the SPARQL store and the views stream from.

A *graph source* hands out the graph in a fixed order, never all of it at once:

- ``nodes()`` yields ``(label, attrs)`` — labels in alphabetical order, then ids in code-point order, which is
  the order of the networkx node keys ``"<Label>:<id>"``; ``attrs`` has ``label``, ``id`` and the label's
  properties (graph/model.py);
- ``edges()`` yields ``(src_key, dst_key, key, attrs)`` sorted by ``(src_key, dst_key, key)``, the order the
  exports have always used.  Every edge starts at a Document (graph/build.py ``EDGE_ENDS``), so the edges of
  one page of documents are all a page needs.

``NetworkxSource(G)`` wraps an in-memory graph (the tests, the library); ``StoreSource(store)`` reads the
embedded store with paged Cypher through ``Store.run``: ``PAGE`` nodes per query by keyset on the primary key
(``WHERE n.id > $after ORDER BY n.id LIMIT``), then the out-edges of those nodes in one query (by the range
of their ids), so memory stays bounded by one page and its edges whatever the store's size.  ``source_of(x)`` takes either.
"""
from __future__ import annotations

from typing import Dict, Iterable, Iterator, Optional, Tuple

from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES
from vanban.graph.model import coerce as _coerce

LABELS = tuple(sorted(NODE_PROPERTIES))
# Nodes per paged query: large enough that the per-query cost vanishes (a few ms), small enough that a page
# and its out-edges stay a few MB (benchmark if changing: bench/bench_rdf.py).
PAGE = 2_000
EDGE_FIELDS = ("type",) + tuple(EDGE_PROPERTIES)
_TYPES = {"STRING": "", "INT64": 0, "BOOLEAN": False, "STRING[]": []}


def _content_order(edge):
    a = edge[3]
    return (edge[0], edge[1], a["type"], a["source_file"], a["line"], a["start"], a["end"], a["rule"],
            a["planned"], a["source_doc"], a["evidence"])


def _edge_key(attrs) -> str:
    from vanban.graph.build import edge_key
    return edge_key(attrs)


class NetworkxSource:
    """A networkx MultiDiGraph (graph/model.py shape) as a graph source."""

    def __init__(self, G):
        self.G = G

    def nodes(self) -> Iterator[Tuple[str, dict]]:
        G = self.G
        for key in sorted(G.nodes, key=str):
            attrs = G.nodes[key]
            yield attrs.get("label"), attrs

    def node_keys(self):
        return sorted(self.G.nodes, key=str)

    def edges(self, keys: bool = False) -> Iterator[Tuple[str, str, str, dict]]:
        """Every edge as (source key, target key, edge key, attrs); ``keys`` is accepted for symmetry."""
        for u, v, k, e in sorted(self.G.edges(keys=True, data=True), key=lambda x: (str(x[0]), str(x[1]), str(x[2]))):
            yield u, v, str(k), e

    def counts(self) -> Tuple[int, int]:
        return self.G.number_of_nodes(), self.G.number_of_edges()


class StoreSource:
    """The embedded store (``vanban.graph.store.Store`` or anything with its ``run``) read page by page.

    ``only`` ({label: ids}) restricts it to those nodes and the out-edges of those documents (ids not
    stored are left out): how graph/sparqlstore.py regenerates the RDF of the nodes a load changed.
    """

    def __init__(self, store, page: int = PAGE, only: Optional[Dict[str, Iterable[str]]] = None):
        self.store, self.page = store, page
        self.only = None if only is None else {label: sorted(set(ids)) for label, ids in only.items()}

    def _pages(self, label: str, columns):
        ret = ", ".join(f"n.`{c}`" for c in columns)
        if self.only is not None:
            ids = self.only.get(label, [])
            for i in range(0, len(ids), self.page):
                rows = self.store.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN {ret} ORDER BY n.id",
                                      {"ids": ids[i:i + self.page]}).rows
                if rows:
                    yield rows
            return
        after = None
        while True:
            if after is None:
                cypher = f"MATCH (n:{label}) RETURN {ret} ORDER BY n.id LIMIT {int(self.page)}"
                rows = self.store.run(cypher).rows
            else:
                cypher = f"MATCH (n:{label}) WHERE n.id > $after RETURN {ret} ORDER BY n.id LIMIT {int(self.page)}"
                rows = self.store.run(cypher, {"after": after}).rows
            if not rows:
                return
            yield rows
            if len(rows) < self.page:
                return
            after = rows[-1][0]

    def nodes(self) -> Iterator[Tuple[str, dict]]:
        for label in LABELS:
            props = NODE_PROPERTIES[label]
            cols = list(props)
            for rows in self._pages(label, cols):
                for row in rows:
                    attrs = {"label": label}
                    attrs.update(zip(cols, row))
                    for c in cols:
                        if attrs[c] is None or props[c] == "STRING[]":
                            attrs[c] = _coerce(attrs[c], props[c])
                    yield label, attrs

    def edges(self, keys: bool = False) -> Iterator[Tuple[str, str, str, dict]]:
        """Every edge as (source key, target key, edge key, attrs), one page of source documents at a time.

        Without ``keys`` the edge key is "" and parallel edges come in the order of their content (the RDF
        writers need no key; computing it is a hash per edge).
        """
        ret = ", ".join(["a.id", "label(b)", "b.id"] + [f"r.`{p}`" for p in EDGE_FIELDS])
        # A page's edges by the range of its ids: the engine scans the document ids and follows the edges of
        # those in range.  ``UNWIND $ids ... MATCH (a {id: i})-[r]->(b)`` is planned as a hash join over every
        # edge of the store (0.8 s and 500 MB a page at 32k documents, so time grew as N² and memory as N);
        # the range costs a scan of the ids (benchmark if changing: bench/bench_rdf.py).
        by_range = f"MATCH (a:Document)-[r]->(b) WHERE a.id >= $lo AND a.id <= $hi RETURN {ret}"
        by_id = f"MATCH (a:Document {{id: $id}})-[r]->(b) RETURN {ret}"   # a few documents: ~1 ms each
        defaults = [_TYPES[EDGE_PROPERTIES.get(p, "STRING")] for p in EDGE_FIELDS]
        n = len(EDGE_FIELDS)
        for page in self._pages("Document", ["id"]):
            out = []
            if self.only is not None:
                got = [row for r in page for row in self.store.run(by_id, {"id": r[0]}).rows]
            else:
                got = self._range_rows(by_range, [r[0] for r in page])
            for row in got:
                values = row[3:]
                if None in values:
                    values = [defaults[i] if values[i] is None else values[i] for i in range(n)]
                attrs = dict(zip(EDGE_FIELDS, values))
                out.append(("Document:" + row[0], row[1] + ":" + row[2], _edge_key(attrs) if keys else "", attrs))
            if keys:
                out.sort(key=lambda x: (x[0], x[1], x[2]))
            else:
                out.sort(key=_content_order)
            yield from out

    def _range_rows(self, cypher: str, ids: list) -> list:
        """The rows of ``cypher`` for the id range of ``ids``; a range whose edges do not fit the engine's
        page cache (a reader with a small one: ``STREAM_POOL_BYTES``) is read again in halves."""
        from vanban.errors import QueryError

        try:
            return self.store.run(cypher, {"lo": ids[0], "hi": ids[-1]}).rows
        except QueryError as e:
            if len(ids) < 2 or "buffer pool is full" not in str(e).lower():
                raise
        half = len(ids) // 2
        return self._range_rows(cypher, ids[:half]) + self._range_rows(cypher, ids[half:])

    def counts(self) -> Tuple[int, int]:
        counts = self.store.stats()
        return sum(counts["nodes"].values()), sum(counts["edges"].values())


def source_of(graph_or_source):
    """A graph source for a networkx graph, a Store, or a source already."""
    if hasattr(graph_or_source, "edges") and hasattr(graph_or_source, "nodes") and \
            not hasattr(graph_or_source, "number_of_nodes"):
        return graph_or_source
    if hasattr(graph_or_source, "number_of_nodes"):
        return NetworkxSource(graph_or_source)
    if hasattr(graph_or_source, "run"):
        return StoreSource(graph_or_source)
    raise TypeError(f"{graph_or_source!r} is neither a networkx graph, a store nor a graph source")
