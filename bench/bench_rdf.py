"""Benchmark what a user runs on the linked-data path: `vanban export` and `vanban sparql`, on real stores.

    .venv/bin/python bench/bench_rdf.py                                  # synthetic stores of 2k, 8k, 32k documents
    .venv/bin/python bench/bench_rdf.py --sizes 1000,10000,100000        # the issue's sizes (the 100k store: minutes)
    .venv/bin/python bench/bench_rdf.py --store /path/to/store           # also a store you loaded (e.g. the real
                                                                         #   corpus: vanban load corpus/real/congbao)

For each store: every export format run as the command (`vanban export --format F FILE --store S`, a child
process), with its wall and CPU time, peak RSS and, for RDF, triples per second; then `vanban sparql` cold
(the first call builds the RDF store beside the graph store), again as a command (the RDF store kept), and
the stored SPARQL queries in process on the kept store (p50/p95 over documents that have the edges the
query follows, hubs included).  Synthetic stores are graph/synthetic.py's graph (12.8 edges per document,
like the real texts) written with ``Store.write_graph``; the growth exponent between sizes is fitted
(≈1 for exports, ≈0 for id-bound queries).  Prints figures, never asserts a time.
"""
from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VANBAN = [sys.executable, "-m", "vanban"]
FORMATS = ("nt", "ttl", "jsonld", "json", "graphml", "neo4j-csv")


def run_child(args, out=subprocess.DEVNULL, quiet=False):
    """Run a command; returns (wall s, cpu s, peak RSS MB, exit code).

    The peak RSS is GNU time's (``/usr/bin/time``) when it is installed: Linux keeps a process's maxrss across
    exec, so the rusage of a child forked from this (large) benchmark process would report this process's
    size; GNU time forks from a small process.
    """
    fd, rss_file = tempfile.mkstemp(prefix="vanban-rss-")
    os.close(fd)
    gnu_time = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    cmd = [gnu_time, "-f", "%M", "-o", rss_file] + list(args) if gnu_time else list(args)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    try:
        rss = int(open(rss_file).read().split()[-1]) / 1024 if gnu_time else usage.ru_maxrss / 1024
    except (ValueError, IndexError):
        rss = usage.ru_maxrss / 1024
    os.unlink(rss_file)
    if code and not quiet:
        print(f"    ! {' '.join(map(str, args[2:]))}: exit {code}: {err.strip()[:300]}")
    return wall, usage.ru_utime + usage.ru_stime, rss, code


def synthetic_store(path: Path, docs: int) -> Path:
    """graph/synthetic.py's graph of ``docs`` documents written into a store at ``path`` (in a child process,
    so this one stays small); an existing store there is reused."""
    if (path / "graph.lbug").exists():
        return path
    code = ("import sys; from vanban.graph.store import Store; from vanban.graph.synthetic import synthetic_graph\n"
            "with Store(sys.argv[1]) as st: st.write_graph(synthetic_graph(int(sys.argv[2]), edges_per_document=12.8))")
    subprocess.run([sys.executable, "-c", code, str(path), str(docs)], check=True)
    return path


