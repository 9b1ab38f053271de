"""Throughput of ``extract`` against the floor of one bare regex pass over the numbers.

    python bench/bench_extract.py [--mb 50]

Builds a corpus of at least ``--mb`` MB from the real texts in examples/ (the seed and the state texts,
repeated as separate documents), then times, on one core:

* the floor: one ``finditer`` of the Party/state number patterns over every document;
* ``extract_text`` (read from memory, the whole pipeline: segment, find, resolve, relate, header,
  localities, bodies).

Prints MB/s for both and their ratio.  A measurement, not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def corpus(mb: float):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    docs, size = [], 0
    while size < mb * 1e6:
        for t in texts:
            docs.append(t)
            size += len(t.encode("utf-8"))
    return docs, size


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    args = ap.parse_args(argv)
    from vanban.loaders import extract_text
    from vanban.loaders.patterns import PARTY_NUMBER, STATE_NUMBER, STATE_NUMBER_YEAR

    docs, size = corpus(args.mb)
    mb = size / 1e6
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB (examples/ texts repeated)")

    t0 = time.perf_counter()
    n = 0
    for d in docs:
        for rx in (PARTY_NUMBER, STATE_NUMBER_YEAR, STATE_NUMBER):
            n += sum(1 for _ in rx.finditer(d))
    floor = time.perf_counter() - t0
    print(f"floor (bare regex pass over numbers): {mb / floor:8.2f} MB/s  ({n} numbers, {floor:.1f} s)")

    t0 = time.perf_counter()
    m = 0
    for d in docs:
        m += len(extract_text(d).mentions)
    full = time.perf_counter() - t0
    print(f"extract (whole pipeline):             {mb / full:8.2f} MB/s  ({m} mentions, {full:.1f} s)")
    print(f"ratio extract / floor time: {full / floor:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
