"""Where a long `vanban load` spends its writer's time, batch by batch (issue 12).

    .venv/bin/python bench/bench_batches.py DOCS STORE --log batches.jsonl [--facts FACTS.pkl] [--every 10]
    .venv/bin/python bench/bench_batches.py --report batches.jsonl [--every 10]

Not a test; prints numbers.  The load is ``Store.load`` as `vanban load` runs it (same pool, batches, checkpoint
threshold; the knobs come from the environment: VANBAN_BATCH_FILES, VANBAN_CHECKPOINT_MB, VANBAN_JOBS), with the
store's statements timed by kind.  One JSON line per batch: files, edges, wall and CPU seconds of each kind of
statement (``commit``, ``e_create`` the new edges, ``del_edges`` a touched document's old edges, ``node_create``,
``node_set``, ``tally`` ...), of the whole batch (``apply``, ``apply_cpu``) and of the wait for extraction before
it (``wait``: the writer idle), the write-ahead log's size after it (``wal``: it drops to ~0 after a checkpoint,
which LadybugDB runs inside a COMMIT), the database file's size and the writer's peak RSS; a last line with the
load's wall, the close (the final checkpoint), the writer's CPU and the CPU and peak RSS of the whole process tree.
CPU is ``time.process_time`` of the writing process (all its threads), which a busy machine disturbs less than wall.

``--facts FILE`` records the extracted facts in the order the writer got them (first run) or replays them (when the
file exists): the writer alone, without extraction competing for the cores, so two writer versions or settings
compare on the same batches.

``--report`` prints, every ``--every`` batches, the mean per batch of the main figures, and each checkpoint (a
COMMIT whose log shrank) with its CPU.  Measured with it (100k generated documents, `bench_scale.generate`, seed 7,
--kb 8): COMMIT's CPU grows with the batches written since the last checkpoint, not with the store (LadybugDB keeps a
node's rows committed since the last checkpoint in a list it sorts again for every row appended to it: the hubs,
whose ISSUED_BY, CITES and MENTIONS rows come in every batch), and drops to ~0.1 s after each checkpoint; a
checkpoint costs more as the store grows (graph/loading.py ``CHECKPOINT_BYTES``).
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import resource
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

KINDS = [("commit", r"^COMMIT"), ("checkpoint", r"^CHECKPOINT"), ("pending", r"_Pending"),
         ("begin", r"^BEGIN"), ("del_edges", r"-\[e\]->\(\) WHERE"),
         ("tally", r"n\._tally$"), ("file_rows", r"_SourceFile \{path: p\}\) RETURN"),
         ("group_rows", r"_Group \{key: k\}\) RETURN"), ("e_create", r"CREATE \(a\)-"), ("node_create", r"CREATE \(n:"),
         ("node_set", r"MATCH \(n:\w+ \{id: .*SET"), ("group_w", r"_Group"), ("sf_w", r"_SourceFile"),
         ("meta", r"_Meta"), ("dirty", r"_Dirty")]
KINDS = [(name, re.compile(p)) for name, p in KINDS]


def memory_parts(pid="self") -> dict:
    """Resident bytes of a process by what holds them (/proc/PID/smaps): ``pool`` LadybugDB's buffer pool (the one
    huge anonymous mapping it reserves: its cached pages and the engine's page-sized working memory), ``heap`` the
    C heap (brk: Python's larger objects and the engine's malloc from this thread), ``py`` Python's small-object
    arenas (1 MB mappings), ``anon`` the other anonymous mappings (the engine threads' malloc arenas, large mallocs),
    ``files`` mapped files (libraries), and ``rss`` their sum; for this process, also ``malloc_used`` and
    ``malloc_free``: what glibc's malloc has handed out and what it holds freed (``mallinfo2``)."""
    out = {"pool": 0, "heap": 0, "py": 0, "anon": 0, "files": 0}
    size, name = 0, ""
    try:
        with open(f"/proc/{pid}/smaps") as fh:
            for line in fh:
                if line[0] in "0123456789abcdef" and "-" in line.split(" ", 1)[0]:
                    parts = line.split()
                    a, b = parts[0].split("-")
                    size, name = int(b, 16) - int(a, 16), (parts[5] if len(parts) > 5 else "")
                elif line.startswith("Rss:"):
                    kb = int(line.split()[1]) * 1024
                    if size >= 1 << 40:
                        out["pool"] += kb
                    elif name == "[heap]":
                        out["heap"] += kb
                    elif not name and size == 1 << 20:
                        out["py"] += kb
                    elif not name or name.startswith("[anon"):
                        out["anon"] += kb
                    else:
                        out["files"] += kb
    except OSError:
        pass
    out["rss"] = sum(out.values())
    if pid == "self":
        out.update(_mallinfo())
    return out


class _MallInfo2(ctypes.Structure):
    _fields_ = [(f, ctypes.c_size_t) for f in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                                               "uordblks", "fordblks", "keepcost")]