def sample_ids(store, n=8):
    """Ids for each stored query: documents with the edges it follows, spread over the sorted list, plus the
    most-cited document (the hub)."""
    from vanban.graph.store import Store

    with Store(store, read_only=True) as st:
        def ids(cypher):
            got = [r[0] for r in st.run(cypher).rows]
            step = max(1, len(got) // n)
            return got[::step][:n]
        hub = st.run("MATCH (s:Document)-[r]->(d:Document) RETURN d.id, count(*) AS c ORDER BY c DESC, d.id "
                     "LIMIT 1").rows
        hub = [hub[0][0]] if hub else []
        changes = "['AMENDS', 'REPLACES', 'REPEALS']"
        impl = "['IMPLEMENTS', 'GUIDES']"
        out = {
            "amends": ids(f"MATCH (d:Document)-[r]->(:Document) WHERE r.type IN {changes} RETURN DISTINCT d.id ORDER BY d.id"),
            "amended-by": ids(f"MATCH (:Document)-[r]->(d:Document) WHERE r.type IN {changes} RETURN DISTINCT d.id ORDER BY d.id") + hub,
            "implemented-by": ids(f"MATCH (:Document)-[r]->(d:Document) WHERE r.type IN {impl} RETURN DISTINCT d.id ORDER BY d.id") + hub,
            "implements": ids(f"MATCH (d:Document)-[r]->(:Document) WHERE r.type IN {impl} RETURN DISTINCT d.id ORDER BY d.id"),
            "cites": ids("MATCH (d:Document)-[r]->(:Document) RETURN DISTINCT d.id ORDER BY d.id"),
            "cited-by": ids("MATCH (:Document)-[r]->(d:Document) RETURN DISTINCT d.id ORDER BY d.id") + hub,
        }
        bodies = [r[0] for r in st.run("MATCH (b:Body) RETURN b.id ORDER BY b.id").rows][:n]
        counts = st.stats()
    out = {k: [{"id": i} for i in v] for k, v in out.items()}
    out["issued-by"] = [{"body": b} for b in bodies]
    return out, counts


def bench_store(store: Path, tmp: Path, label: str) -> dict:
    from vanban.graph import rdf
    from vanban.graph.sparqlstore import open_rdf_store

    cases, counts = sample_ids(store)
    docs = counts["nodes"]["Document"]
    edges = sum(counts["edges"].values())
    print(f"\n== {label}: {docs:,} documents, {sum(counts['nodes'].values()):,} nodes, {edges:,} relationships, "
          f"store {sum(f.stat().st_size for f in store.glob('graph.lbug*')) / 1e6:,.0f} MB")
    figures = {"docs": docs, "edges": edges}
    for fmt in FORMATS:
        dest = tmp / (f"out-{fmt}" if fmt == "neo4j-csv" else f"out.{fmt}")
        wall, cpu, rss, code = run_child(VANBAN + ["export", "--format", fmt, str(dest), "--store", str(store)])
        size = sum(p.stat().st_size for p in dest.rglob("*")) if dest.is_dir() else dest.stat().st_size
        line = f"  export {fmt:9} {wall:7.2f} s wall {cpu:7.2f} s CPU  {rss:6.0f} MB peak  {size / 1e6:8.1f} MB"
        if fmt == "nt":
            with open(dest, "rb") as fh:
                triples = sum(1 for _ in fh)
            line += f"  {triples:,} triples, {triples / wall:,.0f} triples/s wall, {triples / cpu:,.0f} per CPU s"
            figures["triples"], figures["nt_wall"], figures["nt_rss"] = triples, wall, rss
        figures[f"export_{fmt}"] = wall
        figures[f"export_{fmt}_cpu"] = cpu   # the fit uses CPU time too: wall time depends on what else runs
        print(line)
        shutil.rmtree(dest, ignore_errors=True) if dest.is_dir() else dest.unlink()

    shutil.rmtree(store / "sparql", ignore_errors=True)
    first = cases["cited-by"][0]["id"]
    cmd = VANBAN + ["sparql", "--query", "cited-by", "-p", f"id={first}", "--store", str(store)]
    cold = run_child(cmd)
    warm = [run_child(cmd) for _ in range(3)]
    print(f"  vanban sparql -q cited-by: cold (builds the RDF store) {cold[0]:.2f} s, {cold[2]:.0f} MB peak; "
          f"then as a command {statistics.median(w[0] for w in warm):.2f} s wall "
          f"({statistics.median(w[2] for w in warm):.0f} MB)")
    figures["sparql_cold"], figures["sparql_warm_cmd"] = cold[0], statistics.median(w[0] for w in warm)
    ox = open_rdf_store(store)
    for name, params_list in cases.items():
        times, rows = [], 0
        for params in params_list:
            for _ in range(3):
                t = time.perf_counter()
                result = rdf.run_sparql(ox, name, params)
                times.append(time.perf_counter() - t)
            rows += len(result.rows)
        times.sort()
        p50, p95 = statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]
        figures[f"q_{name}"] = p50
        print(f"  sparql {name:11} in process p50 {p50 * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms  "
              f"({len(params_list)} ids, {rows} rows)")
    del ox
    return figures


def growth(results, key):
    pts = [(r["docs"], r[key]) for r in results if r.get(key)]
    if len(pts) < 2:
        return None
    xs, ys = [math.log(x) for x, _ in pts], [math.log(max(y, 1e-6)) for _, y in pts]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="2000,8000,32000", help="synthetic store sizes in documents (comma-separated)")
    ap.add_argument("--store", action="append", default=[], help="also benchmark this store (repeatable)")
    ap.add_argument("--keep", metavar="DIR", help="keep the synthetic stores in DIR (reused on the next run)")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vanban-bench-rdf-"))
    base.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for store in args.store:
            bench_store(Path(store), base, f"store {store}")
        for n in sizes:
            t = time.perf_counter()
            store = synthetic_store(base / f"synthetic-{n}", n)
            print(f"\n(synthetic store of {n:,} documents ready in {time.perf_counter() - t:.1f} s)")
            results.append(bench_store(store, base, f"synthetic {n:,}"))
        if len(results) >= 2:
            print("\ngrowth exponents (time ∝ documents^k between the synthetic sizes):")
            for key in ["export_nt", "export_nt_cpu", "export_json_cpu", "export_graphml_cpu", "sparql_cold",
                        "sparql_warm_cmd"] + \
                    [k for k in results[0] if k.startswith("q_")]:
                k = growth(results, key)
                if k is not None:
                    print(f"  {key:20} k = {k:5.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
