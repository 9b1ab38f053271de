"""How long `vanban view` takes on stores of several sizes, and how long a view takes to become still in
headless chromium.

    .venv/bin/python bench/bench_view.py --command                  # `vanban view` on synthetic stores, 2k-32k docs
    .venv/bin/python bench/bench_view.py --command --sizes 1000,10000,100000 --store STORE   # and a loaded store
    .venv/bin/python bench/bench_view.py --command --sizes "" --store STORE --against OTHER/.venv/bin/python --repeat 5
    .venv/bin/python bench/bench_view.py            # the browser: 500, 1,000 and 2,000 nodes, 3 runs each
    .venv/bin/python bench/bench_view.py --nodes 2000 --runs 5

--command: the command as a user runs it (a child process: start-up, opening the store, the Cypher that
fetches the neighbourhood, the page written) for the most-cited document and a median one, depth 1 and 2,
with wall and CPU time and peak RSS, and the growth exponent between sizes (≈0: a view's cost should not
depend on the store's size).  The synthetic stores are bench_rdf.py's (``--keep DIR`` reuses them).  ``--against``:
each view also with another checkout's code, the two in turn (the same load on a shared machine), and the ratio.

For each size: a whole-graph view of ``synthetic_graph`` (documents + 8 bodies + 10 provinces, every
relation type, ~3.7 edges per document), built with ``vanban.viz.view``, written with ``write_view``,
opened in Debian's chromium through chromedriver (tests/browser.py) and timed until vis-network fires
'stabilizationIterationsDone' (the page then turns physics off). Reported: the page's own clock from
navigation start to the first script, to the drawn network and to still; the driver's wall time; and
throughput in nodes per second, so runs on different machines compare as ratios.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from vanban.graph.synthetic import synthetic_graph  # noqa: E402
from vanban.viz import view, write_view  # noqa: E402

import browser  # noqa: E402  (tests/browser.py: the same driver the tests use)

EXTRA_NODES = 18  # synthetic_graph adds 8 bodies and 10 provinces to its documents


def bench(n_nodes, runs, driver, tmp):
    G = synthetic_graph(n_nodes - EXTRA_NODES)
    t0 = time.perf_counter()
    net = view(G, max_nodes=max(n_nodes, 1))
    t_view = time.perf_counter() - t0
    path = Path(tmp) / f"view-{n_nodes}.html"
    t0 = time.perf_counter()
    write_view(net, path)
    t_write = time.perf_counter() - t0
    walls, pages = [], []
    for _ in range(runs):
        walls.append(browser.open_view(driver, path, timeout=300))
        pages.append(driver.execute_script("return vanbanView.timings"))
        assert browser.page_counts(driver) == (len(net.nodes), len(net.edges))
    med = lambda xs: statistics.median(xs)  # noqa: E731
    still = med([p["stabilized"] for p in pages]) / 1000
    return {
        "nodes": len(net.nodes), "edges": len(net.edges), "html_mb": path.stat().st_size / 1e6,
        "view_s": t_view, "write_s": t_write,
        "script_s": med([p["script"] for p in pages]) / 1000,
        "drawn_s": med([p["network"] for p in pages]) / 1000,
        "still_s": still, "still_min_s": min(p["stabilized"] for p in pages) / 1000, "wall_s": med(walls),
        "layout_s": still - med([p["network"] for p in pages]) / 1000,
        "nodes_per_s": len(net.nodes) / still,
    }


def bench_command(store, tmp, label, against=None, repeat=1):
    """`vanban view` of the most cited document and a median one at depth 1 and 2, and of the whole graph, as
    commands; with ``against`` (another checkout's Python), each run in turn with it, medians of ``repeat``."""
    from bench_rdf import VANBAN, run_child

    from vanban.graph.store import Store

    with Store(store, read_only=True) as st:
        ranked = st.run("MATCH (s:Document)-[r]->(d:Document) RETURN d.id, count(*) AS c ORDER BY c DESC, d.id").rows
        docs = st.stats()["nodes"]["Document"]
    picks = [("most cited", ranked[0][0]), ("median", ranked[len(ranked) // 2][0])]
    out = {"docs": docs}
    print(f"\n== {label}: {docs:,} documents")
    runners = [("this", VANBAN)] + ([("other", [against, "-m", "vanban"])] if against else [])
    cases = [(f"{what} d{depth}", f"view {what:10} {ident[:22]:22} depth {depth}", [ident, "--depth", str(depth)])
             for what, ident in picks for depth in (1, 2)]
    cases.append(("whole", "view of the whole graph (refused above 2,000 nodes)", []))
    for key, text, args in cases:
        got: dict = {name: [] for name, _ in runners}
        for _ in range(repeat):
            for name, cmd in runners:
                dest = Path(tmp) / "view.html"
                got[name].append(run_child(cmd + ["view", *args, "-o", str(dest), "--store", str(store)],
                                           out=subprocess.PIPE, quiet=not args))
        med = {name: [statistics.median(x[i] for x in runs) for i in range(3)] for name, runs in got.items()}
        wall, cpu, rss = med["this"]
        line = f"  {text}: {wall:6.2f} s wall {cpu:6.2f} s CPU {rss:6.0f} MB peak"
        if against:
            o_wall, o_cpu, o_rss = med["other"]
            line += f"  | other: {o_wall:6.2f} s wall {o_cpu:6.2f} s CPU {o_rss:6.0f} MB; CPU this/other {cpu / o_cpu:4.2f}"
        print(line, flush=True)
        out[key] = wall
    return out


def main_command(args):
    import bench_rdf

    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vanban-bench-view-"))
    base.mkdir(parents=True, exist_ok=True)
    results = []
    for store in args.store:
        bench_command(Path(store), base, f"store {store}", args.against, args.repeat)
    for n in [int(x) for x in args.sizes.split(",") if x.strip()]:
        store = bench_rdf.synthetic_store(base / f"synthetic-{n}", n)
        results.append(bench_command(store, base, f"synthetic {n:,}", args.against, args.repeat))
    if len(results) >= 2:
        print("\ngrowth exponents (time ∝ documents^k):")
        for key in results[0]:
            if key != "docs":
                results_k = [{"docs": r["docs"], key: r[key]} for r in results]
                print(f"  {key:16} k = {bench_rdf.growth(results_k, key):5.2f}")
    if not args.keep:
        import shutil
        shutil.rmtree(base, ignore_errors=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--command", action="store_true", help="time `vanban view` on stores instead of the browser")
    ap.add_argument("--sizes", default="2000,8000,32000", help="--command: synthetic store sizes")
    ap.add_argument("--store", action="append", default=[], help="--command: also this store (repeatable)")
    ap.add_argument("--keep", metavar="DIR", help="--command: keep (and reuse) the synthetic stores in DIR")
    ap.add_argument("--against", metavar="PYTHON", help="--command: also run each view with this Python (another "
                                                        "checkout's .venv/bin/python), in turn, and print the CPU ratio")
    ap.add_argument("--repeat", type=int, default=1, help="--command: runs of each view (medians)")
    args = ap.parse_args(argv)
    if args.command:
        return main_command(args)
    missing = browser.available()
    if missing:
        sys.exit(missing)
    print(f"{'nodes':>6} {'edges':>6} {'html MB':>7} {'view()':>7} {'write':>6} {'script':>7} {'drawn':>6} "
          f"{'still':>6} {'min':>6} {'layout':>7} {'wall':>6} {'nodes/s':>8}")
    with tempfile.TemporaryDirectory(prefix="vanban-bench-view-") as tmp, browser.chromium(Path(tmp) / "profile") as d:
        for n in args.nodes:
            r = bench(n, args.runs, d, tmp)
            print(f"{r['nodes']:>6} {r['edges']:>6} {r['html_mb']:>7.1f} {r['view_s']:>6.2f}s {r['write_s']:>5.2f}s "
                  f"{r['script_s']:>6.2f}s {r['drawn_s']:>5.2f}s {r['still_s']:>5.2f}s {r['still_min_s']:>5.2f}s "
                  f"{r['layout_s']:>6.2f}s "
                  f"{r['wall_s']:>5.2f}s {r['nodes_per_s']:>8.0f}", flush=True)
    print("times: median of runs (min: fastest still); script/drawn/still = the page's clock from navigation start "
          "to its first script,"
          " the drawn network, and vis 'stabilizationIterationsDone' (physics then off); layout = still - drawn.")


if __name__ == "__main__":
    main()