def _mallinfo() -> dict:
    try:
        fn = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):     # not glibc 2.33+
        return {}
    fn.restype = _MallInfo2
    m = fn()
    return {"malloc_used": m.uordblks + m.hblkhd, "malloc_free": m.fordblks}


def _instrument(store_path: str, log, facts_path: str, limit: int = 0, mem_every: float = 0.0) -> None:
    """Wrap the store's statements, its batch write and the load's extraction with timers (this process only);
    with ``mem_every`` > 0, the writer's memory (``memory_parts``) sampled that often, its peak per part kept for
    each batch and for the statements of each kind (``mem_checkpoint`` ...)."""
    from vanban.graph import loading
    from vanban.graph import store as st

    cur: dict = {"wait": 0.0}
    phase = ["python"]
    if mem_every > 0:
        def sample():
            while True:
                m = memory_parts()
                for key in ("mem", "mem_" + phase[0]):
                    top = cur.setdefault(key, {})
                    if m["rss"] > top.get("rss", 0):
                        top.update(m)
                time.sleep(mem_every)
        threading.Thread(target=sample, daemon=True).start()
    t0 = time.perf_counter()
    orig_exec, orig_apply, orig_extracted = st.Store._exec, st.Store._apply_batch, loading._extracted
    orig_finish = st.Store.finish_pending
    n_batch = [0]

    def _exec(self, cypher, params=None):
        t, c = time.perf_counter(), time.process_time()
        k = next((n for n, p in KINDS if p.search(cypher)), "other")
        prev = phase[0]
        phase[0] = k if prev == "python" else prev + "_" + k
        try:
            return orig_exec(self, cypher, params)
        finally:
            phase[0] = prev
            cur[k] = cur.get(k, 0.0) + time.perf_counter() - t
            cur[k + "_cpu"] = cur.get(k + "_cpu", 0.0) + time.process_time() - c

    def _apply(self, changed, removed=(), reread=None, **kw):
        t, c = time.perf_counter(), time.process_time()
        try:
            return orig_apply(self, changed, removed, reread, **kw)
        finally:
            wal = os.path.join(store_path, "graph.lbug.wal")
            rec = dict(cur)
            cur.clear()
            cur["wait"] = 0.0
            if mem_every > 0:
                rec["mem_end"] = memory_parts()       # what stays after the batch
                rec["blocks"] = sys.getallocatedblocks()
            rec.update(batch=n_batch[0], files=len(changed), edges=sum(len(f.edges) for _p, _s, f in changed),
                       apply=time.perf_counter() - t, apply_cpu=time.process_time() - c, at=time.perf_counter() - t0,
                       wal=os.path.getsize(wal) if os.path.exists(wal) else 0,
                       db=os.path.getsize(os.path.join(store_path, "graph.lbug")),
                       rss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                       kept_edges=getattr(reread, "edges", 0), kept_hits=getattr(reread, "hits", 0),
                       rereads=getattr(reread, "reads", 0))
            n_batch[0] += 1
            log.write(json.dumps(rec) + "\n")
            log.flush()

    def _finish(self):
        # the staged rows written before a checkpoint: outside the batches, counted in the next batch's record
        c = time.process_time()
        phase[0] = "finish"
        try:
            return orig_finish(self)
        finally:
            phase[0] = "python"
            cur["outside_cpu"] = cur.get("outside_cpu", 0.0) + time.process_time() - c

    def _replay(path):
        import pickle
        with open(path, "rb") as fh:
            for _n in iter(int, 1) if not limit else range(limit):
                try:
                    yield pickle.load(fh)
                except EOFError:
                    return

    def _recording(got, path):
        import pickle
        with open(path + ".part", "wb") as fh:
            for x in got:
                pickle.dump(x, fh, protocol=pickle.HIGHEST_PROTOCOL)
                yield x
        os.replace(path + ".part", path)

    def _extracted(todo, jobs, extract, idle=None):
        if facts_path and os.path.exists(facts_path):
            got = _replay(facts_path)
        elif facts_path:
            got = _recording(orig_extracted(todo, jobs, extract, idle), facts_path)
        else:
            got = orig_extracted(todo, jobs, extract, idle)
        while True:
            t = time.perf_counter()
            try:
                x = next(got)
            except StopIteration:
                return
            cur["wait"] += time.perf_counter() - t
            yield x

    st.Store._exec, st.Store._apply_batch, loading._extracted = _exec, _apply, _extracted
    st.Store.finish_pending = _finish
    return cur


