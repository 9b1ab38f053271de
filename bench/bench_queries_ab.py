"""Stored-query times of two code versions on two stores, interleaved in one run (issue 12: before / after).

    python bench/bench_queries_ab.py --a OLD_PYTHON:OLD_STORE --b NEW_PYTHON:NEW_STORE [--repeat 20] [--json out.json]

Each side is a worker process (its own interpreter, so its own vanban, and its own store: a change of schema
needs the old store for the old code and the upgraded copy for the new); the driver sends each query to A and
B in turn, alternating which goes first, so both see the same load on a shared machine.  Per query and side:
p50 / p95 of wall and CPU time (``time.process_time`` of the worker: every thread of the engine).  Parameters
as bench/bench_scale.py draws them: the 20 most cited documents and 20 loaded ones, the 5 bodies and provinces
with the most edges (bench_scale.param_pools); queries without required parameters run with their defaults.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

WORKER = r'''
import json, sys, time
sys.path.insert(0, sys.argv[2])
from bench_scale import param_pools
from vanban.graph.store import Store
from vanban.queries.registry import all_queries, run_query
s = Store(sys.argv[1], read_only=True)
for line in sys.stdin:
    req = json.loads(line)
    if req["op"] == "pools":
        out = {**param_pools(s, req["seed"]),
               "queries": [[q.name, [p for p, d in q.params if d is None]] for q in all_queries()]}
    else:
        c, t = time.process_time(), time.perf_counter()
        try:
            rows = len(run_query(s, req["name"], req["params"]).rows)
        except Exception as e:
            rows = "error: " + str(e).splitlines()[0]
        out = {"wall": (time.perf_counter() - t) * 1000, "cpu": (time.process_time() - c) * 1000, "rows": rows}
    print(json.dumps(out), flush=True)
'''


class Side:
    def __init__(self, spec: str):
        python, _, store = spec.partition(":")
        bench = str(Path(__file__).resolve().parent)
        # outside any checkout: from one, the working folder's vanban/ would come before the venv's own
        self.p = subprocess.Popen([python, "-c", WORKER, store, bench], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True, cwd=tempfile.gettempdir())

    def ask(self, req: dict) -> dict:
        self.p.stdin.write(json.dumps(req) + "\n")
        self.p.stdin.flush()
        return json.loads(self.p.stdout.readline())

    def close(self):
        self.p.stdin.close()
        self.p.wait()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", required=True, help="PYTHON:STORE of the first side (before)")
    ap.add_argument("--b", required=True, help="PYTHON:STORE of the second side (after)")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="", help="comma-separated query names")
    ap.add_argument("--json", default="")
    args = ap.parse_args(argv)
    a, b = Side(args.a), Side(args.b)
    pools = a.ask({"op": "pools", "seed": args.seed})
    names = dict(pools.pop("queries"))
    names.update(dict(b.ask({"op": "pools", "seed": args.seed})["queries"]))
    only = set(filter(None, args.only.split(",")))
    times = {}
    for name, needed in sorted(names.items()):
        if only and name not in only:
            continue
        got = {"a": [], "b": []}
        for i in range(args.repeat):
            params = {p: pools[p][i % len(pools[p])] for p in needed}
            order = (("a", a), ("b", b)) if i % 2 == 0 else (("b", b), ("a", a))
            for key, side in order:
                got[key].append(side.ask({"op": "run", "name": name, "params": params}))
        row = {}
        for key in "ab":
            wall = sorted(x["wall"] for x in got[key])
            cpu = sorted(x["cpu"] for x in got[key])
            row[key] = {"p50_ms": statistics.median(wall), "p95_ms": wall[min(len(wall) - 1, int(0.95 * len(wall)))],
                        "p50_cpu_ms": statistics.median(cpu), "p95_cpu_ms": cpu[min(len(cpu) - 1, int(0.95 * len(cpu)))],
                        "rows_max": max((x["rows"] for x in got[key] if isinstance(x["rows"], int)), default=0)}
        times[name] = row
        ra, rb = row["a"], row["b"]
        print(f"{name:15} CPU p50 {ra['p50_cpu_ms']:8.1f} -> {rb['p50_cpu_ms']:7.1f} ms  p95 {ra['p95_cpu_ms']:8.1f} -> "
              f"{rb['p95_cpu_ms']:7.1f}   wall p50 {ra['p50_ms']:8.1f} -> {rb['p50_ms']:7.1f}  p95 {ra['p95_ms']:8.1f} -> "
              f"{rb['p95_ms']:7.1f}   rows<= {rb['rows_max']}", flush=True)
    a.close()
    b.close()
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(times, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
