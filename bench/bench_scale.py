"""Scale benchmark: N distinct documents made from the real texts, loaded and queried at several sizes.

    .venv/bin/python bench/bench_scale.py --sizes 1000,10000 [--source ../shared/corpus/real] [--kb 0]
        [--common 0.2] [--seed 7] [--repeat 30] [--jobs N] [--json out.json] [--keep DIR [--reuse]]
        [--no-extraction-alone]

Not a test; prints numbers (and writes them as JSON with --json).

1. The generator (``generate``) writes N files, copy c of real text j for c = 0, 1, ...: every document number
   in a copy (state "15/2020/NĐ-CP", Party "21-NQ/TW") is renumbered for that copy (number -> c * 100000 +
   number), except a seeded share (--common) of the numbers cited in the body, which stay as they are in
   every copy: those are the common targets that keep the graph connected, as real collections cite the same
   laws and resolutions.  Numbers in a text's first HEADER_LINES lines (its own number) are always renumbered,
   so every copy is a document of its own.  --kb K keeps the first K KB of each text (0: whole texts).
2. Load: the real command, ``vanban load -q DIR --store S`` in a process of its own, with its wall time, CPU
   time (user+sys of it and its extraction processes), and peak RSS (the sum over the process and its
   children, sampled every 0.1 s).  Next to it, the parallel extraction alone of the same files (same pool,
   nothing written), so that "load / extraction" says what the store adds (issue 12 wants load >= 0.8 x the
   extraction speed).
3. The store: size on disk, nodes and edges.
4. Stored queries (queries/*.cypher through queries/registry.py, in process, store opened read-only): each
   run --repeat times with ids drawn from the most cited documents and from random loaded ones; p50 / p95 ms
   of wall time, and p50 of CPU time (all threads of the process), which a busy machine disturbs less.
5. Across sizes: the fitted growth exponent b of time ~ N^b (least squares on logs) for load and each query.

6. Hooks (``HOOKS``: (name, fn(store_path, workdir) -> {metric: value}) run after the queries at each size,
   reported and fitted like the rest): ``export`` (`vanban export --format nt` as a command: wall, CPU, peak
   RSS, triples/s), ``sparql`` (`vanban sparql --query cited-by`: the first call, which builds the RDF twin;
   a later call as a command; the stored SPARQL queries in process, p50 over hubs and loaded documents) and
   ``view`` (`vanban view ID` of the most cited document and of a loaded one: wall, peak RSS).
   ``--keep DIR --reuse`` measures the stores an earlier ``--keep DIR`` run left, without loading again.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "real"
if not DEFAULT_SOURCE.exists():
    DEFAULT_SOURCE = Path("/work/shared/corpus/real")
HEADER_LINES = 40

# A document number's leading digits, when what follows makes it one (state or Party form).
_STATE = r"(?<![\d/.,])(\d{1,5})(?=/(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ]*(?:-[A-Za-zĐđ0-9]+)+)"
_PARTY = r"(?<![\d/.,])(\d{1,5})(?=-[A-ZĐ]{1,8}/[A-ZĐ]{1,12})"
NUMBER = re.compile(f"{_STATE}|{_PARTY}")

HOOKS = []   # (name, fn(store_path: Path, workdir: Path) -> {metric: seconds or value}); see the docstring
VANBAN = [sys.executable, "-m", "vanban"]


# ---------------------------------------------------------------- the generator
def sources(source: Path):
    files = sorted(p for p in source.rglob("*.txt") if p.stat().st_size > 0)
    if not files:
        raise SystemExit(f"{source}: no .txt files; give --source a folder of real texts")
    return files


def _is_common(number: str, seed: int, share: float) -> bool:
    return random.Random(f"{seed}:{number}").random() < share


def renumber(text: str, copy: int, seed: int, share: float) -> str:
    """Copy ``copy`` of a text: its document numbers renumbered, but for the seeded common share."""
    if copy == 0:
        return text
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        def sub(m, i=i, line=line):
            digits = m.group(1) or m.group(2)
            if i >= HEADER_LINES and _is_common(digits + line[m.end():m.end() + 12], seed, share):
                return digits
            return str(copy * 100000 + int(digits))
        out.append(NUMBER.sub(sub, line))
    return "\n".join(out)


def generate(n: int, out: Path, source: Path = DEFAULT_SOURCE, *, seed: int = 7, share: float = 0.2,
             kb: int = 0) -> int:
    """Write ``n`` distinct documents into ``out``; returns the bytes written."""
    texts = sources(source)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    cache = {}
    for i in range(n):
        copy, j = divmod(i, len(texts))
        if j not in cache:
            t = texts[j].read_text(encoding="utf-8", errors="replace")
            if kb:
                t = t[:kb * 1024].rsplit("\n", 1)[0]
            cache[j] = t
        body = renumber(cache[j], copy, seed, share)
        dest = out / f"{copy:04d}" / texts[j].name
        dest.parent.mkdir(exist_ok=True)
        dest.write_text(body, encoding="utf-8")
        total += len(body.encode("utf-8"))
    return total


# ---------------------------------------------------------------- measuring
def _tree(root_pid: int, per: Optional[dict] = None):
    """(resident bytes, {pid: CPU seconds so far}) of a process and all its descendants (from /proc); ``per``, if
    given, gets {pid: resident bytes} of each."""
    children = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(d))
            except (OSError, ValueError, IndexError):
                pass
    rss, cpu, todo = 0, {}, [root_pid]
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            cpu[pid] = (int(fields[11]) + int(fields[12])) / tick     # utime + stime
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1]) * 1024
                        if per is not None:
                            per[pid] = int(line.split()[1]) * 1024
        except (OSError, ValueError, IndexError):
            pass
    return rss, cpu


def _role(pid: int, root: int) -> str:
    """What a process of a load's tree is: the writer (the command itself), the pool's fork server, its resource
    tracker, or an extraction process (the fork server's children)."""
    if pid == root:
        return "writer"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode(errors="replace")
        with open(f"/proc/{pid}/stat") as fh:
            ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return "gone"
    if ppid != root:     # the fork server's children share its command line
        return "extraction"
    if "forkserver" in cmd:
        return "forkserver"
    if "resource_tracker" in cmd:
        return "resource_tracker"
    return "extraction"


def run_measured(cmd, env=None) -> dict:
    """Wall, CPU (user+sys of the process and every descendant) and peak RSS (summed over them) of a command,
    sampled from /proc every 0.1 s (a descendant's last 0.1 s may be missed)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, cpu, at_peak, top, loads, roles = 0, {}, {}, {}, [], {}
    last_load = 0.0
    while p.poll() is None:
        per: dict = {}
        rss, seen = _tree(p.pid, per)
        for pid in per:
            if pid not in roles:
                roles[pid] = _role(pid, p.pid)
            top[pid] = max(top.get(pid, 0), per[pid])
        if rss > peak:
            peak, at_peak = rss, per
        cpu.update(seen)
        if time.perf_counter() - last_load >= 5:
            loads.append(os.getloadavg()[0])
            last_load = time.perf_counter()
        time.sleep(0.1)
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, cmd))} failed ({p.returncode}): {err.strip()[-500:]}")
    def by_role(sizes):
        out: dict = {}
        for pid, b in sizes.items():
            out.setdefault(roles.get(pid, "gone"), []).append(round(b / 2**20))
        return out
    return {"wall_s": wall, "cpu_s": sum(cpu.values()), "peak_rss_mb": peak / 2**20, "stdout": out.strip(),
            "stderr": err.strip(),
            # MB per process at the moment of the summed peak, and each process's own peak, by role
            "at_peak_mb": by_role(at_peak), "process_peak_mb": by_role(top),
            "load_average": [min(loads), sum(loads) / len(loads), max(loads)] if loads else []}


def extraction_only(folder: Path, jobs: int) -> dict:
    """The load's parallel extraction of the same files, nothing written (the floor a load can reach)."""
    # (each file hashed by the process that extracts it, as a first load does: graph/loading.py read_facts)
    code = ("import sys,time\nfrom vanban.graph.store import expand_paths\n"
            "from vanban.graph.loading import _extracted\nfrom vanban.loaders import extract\n"
            "files=expand_paths([sys.argv[1]])\n"
            "todo=[(f,None) for f in files]\n"
            "n=sum(1 for _ in _extracted(todo,int(sys.argv[2]),extract))\n")
    return run_measured([sys.executable, "-c", code, str(folder), str(jobs)])


def _dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def param_pools(s, seed: int) -> dict:
    """The parameters stored queries are run with: the 20 most cited documents and 20 loaded ones (seeded),
    the 5 bodies and provinces with the most edges (``s``: an open Store)."""
    rng = random.Random(seed)
    hubs = [r[0] for r in s.run("MATCH (d:Document) WHERE d.mention_count > 0 RETURN d.id "
                                "ORDER BY d.mention_count DESC, d.id LIMIT 20").rows]
    loaded = [r[0] for r in s.run("MATCH (d:Document) WHERE d.loaded RETURN d.id ORDER BY d.id").rows]
    bodies = [r[0] for r in s.run("MATCH (b:Body)<-[:ISSUED_BY]-() RETURN b.id, count(*) AS c "
                                  "ORDER BY c DESC, b.id LIMIT 5").rows]
    places = [r[0] for r in s.run("MATCH (l:Locality)<-[:MENTIONS]-() RETURN l.id, count(*) AS c "
                                  "ORDER BY c DESC, l.id LIMIT 5").rows]
    return {"id": hubs + rng.sample(loaded, min(20, len(loaded))), "body": bodies or ["Chính phủ"],
            "locality": places or ["Hà Nội"]}


def query_times(store: Path, repeat: int, seed: int) -> dict:
    from vanban.graph.store import Store
    from vanban.queries.registry import all_queries, run_query

    out = {}
    with Store(store, read_only=True) as s:
        pools = param_pools(s, seed)
        for q in all_queries():
            needed = [p for p, default in q.params if default is None]
            if any(p not in pools for p in needed):
                continue
            samples, cpu = [], []
            for i in range(repeat):
                params = {p: pools[p][i % len(pools[p])] for p in needed}
                c = time.process_time()     # CPU of every thread of this process: steady on a busy machine
                t = time.perf_counter()
                try:
                    run_query(s, q.name, params)
                except Exception as e:   # an unknown id in a pool: the query's own error, still timed
                    if "no document" not in str(e) and "stands for" not in str(e):
                        raise
                samples.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
            samples.sort()
            out[q.name] = {"p50_ms": statistics.median(samples), "p50_cpu_ms": statistics.median(cpu),
                           "p95_ms": samples[min(len(samples) - 1, int(0.95 * len(samples)))]}
    return out


# ---------------------------------------------------------------- the hooks: export, SPARQL, view
def _ids(store: Path, n: int = 10):
    """The most cited documents and loaded ones spread over the store (what the id-bound hooks ask about)."""
    from vanban.graph.store import Store

    with Store(store, read_only=True) as s:
        hubs = [r[0] for r in s.run("MATCH (d:Document) WHERE d.mention_count > 0 RETURN d.id "
                                    "ORDER BY d.mention_count DESC, d.id LIMIT 3").rows]
        loaded = [r[0] for r in s.run("MATCH (d:Document) WHERE d.loaded RETURN d.id ORDER BY d.id").rows]
    step = max(1, len(loaded) // n)
    return hubs, loaded[::step][:n]


def hook_export(store: Path, workdir: Path) -> dict:
    """`vanban export --format nt` as a command: wall, CPU, peak RSS, triples per second."""
    out = workdir / "export.nt"
    m = run_measured(VANBAN + ["export", "--format", "nt", str(out), "--store", str(store)])
    with open(out, "rb") as fh:
        triples = sum(1 for _ in fh)
    out.unlink()
    return {"nt_wall_s": m["wall_s"], "nt_cpu_s": m["cpu_s"], "nt_peak_rss_mb": m["peak_rss_mb"], "triples": triples,
            "triples_per_s": triples / m["wall_s"], "triples_per_cpu_s": triples / max(m["cpu_s"], 1e-9)}


def hook_sparql(store: Path, workdir: Path) -> dict:
    """`vanban sparql --query cited-by`: the first call (builds the RDF twin), a later call as a command (the
    twin kept: what a user waits), and the stored queries in process on the kept twin (p50 over ids)."""
    from vanban.graph import rdf
    from vanban.graph.sparqlstore import DIR, open_rdf_store

    hubs, loaded = _ids(store)
    shutil.rmtree(store / DIR, ignore_errors=True)
    cmd = VANBAN + ["sparql", "--query", "cited-by", "-p", f"id={loaded[0]}", "--store", str(store)]
    build = run_measured(cmd)
    again = [run_measured(cmd) for _ in range(3)]
    ox = open_rdf_store(store)
    times = []
    for name in ("cites", "cited-by", "amends", "amended-by", "implements", "implemented-by"):
        for i in hubs + loaded:
            t = time.perf_counter()
            rdf.run_sparql(ox, name, {"id": i})
            times.append((time.perf_counter() - t) * 1000)
    del ox
    return {"build_wall_s": build["wall_s"], "build_peak_rss_mb": build["peak_rss_mb"],
            "command_wall_s": statistics.median(m["wall_s"] for m in again),
            "command_cpu_s": statistics.median(m["cpu_s"] for m in again), "in_process_p50_ms": statistics.median(times)}


def hook_view(store: Path, workdir: Path) -> dict:
    """`vanban view ID -o page.html` of the most cited document and of loaded ones: wall time of the command."""
    hubs, loaded = _ids(store, 3)
    walls = {}
    for kind, i in (("hub", hubs[0] if hubs else loaded[0]), ("loaded", loaded[0])):
        m = run_measured(VANBAN + ["view", i, "-o", str(workdir / "view.html"), "--store", str(store)])
        walls[f"{kind}_wall_s"] = m["wall_s"]
        walls[f"{kind}_cpu_s"] = m["cpu_s"]
        walls[f"{kind}_peak_rss_mb"] = m["peak_rss_mb"]
    return walls


HOOKS += [("export", hook_export), ("sparql", hook_sparql), ("view", hook_view)]


def growth(points) -> float:
    """b of y ~ N^b by least squares on logs; nan with fewer than two sizes."""
    pts = [(math.log(n), math.log(y)) for n, y in points if n > 0 and y > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else float("nan")


def bench_size(n, args, workdir: Path) -> dict:
    docs, store = workdir / f"docs-{n}", workdir / f"store-{n}"
    if args.reuse and (store / "graph.lbug").exists():
        return reuse_size(n, args, store)
    t = time.perf_counter()
    size = generate(n, docs, Path(args.source), seed=args.seed, share=args.common, kb=args.kb)
    print(f"\n== {n} documents ({size / 2**20:.1f} MB, generated in {time.perf_counter() - t:.1f} s)", flush=True)
    env = dict(os.environ)
    if args.jobs:
        env["VANBAN_JOBS"] = str(args.jobs)
    jobs = args.jobs or len(os.sched_getaffinity(0))
    ext = extraction_only(docs, jobs) if not args.no_extraction_alone else None
    load = run_measured([sys.executable, "-m", "vanban", "load", "-q", str(docs), "--store", str(store)], env=env)
    from vanban.graph.store import Store
    with Store(store, read_only=True) as s:
        st = s.stats()
    nodes, edges = sum(st["nodes"].values()), sum(st["edges"].values())
    row = {"documents": n, "mb": size / 2**20, "nodes": nodes, "edges": edges,
           "document_nodes": st["nodes"].get("Document", 0), "store_mb": _dir_bytes(store) / 2**20,
           "extract_wall_s": ext and ext["wall_s"], "extract_cpu_s": ext and ext["cpu_s"],
           "load_wall_s": load["wall_s"], "load_cpu_s": load["cpu_s"], "load_peak_rss_mb": load["peak_rss_mb"],
           "load_summary": load["stdout"]}
    row["docs_per_s"] = n / load["wall_s"]
    row["edges_per_s"] = edges / load["wall_s"]
    row["mb_per_s"] = size / 2**20 / load["wall_s"]
    row["load_over_extraction_speed"] = ext and ext["wall_s"] / load["wall_s"]
    print(f"load: {load['wall_s']:.1f} s wall, {load['cpu_s']:.1f} s CPU, peak RSS {load['peak_rss_mb']:.0f} MB; "
          f"{row['docs_per_s']:.1f} docs/s, {row['edges_per_s']:.0f} edges/s, {row['mb_per_s']:.2f} MB/s "
          f"({load['stdout']})")
    if ext:
        print(f"extraction alone ({jobs} processes): {ext['wall_s']:.1f} s wall, {ext['cpu_s']:.1f} s CPU -> load runs at "
              f"{row['load_over_extraction_speed']:.2f} x the extraction speed")
    print(f"store: {row['store_mb']:.0f} MB, {nodes} nodes ({row['document_nodes']} documents), {edges} edges")
    row["queries"] = query_times(store, args.repeat, args.seed)
    for name, q in sorted(row["queries"].items()):
        print(f"  query {name:14} p50 {q['p50_ms']:8.1f} ms   p95 {q['p95_ms']:8.1f} ms   p50 CPU {q['p50_cpu_ms']:8.1f} ms")
    row["hooks"] = _hooks(store, workdir)
    if not args.keep:
        shutil.rmtree(docs, ignore_errors=True)
        shutil.rmtree(store, ignore_errors=True)
    return row


def _hooks(store: Path, workdir: Path) -> dict:
    out = {}
    for name, fn in HOOKS:
        out[name] = fn(store, workdir)
        print(f"  {name}: " + ", ".join(f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}"
                                         for k, v in out[name].items()), flush=True)
    return out


def reuse_size(n, args, store: Path) -> dict:
    """--reuse: a store --keep kept from an earlier run; its queries and hooks measured again (no load)."""
    from vanban.graph.store import Store

    with Store(store, read_only=True) as s:
        st = s.stats()
    row = {"documents": n, "nodes": sum(st["nodes"].values()), "edges": sum(st["edges"].values()),
           "document_nodes": st["nodes"].get("Document", 0), "store_mb": _dir_bytes(store) / 2**20, "reused": True}
    print(f"\n== {n} documents (reused {store}: {row['nodes']} nodes, {row['edges']} edges)", flush=True)
    row["queries"] = query_times(store, args.repeat, args.seed)
    for name, q in sorted(row["queries"].items()):
        print(f"  query {name:14} p50 {q['p50_ms']:8.1f} ms   p95 {q['p95_ms']:8.1f} ms   p50 CPU {q['p50_cpu_ms']:8.1f} ms")
    row["hooks"] = _hooks(store, store.parent)
    return row


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated document counts")
    ap.add_argument("--source", default=str(DEFAULT_SOURCE), help="folder of real .txt texts")
    ap.add_argument("--kb", type=int, default=0, help="keep the first K KB of each text (0: whole texts)")
    ap.add_argument("--common", type=float, default=0.2, help="share of cited numbers kept common to all copies")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=30, help="runs of each stored query")
    ap.add_argument("--jobs", type=int, default=0, help="extraction processes (default: one per core)")
    ap.add_argument("--no-extraction-alone", action="store_true",
                    help="skip timing the extraction alone next to the load (it doubles a big run's time)")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    ap.add_argument("--keep", default=None, help="work in this folder and keep the files and stores")
    ap.add_argument("--reuse", action="store_true", help="with --keep: measure the stores kept there again "
                    "(queries and hooks), without generating or loading")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vanban-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in sizes:
            rows.append(bench_size(n, args, work))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if len(rows) > 1:
        print("\ngrowth exponents (time ~ N^b):")
        if all("load_wall_s" in r for r in rows):      # not with --reuse: nothing was loaded
            print(f"  load wall {growth([(r['documents'], r['load_wall_s']) for r in rows]):.2f}, "
                  f"load CPU {growth([(r['documents'], r['load_cpu_s']) for r in rows]):.2f}")
        for name in sorted(rows[0]["queries"]):
            pts = [(r["documents"], r["queries"].get(name, {}).get("p50_ms", 0)) for r in rows]
            cpu = [(r["documents"], r["queries"].get(name, {}).get("p50_cpu_ms", 0)) for r in rows]
            print(f"  query {name:14} {growth(pts):.2f} (CPU {growth(cpu):.2f})")
        for name, metric in (("export", "nt_cpu_s"), ("export", "nt_wall_s"), ("export", "nt_peak_rss_mb"),
                             ("sparql", "build_wall_s"), ("sparql", "command_wall_s"),
                             ("sparql", "in_process_p50_ms"), ("view", "hub_wall_s"), ("view", "loaded_wall_s")):
            pts = [(r["documents"], r.get("hooks", {}).get(name, {}).get(metric, 0)) for r in rows]
            print(f"  {name} {metric:18} {growth(pts):.2f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
