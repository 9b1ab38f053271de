"""Start-up cost of the commands a user types most: wall time of whole child processes, and what they import.

    .venv/bin/python bench/bench_startup.py               # on a store of examples/ (made once, in a temp folder)
    .venv/bin/python bench/bench_startup.py --store STORE --id 121/2016/NĐ-CP

Each command runs --runs times (the first run is reported apart: the cold one, files not yet in the page
cache if the machine was idle); reported: median wall and CPU time, peak RSS.  Then ``python -X importtime``
of each command: the modules that cost most to import, so a heavy import that slipped to module level shows.
Prints figures, never asserts a time.
"""
from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_rdf import VANBAN, run_child  # noqa: E402


def heaviest_imports(args, n=6):
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "vanban"] + args,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m and len(m.group(3)) <= 2:     # top-level imports only
            rows.append((int(m.group(2)) / 1e6, m.group(4)))
    return sorted(rows, reverse=True)[:n]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="a loaded store (default: examples/ loaded into a temporary one)")
    ap.add_argument("--id", default="21-NQ/TW", help="the document the query/sparql/view commands ask about")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vanban-bench-startup-") as tmp:
        store = args.store
        if not store:
            store = str(Path(tmp) / "store")
            subprocess.run(VANBAN + ["load", str(ROOT / "examples"), "--store", store, "-q"], check=True,
                           stdout=subprocess.DEVNULL)
        commands = {
            "vanban --help": ["--help"],
            "vanban queries": ["queries"],
            "vanban query implements": ["query", "implements", "-p", f"id={args.id}", "--store", store],
            "vanban show": ["show", args.id, "--store", store],
            "vanban sparql -q cited-by": ["sparql", "-q", "cited-by", "-p", f"id={args.id}", "--store", store],
            "vanban view": ["view", args.id, "-o", str(Path(tmp) / "v.html"), "--store", store],
        }
        print(f"{'command':28} {'cold s':>7} {'wall s':>7} {'CPU s':>6} {'RSS MB':>7}   heaviest imports (s, cumulative)")
        for name, argv in commands.items():
            runs = [run_child(VANBAN + argv) for _ in range(args.runs)]
            cold, rest = runs[0], runs[1:] or runs
            heavy = ", ".join(f"{mod} {t:.2f}" for t, mod in heaviest_imports(argv)[:4])
            print(f"{name:28} {cold[0]:7.2f} {statistics.median(r[0] for r in rest):7.2f} "
                  f"{statistics.median(r[1] for r in rest):6.2f} {statistics.median(r[2] for r in rest):7.0f}   {heavy}")


if __name__ == "__main__":
    main()
