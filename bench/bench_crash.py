"""Crash safety at length: tests/test_crash.py's kill -9 loop with more kills on real texts.  Not a test.

    .venv/bin/python bench/bench_crash.py [--kills 100] [--files 24] [--source ../shared/corpus/real]
        [--batch-files 1] [--checkpoint-mb 0]

Copies --files real texts (the smallest of --source, so a load is short and kills land in every phase),
then --kills times: changes half the files, starts `vanban load --prune`, kills its process group with SIGKILL
at a random point, reads the store while the load runs and after the kill (a reader must never fail), and
compares the stored graph with build_graph of exactly the committed file versions.  Prints what happened.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main(argv=None):
    from test_crash import run_kills

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--files", type=int, default=24)
    ap.add_argument("--source", default="/work/shared/corpus/real")
    ap.add_argument("--batch-files", type=int, default=1)
    ap.add_argument("--checkpoint-mb", type=float, default=0)
    args = ap.parse_args(argv)
    texts = sorted(Path(args.source).rglob("*.txt"), key=lambda p: p.stat().st_size)[:args.files]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="vanban-crash-") as tmp:
        out = run_kills(Path(tmp), texts, args.kills, batch_files=args.batch_files, checkpoint_mb=args.checkpoint_mb,
                        log=lambda k, o: print(f"round {k}: {o}", flush=True))
    print(f"{out['killed']} kills, {out['finished']} loads run to the end, {out['reads']} reads during loads, "
          f"0 unreadable stores, 0 differences from the committed state ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    sys.exit(main())
