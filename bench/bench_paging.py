"""CPU time of every stored query's whole answer against one page of it, interleaved in one process (issue 12).

    python bench/bench_paging.py STORE [--page 100] [--repeat 20] [--json out.json]

Per query: the whole answer (``run_query``), its first page (``page=slice(0, N)``: SKIP/LIMIT pushed into the
query), reading that page's total (the count query, unless the page told it) and a page from the middle of the
answer with its total (what `vanban query --skip --limit` shows),
each run in turn with the same parameters, so all three see the same load on a shared machine.  Parameters as
bench/bench_scale.py draws them (the most cited and some loaded documents, the busiest bodies and provinces);
queries without required parameters run with their defaults.  Reported: p50 / p95 CPU time
(``time.process_time``: every thread of the engine) and wall p50, in ms, and the largest answer's row count.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _p(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main(argv=None) -> int:
    from bench_scale import param_pools

    from vanban.graph.store import Store
    from vanban.queries.registry import all_queries, run_query

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store")
    ap.add_argument("--page", type=int, default=100, help="rows per page")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="", help="comma-separated query names")
    ap.add_argument("--json", default="")
    args = ap.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    out = {}
    with Store(args.store, read_only=True) as s:
        pools = param_pools(s, args.seed)
        print(f"{'query':16} {'rows':>7}  {'whole p50/p95 CPU':>18}  {'page 1 p50/p95':>15}  {'+ total':>7}  "
              f"{'mid page+total':>15}  {'whole/page1':>11}")
        for q in all_queries():
            if only and q.name not in only:
                continue
            needed = [p for p, d in q.params if d is None]
            if any(p not in pools for p in needed):
                continue
            t = {"whole": [], "first": [], "count": [], "middle": []}
            wall = {"whole": [], "first": [], "middle": []}
            most = 0
            for i in range(args.repeat):
                params = {p: pools[p][i % len(pools[p])] for p in needed}
                whole_rows = None
                for kind in ("whole", "first", "middle"):
                    if kind == "whole":
                        page = None
                    elif kind == "first":
                        page = slice(0, args.page)
                    else:
                        mid = (whole_rows or 0) // 2
                        page = slice(mid, mid + args.page)
                    c, w = time.process_time(), time.perf_counter()
                    got = run_query(s, q.name, params, page=page)
                    if kind == "middle":
                        total = got.total        # the page and its total, as `vanban query --skip` shows them
                    t[kind].append((time.process_time() - c) * 1000)
                    wall[kind].append((time.perf_counter() - w) * 1000)
                    if kind == "whole":
                        whole_rows = len(got.rows)
                        most = max(most, whole_rows)
                    elif kind == "first":
                        c = time.process_time()
                        total = got.total        # counted on first read (unless the page told it)
                        t["count"].append((time.process_time() - c) * 1000)
                    assert kind == "whole" or total == whole_rows, (q.name, params, total, whole_rows)
            row = {k: {"cpu_p50": statistics.median(v), "cpu_p95": _p(v, 0.95),
                       **({"wall_p50": statistics.median(wall[k])} if k in wall else {})} for k, v in t.items()}
            row["rows"] = most
            out[q.name] = row
            ratio = row["whole"]["cpu_p50"] / max(row["first"]["cpu_p50"], 1e-6)
            print(f"{q.name:16} {most:>7}  {row['whole']['cpu_p50']:>8.1f} / {row['whole']['cpu_p95']:>7.1f}  "
                  f"{row['first']['cpu_p50']:>6.1f} / {row['first']['cpu_p95']:>6.1f}  {row['count']['cpu_p50']:>7.1f}  "
                  f"{row['middle']['cpu_p50']:>7.1f} / {row['middle']['cpu_p95']:>7.1f}  {ratio:>10.1f}×", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
