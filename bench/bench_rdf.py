"""Benchmark the linked-data path on a synthetic graph: RDF conversion, the three exports, parsing them back,
and the stored SPARQL queries with rdflib (what vanban uses) and, when it is installed, pyoxigraph.

    .venv/bin/python bench/bench_rdf.py                 # 10k documents
    .venv/bin/python bench/bench_rdf.py --docs 100000   # the issue's 100k question (minutes, several GB)

Prints throughput and ratios, never asserts a time.  pyoxigraph is optional (pip install pyoxigraph): it is
measured only to answer "is rdflib too slow?".
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

from vanban.graph import rdf
from vanban.graph.synthetic import synthetic_graph


def timed(fn, *args, **kwargs):
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t


def sample_params(G, n):
    """Parameters for each stored query, taken from documents that have the edges the query follows."""
    docs = sorted(a["id"] for _, a in G.nodes(data=True) if a["label"] == "Document")

    def with_edges(types, end):
        ids = sorted({G.nodes[u if end == "out" else v]["id"] for u, v, e in G.edges(data=True)
                      if e["type"] in types and G.nodes[v]["label"] == "Document"})
        step = max(1, len(ids) // n)
        return ids[::step][:n]

    changes, implements = {"AMENDS", "REPLACES", "REPEALS"}, {"IMPLEMENTS", "GUIDES"}
    every = {e["type"] for _, _, e in G.edges(data=True)} - {"ISSUED_BY", "SIGNED_BY", "MENTIONS"}
    bodies = sorted({a["id"] for _, a in G.nodes(data=True) if a["label"] == "Body"})
    return {
        "amends": [{"id": i} for i in with_edges(changes, "out")],
        "amended-by": [{"id": i} for i in with_edges(changes, "in")],
        "implements": [{"id": i} for i in with_edges(implements, "in")],
        "chain": [{"id": i} for i in with_edges(implements, "out")],
        "cites": [{"id": i} for i in with_edges(every, "out")],
        "cited-by": [{"id": i} for i in docs[:: max(1, len(docs) // n)][:n]],
        "issued-by": [{"body": b, "year": 2010} for b in bodies[:n]],
    }


def bench_rdflib(graph, cases):
    out = {}
    for name, params_list in cases.items():
        times, rows = [], 0
        for params in params_list:
            result, dt = timed(rdf.run_sparql, graph, name, params)
            times.append(dt)
            rows += len(result.rows)
        out[name] = (statistics.median(times), max(times), rows)
    return out


def bench_oxigraph(nt_path, cases):
    import pyoxigraph as ox

    store = ox.Store()
    _, load = timed(store.bulk_load, path=nt_path, format=ox.RdfFormat.N_TRIPLES)
    xsd_int = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    out = {}
    for name, params_list in cases.items():
        text = rdf.get_sparql(name).text
        times, rows = [], 0
        for params in params_list:
            # pyoxigraph's substitutions only fill projected variables, so here (a benchmark, not vanban) the
            # values go in as a VALUES block at the top of each WHERE group, serialised by pyoxigraph itself.
            terms = [ox.Literal(str(v), datatype=xsd_int) if isinstance(v, int) else ox.Literal(v)
                     for v in params.values()]
            values = f"VALUES ({' '.join('?' + k for k in params)}) {{ ({' '.join(map(str, terms))}) }}"
            t = time.perf_counter()
            rows += len(list(store.query(text.replace("WHERE {", "WHERE {\n  " + values))))
            times.append(time.perf_counter() - t)
        out[name] = (statistics.median(times), max(times), rows)
    return load, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=5, help="parameter sets per stored query")
    args = ap.parse_args()

    G, dt = timed(synthetic_graph, args.docs)
    print(f"synthetic graph: {args.docs} documents, {G.number_of_nodes()} nodes, {G.number_of_edges()} edges "
          f"({dt:.1f} s)")
    graph, dt = timed(rdf.to_rdf, G)
    print(f"to_rdf: {len(graph):,} triples in {dt:.1f} s ({len(graph) / dt:,.0f} triples/s)")

    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for fmt, fn in (("nt", rdf.export_ntriples), ("ttl", rdf.export_turtle), ("jsonld", rdf.export_jsonld)):
            paths[fmt] = os.path.join(tmp, f"graph.{fmt}")
            _, dt = timed(fn, G, paths[fmt])
            size = os.path.getsize(paths[fmt])
            print(f"export {fmt:6}: {dt:6.1f} s  {size / 1e6:7.1f} MB  ({args.docs / dt:,.0f} documents/s, "
                  f"conversion included)")
        for fmt in ("nt", "ttl"):
            back, dt = timed(rdf.load_rdf, paths[fmt])
            print(f"parse back {fmt:3}: {dt:6.1f} s  ({len(back):,} triples)")
            del back

        cases = sample_params(G, args.queries)
        print(f"\nstored SPARQL queries, {args.queries} parameter sets each (median / max per query):")
        lib = bench_rdflib(graph, cases)
        try:
            ox_load, ox = bench_oxigraph(paths["nt"], cases)
        except ImportError:
            ox_load, ox = None, {}
        for name, (med, worst, rows) in lib.items():
            line = f"  {name:11} rdflib {med * 1000:8.1f} ms / {worst * 1000:8.1f} ms  ({rows} rows)"
            if name in ox:
                omed, oworst, orows = ox[name]
                line += (f"   pyoxigraph {omed * 1000:6.2f} ms / {oworst * 1000:6.2f} ms  ({orows} rows)  "
                         f"rdflib/pyoxigraph x{med / max(omed, 1e-9):,.0f}")
            print(line)
        if ox_load is not None:
            print(f"pyoxigraph bulk load of the N-Triples: {ox_load:.1f} s")
        else:
            print("pyoxigraph not installed: rdflib only")


if __name__ == "__main__":
    main()