def run(docs: str, store_path: str, log_path: str, facts_path: str = "", limit: int = 0, mem_every: float = 0.0,
        pool_mb: int = 0) -> dict:
    import shutil

    from bench_scale import _tree

    from vanban.graph.store import Store
    from vanban.loaders import extract

    shutil.rmtree(store_path, ignore_errors=True)
    cpu: dict = {}
    peak = [0]
    stop: list = []

    def sample():
        while not stop:
            rss, c = _tree(os.getpid())
            cpu.update(c)
            peak[0] = max(peak[0], rss)
            time.sleep(0.5)

    with open(log_path, "w") as log:
        cur = _instrument(store_path, log, facts_path, limit, mem_every)
        threading.Thread(target=sample, daemon=True).start()
        t, c = time.perf_counter(), time.process_time()
        s = Store(store_path, buffer_pool_bytes=pool_mb << 20 if pool_mb else None)
        report = s.load([docs], extract=extract)
        loaded, loaded_cpu = time.perf_counter(), time.process_time()
        tail = {k: v for k, v in cur.items() if k.endswith("_cpu")}     # after the last batch: the staged rows
        mem_tail = {k: v for k, v in cur.items() if k.startswith("mem")}
        s.close()
        stop.append(1)
        end = {"end": 1, "load": loaded - t, "close": time.perf_counter() - loaded,
               "close_cpu": time.process_time() - loaded_cpu, "writer_cpu": time.process_time() - c,
               "tree_cpu": sum(cpu.values()), "peak_tree_rss": peak[0], "summary": report.summary(),
               "writer_peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
               "loadavg": os.getloadavg(), "tail": tail, "mem_tail": mem_tail}
        log.write(json.dumps(end) + "\n")
    return end


def report(log_path: str, every: int = 10) -> None:
    recs = [json.loads(line) for line in open(log_path)]
    end = recs[-1] if recs and "end" in recs[-1] else None
    batches = [r for r in recs if "batch" in r]
    stmt = [k for k, _p in KINDS] + ["other"]
    print(f"{len(batches)} batches, {sum(b['files'] for b in batches)} files, {sum(b['edges'] for b in batches)} edges")
    tot = {k: sum(b.get(k + "_cpu", 0.0) for b in batches) for k in stmt}
    # the staged rows' step and the checkpoints after it run between batches: their statements are counted too
    apply_cpu = sum(b["apply_cpu"] + b.get("outside_cpu", 0.0) + b.get("checkpoint_cpu", 0.0) for b in batches)
    print(f"writer CPU in batches {apply_cpu:.1f} s: " + ", ".join(f"{k} {v:.1f}" for k, v in
                                                                sorted(tot.items(), key=lambda kv: -kv[1]) if v >= 0.05)
          + f", the rest (Python) {apply_cpu - sum(tot.values()):.1f}; writer idle waiting for extraction "
          f"{sum(b['wait'] for b in batches):.1f} s wall")
    prev = None
    for b in batches:
        if prev is not None and b["wal"] < prev:
            print(f"  checkpoint (batch {b['batch']}): CHECKPOINT {b.get('checkpoint_cpu', 0):.1f} s CPU, "
                  f"staged rows written {b.get('e_create_cpu', 0):.1f}, COMMIT {b.get('commit_cpu', 0):.1f} s CPU "
                  f"({b.get('commit', 0):.1f} s wall), database file {b['db'] / 2**20:.0f} MB")
        prev = b["wal"]
    print("batches      files  apply CPU  commit CPU  edges CPU  wait(wall)  log MB")
    for i in range(0, len(batches), every):
        part = batches[i:i + every]
        n = len(part)
        print(f"{i:4}-{i + n - 1:<4} {sum(b['files'] for b in part):7} {sum(b['apply_cpu'] for b in part) / n:9.2f}"
              f" {sum(b.get('commit_cpu', 0) for b in part) / n:11.2f} {sum(b.get('e_create_cpu', 0) for b in part) / n:10.2f}"
              f" {sum(b['wait'] for b in part) / n:11.2f} {part[-1]['wal'] / 2**20:7.0f}")
    if any("mem" in b for b in batches):
        _report_memory(batches, end, every)
    if end:
        end.setdefault("writer_peak_rss", end.get("maxrss", 0) * 1024)
        print(f"load {end['load']:.0f} s wall, close (final checkpoint) {end['close']:.0f} s wall, "
              f"{end.get('close_cpu', float('nan')):.0f} s CPU, writer CPU "
              f"{end['writer_cpu']:.0f} s, process tree CPU {end['tree_cpu']:.0f} s, peak RSS: writer "
              f"{end['writer_peak_rss'] / 2**30:.2f} GB, tree {end['peak_tree_rss'] / 2**30:.2f} GB; load average "
              f"{end.get('loadavg')}; {end['summary']}; after the last batch (staged rows) "
              + ", ".join(f"{k} {v:.1f}" for k, v in sorted(end.get("tail", {}).items()) if v >= 0.05))


