"""How long a view takes to become still in headless chromium.

    .venv/bin/python bench/bench_view.py            # 500, 1,000 and 2,000 nodes, 3 runs each
    .venv/bin/python bench/bench_view.py --nodes 2000 --runs 5

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
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

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


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, nargs="+", default=[500, 1000, 2000])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
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
