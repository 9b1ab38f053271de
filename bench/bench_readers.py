"""Readers during a load: how many read-only opens of the store fail while `vanban load` writes it.  Not a test.

    .venv/bin/python bench/bench_readers.py [--source ../shared/corpus/real] [--interval 0.05]

Starts `vanban load -q SOURCE` into a new store and, until it ends, opens the store read-only
(``Store(..., read_only=True)``, what every read command does) and counts its documents, every --interval
seconds.  Prints the opens, the failures and their messages (issue 13 measured 3% failing before readers
waited out a writer's log and checkpoint).
"""
from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main(argv=None):
    from vanban.errors import StoreError
    from vanban.graph.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="/work/shared/corpus/real")
    ap.add_argument("--interval", type=float, default=0.05)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="vanban-readers-") as tmp:
        store = Path(tmp) / "store"
        load = subprocess.Popen([sys.executable, "-m", "vanban", "load", "-q", args.source, "--store", str(store)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        opens, errors, not_yet, slow = 0, collections.Counter(), 0, []
        t0 = time.perf_counter()
        while load.poll() is None:
            t = time.perf_counter()
            try:
                with Store(store, read_only=True) as r:
                    r.run("MATCH (d:Document) RETURN count(*)")
                opens += 1
                slow.append(time.perf_counter() - t)
            except StoreError as e:
                if "load documents first" in str(e):
                    not_yet += 1      # before the first commit: the one-line "no store yet" answer
                else:
                    errors[str(e)[:160]] += 1
            time.sleep(args.interval)
        out, _err = load.communicate()
    slow.sort()
    print(f"load: {time.perf_counter() - t0:.0f} s ({out.strip()})")
    print(f"{opens} reads succeeded, {sum(errors.values())} failed, {not_yet} before the store existed; "
          f"open+count p50 {slow[len(slow) // 2] * 1000:.0f} ms, max {slow[-1] * 1000:.0f} ms" if slow else "no reads")
    for msg, n in errors.most_common():
        print(f"  {n} x {msg}")


if __name__ == "__main__":
    sys.exit(main())
