"""`vanban load` end to end: wall, CPU of the writing process and of its extraction processes, worker idle time.

    .venv/bin/python bench/bench_load.py [--source ../shared/corpus/real] [--runs 2] [--against OTHER/.venv/bin/python]
    .venv/bin/python bench/bench_load.py --idle [--source ...]

Not a test; prints numbers.

1. Each run is the real command, ``python -m vanban load -q SOURCE --store TMP`` on a fresh store, sampled from /proc
   every 0.05 s: wall, CPU (user+sys) of the process itself (the writer: it reads the results and writes the store)
   and of its descendants (the fork server and the extraction processes), MB/s end to end, and the writer's CPU per
   MB.  ``--against PYTHON`` runs the same command with another interpreter (another checkout's venv) in turn with
   this one (A B A B ...), so a busy machine disturbs both alike; compare CPU, which it disturbs less than wall.
   Then, with this interpreter, ``python -m vanban extract SOURCE --json`` to /dev/null (its files read by the
   same pool of processes, one per core): the load's speed as a share of that parallel extraction's (issue 12's
   target: 0.8).
2. ``--idle``: the load in this process with an extractor that notes when each file's extraction starts and ends in
   its worker; prints how long the workers waited (the pool's span times its processes, less the time they spent
   extracting), the extractions done again for documents several files hold, and the writer's CPU.
3. The machine's load average before and after, since the machine may be shared.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "real"
if not DEFAULT_SOURCE.exists():
    DEFAULT_SOURCE = Path("/work/shared/corpus/real")


def _mb(source: Path) -> float:
    return sum(f.stat().st_size for f in source.rglob("*") if f.is_file()) / 2**20


def measure(python: str, source: Path, store: Path) -> dict:
    """One `vanban load` in its own process: wall, the writer's CPU, its descendants' CPU."""
    from bench_scale import _tree

    shutil.rmtree(store, ignore_errors=True)
    t0 = time.perf_counter()
    # run outside any checkout: from one, ``-m vanban`` would import that checkout's vanban/ (the working folder
    # comes first on the path) with the other venv's loaders and graph
    p = subprocess.Popen([python, "-m", "vanban", "load", "-q", str(source), "--store", str(store)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=store.parent)
    cpu: dict = {}
    while p.poll() is None:
        cpu.update(_tree(p.pid)[1])
        time.sleep(0.05)
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    if p.returncode not in (0, 1) or " added" not in out:      # (1: a file failed; a crash is 1 too)
        raise SystemExit(f"{python} load failed ({p.returncode}): {err.strip()[-500:]}")
    parent = cpu.pop(p.pid, 0.0)
    return {"wall_s": wall, "parent_cpu_s": parent, "children_cpu_s": sum(cpu.values()), "summary": out.strip()}


def measure_extract(python: str, source: Path, cwd: Path) -> float:
    """Wall seconds of one ``vanban extract SOURCE --json`` (its JSON lines thrown away)."""
    t0 = time.perf_counter()
    p = subprocess.run([python, "-m", "vanban", "extract", str(source), "--json"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True, cwd=cwd)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{python} extract failed ({p.returncode}): {p.stderr.strip()[-500:]}")
    return time.perf_counter() - t0


def compare(args) -> None:
    source = Path(args.source)
    mb = _mb(source)
    pythons = [("this", sys.executable)] + ([("other", args.against)] if args.against else [])
    print(f"{source}: {mb:.1f} MB; load average {os.getloadavg()[0]:.1f}")
    rows = {name: [] for name, _ in pythons}
    with tempfile.TemporaryDirectory(prefix="vanban-bench-load-") as tmp:
        for run in range(args.runs):
            for name, python in pythons:
                r = measure(python, source, Path(tmp) / "store")
                rows[name].append(r)
                print(f"  {name:5} run {run + 1}: {r['wall_s']:6.1f} s wall = {mb / r['wall_s']:5.2f} MB/s; CPU: writer "
                      f"{r['parent_cpu_s']:5.1f} s ({1000 * r['parent_cpu_s'] / mb:5.0f} ms/MB), extraction processes "
                      f"{r['children_cpu_s']:5.1f} s   [{r['summary']}]", flush=True)
        extract_walls = [measure_extract(sys.executable, source, Path(tmp)) for _run in range(args.runs)]
    print(f"  this  extract --json (parallel): {', '.join(f'{w:.1f}' for w in extract_walls)} s wall = "
          f"{mb / min(extract_walls):.2f} MB/s at best")
    for name, rs in rows.items():
        best = min(rs, key=lambda r: r["wall_s"])
        print(f"{name:5} best: {best['wall_s']:.1f} s wall ({mb / best['wall_s']:.2f} MB/s), writer CPU "
              f"{min(r['parent_cpu_s'] for r in rs):.1f} s, extraction CPU {min(r['children_cpu_s'] for r in rs):.1f} s")
    best_load = min(r["wall_s"] for r in rows["this"])
    print(f"this  load / parallel extraction speed (best of each): {min(extract_walls) / best_load:.2f} (target 0.8)")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


# ---------------------------------------------------------------- worker idle time
def timed_extract(path):
    """vanban.loaders.extract, noting (pid, start, end) of the call in the folder $VANBAN_BENCH_TIMES."""
    from vanban.loaders import extract

    t = time.time()
    try:
        return extract(path)
    finally:
        with open(os.path.join(os.environ["VANBAN_BENCH_TIMES"], str(os.getpid())), "a") as fh:
            fh.write(f"{t} {time.time()}\n")


def idle(args) -> None:
    from vanban.graph import loading
    from vanban.graph.store import Store

    source = Path(args.source)
    mb = _mb(source)
    with tempfile.TemporaryDirectory(prefix="vanban-bench-idle-") as tmp:
        times = Path(tmp) / "times"
        times.mkdir()
        os.environ["VANBAN_BENCH_TIMES"] = str(times)
        rereads = []
        real = loading.rereader

        def counting(extract):
            r = real(extract)
            rereads.append(r)
            return r

        loading.rereader = counting
        t0, c0 = time.time(), time.process_time()
        with Store(Path(tmp) / "store") as s:
            report = s.load([source], extract=timed_extract)
        wall, writer = time.time() - t0, time.process_time() - c0
        spans = {}
        for f in times.iterdir():
            spans[f.name] = [tuple(map(float, line.split())) for line in f.read_text().splitlines()]
    workers = {pid: s for pid, s in spans.items() if int(pid) != os.getpid()}
    first = min(a for s in workers.values() for a, _ in s) if workers else t0
    last = max(b for s in workers.values() for _, b in s) if workers else t0
    busy = sum(b - a for s in workers.values() for a, b in s)
    again = sum(getattr(r, "reads", 0) for r in rereads)
    print(f"{source}: {mb:.1f} MB, {report.summary()}; load average {os.getloadavg()[0]:.1f}")
    print(f"  wall {wall:.1f} s ({mb / wall:.2f} MB/s); writer CPU {writer:.1f} s ({1000 * writer / mb:.0f} ms/MB)")
    if workers:
        span = last - first
        print(f"  {len(workers)} extraction processes over {span:.1f} s (first start to last end): busy {busy:.1f} s, "
              f"idle {len(workers) * span - busy:.1f} s ({100 * (1 - busy / (len(workers) * span)):.0f}%); "
              f"after the last extraction the writer ran {t0 + wall - last:.1f} s more")
    print(f"  extractions done again (documents several files hold): {again}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=str(DEFAULT_SOURCE))
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--against", help="another interpreter (venv) to run the same load with, in turn")
    ap.add_argument("--idle", action="store_true", help="measure the workers' idle time instead")
    args = ap.parse_args(argv)
    idle(args) if args.idle else compare(args)


if __name__ == "__main__":
    sys.exit(main())
