"""Throughput of the embedded store (LadybugDB): loading and querying.  Not a test; prints numbers.

    .venv/bin/python bench/bench_store.py [--documents 10000] [--repeat 200]

1. graph/synthetic.py's synthetic_graph(N): bulk write (``Store.write_graph``: COPY from UNWIND batches in one
   transaction), then the incremental path on the same graph split into per-file facts
   (``Store.apply``: one transaction per file, votes merged), then query times: a 1-hop lookup by id and the
   stored queries ``cited-by`` and ``implements`` (variable-length, 5 levels) on documents that have citers.
2. The seed (examples/000_4359cb3ac2b76893.txt): extract + load through ``Store.load``, a reload that skips
   the unchanged file, a reload after a change, and every stored query once.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def per_call_ms(fn, repeat):
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), min(samples)


def facts_per_file(G):
    """The synthetic graph as per-file facts (each edge's source_file is one file), as the loader would make."""
    from vanban.graph.build import FileFacts

    files = {}
    for u, v, k, a in G.edges(keys=True, data=True):
        f = files.setdefault(a["source_file"], FileFacts(a["source_file"], a["source_doc"]))
        for n in (u, v):
            attrs = G.nodes[n]
            vote = f.vote(attrs["label"], attrs["id"])
            if attrs["label"] == "Document" and n == u:
                vote["own"] = {p: attrs[p] for p in ("code", "type", "date", "issuer", "title") if attrs.get(p)}
                vote["loaded"] = True
        f.edges[(u, v, k)] = dict(a)
    return list(files.values())


def bench_synthetic(n_docs, repeat, workdir):
    from vanban.graph.store import Store
    from vanban.graph.synthetic import synthetic_graph
    from vanban.queries.registry import run_query

    G, t_build = timed(synthetic_graph, n_docs)
    n, m = G.number_of_nodes(), G.number_of_edges()
    print(f"synthetic_graph({n_docs}): {n} nodes, {m} edges (built in {t_build:.2f} s)")

    with Store(workdir / "bulk") as s:
        _, t = timed(s.write_graph, G)
        print(f"  bulk write (COPY):        {t:7.2f} s   {n / t:10.0f} nodes/s  {m / t:10.0f} edges/s")
        _, t = timed(s.to_networkx)
        print(f"  read back to networkx:    {t:7.2f} s   {(n + m) / t:10.0f} items/s")
        cited = [r[0] for r in s.run("MATCH (d:Document)<-[r]-(:Document) WITH d, count(r) AS c WHERE c > 2 "
                                     "RETURN d.id ORDER BY d.id LIMIT 50").rows]
        guided = [r[0] for r in s.run("MATCH (d:Document)<-[:IMPLEMENTS|GUIDES]-(:Document) RETURN DISTINCT d.id "
                                      "ORDER BY d.id LIMIT 50").rows]
        it = iter(cited * repeat)
        med, best = per_call_ms(lambda: s.run("MATCH (d:Document {id: $id})<-[r]-(s:Document) RETURN s.id, r.type",
                                              {"id": next(it)}), repeat)
        print(f"  1-hop lookup by id:       median {med:6.2f} ms  best {best:6.2f} ms")
        it = iter(cited * repeat)
        med, best = per_call_ms(lambda: run_query(s, "cited-by", {"id": next(it)}), repeat)
        print(f"  query cited-by(id):       median {med:6.2f} ms  best {best:6.2f} ms")
        it = iter(guided * repeat)
        med, best = per_call_ms(lambda: run_query(s, "implements", {"id": next(it)}), max(1, repeat // 4))
        print(f"  query implements(id):     median {med:6.2f} ms  best {best:6.2f} ms  (≤5 levels)")
        med, best = per_call_ms(lambda: run_query(s, "most-cited", {"limit": 20}), 5)
        print(f"  query most-cited(20):     median {med:6.2f} ms")

    files = facts_per_file(G)
    with Store(workdir / "incremental") as s:
        t0 = time.perf_counter()
        for f in files:
            s.apply(f, "sha-" + f.source_file)
        t = time.perf_counter() - t0
        print(f"  incremental, per file:    {t:7.2f} s   {len(files) / t:10.0f} files/s  {m / t:10.0f} edges/s "
              f"({len(files)} files, one transaction each)")
        f = files[len(files) // 2]
        _, t = timed(s.apply, f, "sha-changed")
        print(f"  replace one file:         {t * 1000:7.1f} ms")


def bench_seed(workdir):
    from vanban.graph.store import Store
    from vanban.queries.registry import all_queries, run_query

    path = workdir / "seed.txt"
    shutil.copy(SEED, path)
    size = path.stat().st_size
    with Store(workdir / "seed-store") as s:
        report, t = timed(s.load, [path])
        st = s.stats()
        print(f"seed ({size / 1024:.0f} KB): extract + load {t:.2f} s -> {report.summary()}; "
              f"{sum(st['nodes'].values())} nodes, {sum(st['edges'].values())} edges")
        _, t = timed(s.load, [path])
        print(f"  reload unchanged (skip):  {t * 1000:7.1f} ms")
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        _, t = timed(s.load, [path])
        print(f"  reload changed (replace): {t:7.2f} s")
        params = {"id": "21-NQ/TW", "body": "BTCTW", "locality": "Quảng Ninh"}
        times = []
        for q in all_queries():
            p = {k: params[k] for k, d in q.params if d is None}
            _, t = timed(run_query, s, q.name, p)
            times.append((t * 1000, q.name))
        print("  stored queries (ms): " + ", ".join(f"{n} {t:.1f}" for t, n in sorted(times, reverse=True)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        bench_synthetic(args.documents, args.repeat, Path(tmp))
        bench_seed(Path(tmp))


if __name__ == "__main__":
    sys.exit(main())