def _report_memory(batches, end, every) -> None:
    gb = 2 ** 30
    parts = ("rss", "pool", "heap", "py", "anon", "malloc_used", "malloc_free")
    print("the writer's memory, GB (peak of the batches / resident after the last of them): " + ", ".join(parts))
    for i in range(0, len(batches), every):
        part = [b for b in batches[i:i + every] if "mem" in b]
        if not part:
            continue
        top = max((b["mem"] for b in part), key=lambda m: m["rss"])
        last = part[-1].get("mem_end", {})
        print(f"{i:4}-{i + len(batches[i:i + every]) - 1:<4} peak " + " ".join(f"{top.get(k, 0) / gb:5.2f}" for k in parts)
              + "   after " + " ".join(f"{last.get(k, 0) / gb:5.2f}" for k in parts))
    phases: dict = {}
    for b in batches + ([{"mem_tail": end["mem_tail"]}] if end and end.get("mem_tail") else []):
        for k, m in list(b.items()) + list(b.get("mem_tail", {}).items()):
            if k.startswith("mem_") and k not in ("mem_end", "mem_tail") and m.get("rss", 0) > phases.get(k, {}).get("rss", 0):
                phases[k] = m
    print("peak by what the writer was doing: " + "; ".join(
        f"{k[4:]} {m['rss'] / gb:.2f} (" + ", ".join(f"{p} {m.get(p, 0) / gb:.2f}" for p in parts[1:]) + ")"
        for k, m in sorted(phases.items(), key=lambda kv: -kv[1]["rss"])[:8]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?")
    ap.add_argument("store", nargs="?")
    ap.add_argument("--log", help="JSON lines, one per batch (default STORE.batches.jsonl)")
    ap.add_argument("--facts", default="", help="record the extracted facts here, or replay them if the file exists")
    ap.add_argument("--limit", type=int, default=0, help="replay only the first N files of --facts (a smaller load "
                    "of the same files: the first 30k of the 100k facts)")
    ap.add_argument("--memory", type=float, default=0.0, metavar="SECONDS", help="sample the writer's memory by part "
                    "(buffer pool, C heap, other anonymous memory) this often, its peaks logged per batch and per kind "
                    "of statement")
    ap.add_argument("--pool-mb", type=int, default=0, help="the writer's buffer pool (default graph/store.py "
                    "BUFFER_POOL_BYTES)")
    ap.add_argument("--report", help="print the figures of an earlier --log")
    ap.add_argument("--every", type=int, default=10)
    args = ap.parse_args(argv)
    if args.report:
        report(args.report, args.every)
        return 0
    if not (args.docs and args.store):
        ap.error("give DOCS and STORE, or --report LOG")
    log = args.log or args.store.rstrip("/") + ".batches.jsonl"
    run(args.docs, args.store, log, args.facts, args.limit, args.memory, args.pool_mb)
    report(log, args.every)
    return 0


if __name__ == "__main__":
    sys.exit(main())
