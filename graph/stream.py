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
(``WHERE n.id > $after ORDER BY n.id LIMIT``), then the out-edges of those nodes ``EDGE_PAGE`` at a time: the
page's ids are cut into ranges by their out-degree, and a document with more out-edges than that (a hub, a
consolidated text) is read by groups of its targets.  Memory stays bounded by ``EDGE_PAGE`` edges (or by the
parallel edges of one pair of nodes) whatever the store's size and however its edges are spread.
``source_of(x)`` takes either.
"""
from __future__ import annotations

from typing import Dict, Iterable, Iterator, Optional, Tuple

from vanban.graph.model import EDGE_PROPERTIES, NODE_PROPERTIES
from vanban.graph.model import coerce as _coerce

LABELS = tuple(sorted(NODE_PROPERTIES))
# Nodes per paged query: large enough that the per-query cost vanishes (a few ms), small enough that a page
# and its out-edges stay a few MB (benchmark if changing: bench/bench_rdf.py).
PAGE = 2_000
# Edges per query (and per sort): the rows of one query are held at once, in the engine and as Python
# objects (~3 KB an edge with a long evidence sentence and many sources).  Pages of documents held up to
# 128k edges at 100k generated documents (a run of consolidated texts keyed "FILE:..."), and `export`
# peaked at 590 MB; a few thousand edges cost a few ms of query each (benchmark if changing: bench/bench_rdf.py).
EDGE_PAGE = 5_000
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

    def __init__(self, store, page: int = PAGE, only: Optional[Dict[str, Iterable[str]]] = None,
                 edge_page: int = EDGE_PAGE):
        self.store, self.page, self.edge_page = store, page, edge_page
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
        """Every edge as (source key, target key, edge key, attrs), ``edge_page`` edges at a time.

        Without ``keys`` the edge key is "" and parallel edges come in the order of their content (the RDF
        writers need no key; computing it is a hash per edge).  The order does not depend on how the edges
        are cut into queries: each query's rows are those of consecutive source ids (or, for one document,
        of consecutive targets) and are sorted on their own.
        """
        ret = ", ".join(["a.id", "label(b)", "b.id"] + [f"r.`{p}`" for p in EDGE_FIELDS])
        # A page's edges by the range of its ids: the engine scans the document ids and follows the edges of
        # those in range.  ``UNWIND $ids ... MATCH (a {id: i})-[r]->(b)`` is planned as a hash join over every
        # edge of the store (0.8 s and 500 MB a page at 32k documents, so time grew as N² and memory as N);
        # the range costs a scan of the ids (benchmark if changing: bench/bench_rdf.py).
        by_range = f"MATCH (a:Document)-[r]->(b) WHERE a.id >= $lo AND a.id <= $hi RETURN {ret}"
        by_id = f"MATCH (a:Document {{id: $id}})-[r]->(b) RETURN {ret}"   # a few documents: ~1 ms each
        for page in self._pages("Document", ["id"]):
            ids = [r[0] for r in page]
            if self.only is not None:
                for i in ids:
                    yield from self._edge_rows(self.store.run(by_id, {"id": i}).rows, keys)
                continue
            for part in self._cut(ids):
                if len(part) == 1 and part[0][1] > self.edge_page:
                    yield from self._hub_edges(part[0][0], ret, keys)
                else:
                    yield from self._edge_rows(self._range_rows(by_range, [i for i, _ in part]), keys)

    def _cut(self, ids: list) -> Iterator[list]:
        """The page's ids as runs of [(id, out-degree)] holding at most ``edge_page`` edges (a document with
        more is a run of its own); ids without out-edges are left out."""
        degree = dict(self._range_rows("MATCH (a:Document)-[r]->() WHERE a.id >= $lo AND a.id <= $hi "
                                       "RETURN a.id, count(r)", ids))
        part: list = []
        held = 0
        for i in ids:
            d = degree.get(i, 0)
            if not d:
                continue
            if part and held + d > self.edge_page:
                yield part
                part, held = [], 0
            part.append((i, d))
            held += d
        if part:
            yield part

    def _hub_edges(self, ident: str, ret: str, keys: bool):
        """The out-edges of one document with more than ``edge_page`` of them, by groups of its targets in
        the order of their keys (the edges of one pair of nodes are never split)."""
        targets = sorted((label + ":" + str(t), label, t, n) for label, t, n in self.store.run(
            "MATCH (a:Document {id: $id})-[r]->(b) RETURN label(b), b.id, count(r)", {"id": ident}).rows)
        cypher = f"MATCH (a:Document {{id: $id}})-[r]->(b) WHERE b.id IN $targets RETURN {ret}"
        group: list = []
        held = 0
        for target in targets + [None]:
            if target is not None and (not group or held + target[3] <= self.edge_page):
                group.append(target)
                held += target[3]
                continue
            wanted = {(label, t) for _k, label, t, _n in group}
            rows = self.store.run(cypher, {"id": ident, "targets": sorted({t for _l, t in wanted})}).rows
            yield from self._edge_rows([r for r in rows if (r[1], r[2]) in wanted], keys)
            if target is not None:
                group, held = [target], target[3]

    def _edge_rows(self, rows: list, keys: bool) -> list:
        """Query rows (a.id, label(b), b.id, *EDGE_FIELDS) as sorted (source key, target key, key, attrs)."""
        defaults = [_TYPES[EDGE_PROPERTIES.get(p, "STRING")] for p in EDGE_FIELDS]
        n = len(EDGE_FIELDS)
        out = []
        for row in rows:
            values = row[3:]
            if None in values:
                values = [defaults[i] if values[i] is None else values[i] for i in range(n)]
            attrs = dict(zip(EDGE_FIELDS, values))
            out.append(("Document:" + row[0], row[1] + ":" + row[2], _edge_key(attrs) if keys else "", attrs))
        rows.clear()    # the rows' lists go now, not after the caller has written the page
        if keys:
            out.sort(key=lambda x: (x[0], x[1], x[2]))
        else:
            out.sort(key=_content_order)
        return out

    def _range_rows(self, cypher: str, ids: list) -> list:
        """The rows of ``cypher`` for the id range of ``ids``; a range whose edges do not fit the engine's
        page cache (a reader with a small one: ``STREAM_POOL_BYTES``) is read again in halves."""
        from vanban.errors import QueryError

        try:
            return self.store.run(cypher, {"lo": ids[0], "hi": ids[-1]}).rows
        except QueryError as e:
            if "buffer pool is full" not in str(e).lower():
                raise
            if len(ids) < 2:
                return self._one_again(cypher, ids)
        half = len(ids) // 2
        return self._range_rows(cypher, ids[:half]) + self._range_rows(cypher, ids[half:])

    def _one_again(self, cypher: str, ids: list, tries: int = 3) -> list:
        """One document's rows the cache could not hold just after larger ranges failed: the engine frees the pages
        those left behind a little later (with the Python objects holding its results collected), so the same read
        is tried again a few times (tests/test_stream.py failed 1 run in 5-8 without it; with it, 30 of 30)."""
        import gc

        from vanban.errors import QueryError

        for k in range(tries):
            gc.collect()
            try:
                return self.store.run(cypher, {"lo": ids[0], "hi": ids[-1]}).rows
            except QueryError as e:
                if k == tries - 1 or "buffer pool is full" not in str(e).lower():
                    raise
        return []                                          # (not reached)

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
