"""Streaming a store (graph/stream.py) gives the same graph however small the engine's page cache is."""
from __future__ import annotations

from vanban.graph import rdf
from vanban.graph.store import Store
from vanban.graph.stream import NetworkxSource, StoreSource
from vanban.graph.synthetic import synthetic_graph


def test_a_page_whose_edges_do_not_fit_the_cache_is_read_in_halves(tmp_path):
    G = synthetic_graph(2000, edges_per_document=12.8)
    path = tmp_path / "store"
    with Store(str(path)) as st:
        st.write_graph(G)
    want = list(rdf.rdf_triples(NetworkxSource(G)))
    halves = []

    class Counting(StoreSource):
        def _range_rows(self, cypher, ids):
            if "count(r)" not in cypher:      # the edges, not the out-degrees that cut a page
                halves.append(len(ids))
            return super()._range_rows(cypher, ids)

    # one page of every document, in a 16 MB cache (the engine's least that opens a store is ~12 MB)
    with Store(str(path), read_only=True, buffer_pool_bytes=16 << 20) as st:
        got = list(rdf.rdf_triples(Counting(st, page=10**6, edge_page=10**7)))
    assert got == want
    assert len(halves) > 1 and halves[1] == halves[0] // 2          # it did not fit whole, and was halved


def test_a_subset_source_gives_just_those_nodes_and_their_out_edges(tmp_path):
    G = synthetic_graph(200, edges_per_document=6)
    path = tmp_path / "store"
    with Store(str(path)) as st:
        st.write_graph(G)
    docs = sorted(a["id"] for _, a in G.nodes(data=True) if a["label"] == "Document")[:5]
    with Store(str(path), read_only=True) as st:
        src = StoreSource(st, only={"Document": docs + ["not stored"], "Body": []})
        nodes = [a["id"] for _, a in src.nodes()]
        edges = {(u, v) for u, v, _k, _a in src.edges()}
    assert nodes == docs
    want = {(u, v) for u, v in G.edges() if u in {f"Document:{d}" for d in docs}}
    assert edges == want and want


def test_edges_read_a_few_at_a_time_come_in_the_same_order_as_all_at_once(tmp_path):
    # edge_page 10: runs of a few documents, and every document with more out-edges than that is read by
    # groups of its targets; the JSON/GraphML order (by key) and the RDF order (by content) must not change
    G = synthetic_graph(120, edges_per_document=12.8)
    path = tmp_path / "store"
    with Store(str(path)) as st:
        st.write_graph(G)
    calls = []

    class Counting(StoreSource):
        def _hub_edges(self, ident, ret, keys):
            calls.append(ident)
            return super()._hub_edges(ident, ret, keys)

    with Store(str(path), read_only=True) as st:
        whole = StoreSource(st, edge_page=10**7)
        small = Counting(st, edge_page=10)
        for keys in (True, False):
            assert list(small.edges(keys=keys)) == list(whole.edges(keys=keys))
        assert list(rdf.rdf_triples(small)) == list(rdf.rdf_triples(NetworkxSource(G)))
    assert calls                                                    # the hub path was taken
