"""Throughput of ``extract_text`` on real text against the floor of one bare regex pass over the numbers.

    python bench/bench_extract.py [--mb 50]

The corpus: the shared corpus of real documents (``$VANBAN_SHARED/corpus/real``, else ``../shared/corpus/real``
beside the clone, as bench/accuracy_real.py finds it), each file read once by vanban's readers, then the texts
repeated as separate documents until there are at least ``--mb`` MB; without the shared corpus, the real texts of
``examples/`` and ``tests/fixtures/real/`` (the output says which).  Then, on one core, in CPU time (user+sys of
this process, so other load on the machine counts less than in wall time):

* the floor: one ``finditer`` of the Party/state number patterns over every document;
* ``extract_text`` (from memory, the whole pipeline: clean, layout, segment, header, find, resolve, relate,
  effect, bodies, localities), with each stage's share of the time (``loaders.STAGE_TIMES``).

Prints MB/s per core for both and their ratio.  A measurement, not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_REAL = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared")) / "corpus" / "real"


def sources():
    """(description, files): the shared real corpus when present, else the repository's real texts."""
    if SHARED_REAL.is_dir():
        files = [p for p in sorted(SHARED_REAL.rglob("*"))
                 if p.is_file() and p.suffix != ".json" and not p.name.startswith("README")]   # not documents
        if files:
            return f"the shared real corpus {SHARED_REAL}", files
    files = sorted((ROOT / "examples").rglob("*.txt")) + sorted(
        p for p in (ROOT / "tests" / "fixtures" / "real").rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))
    return "examples/ and tests/fixtures/real/ (no shared corpus: set VANBAN_SHARED)", files


def corpus(mb: float):
    """(description, texts, distinct texts, MB): the real texts, repeated until ``mb`` MB."""
    from vanban.errors import VanbanError
    from vanban.loaders.formats import read_document
    what, files = sources()
    texts = []
    for p in files:
        try:
            texts.append(read_document(p).text)
        except VanbanError:
            continue                     # not a document (the corpus README, its index): left out
    docs, size = [], 0
    while size < mb * 1e6 and texts:
        for t in texts:
            docs.append(t)
            size += len(t.encode("utf-8"))
            if size >= mb * 1e6:
                break
    return what, docs, len(texts), size / 1e6


def reading(files):
    """(MB, CPU seconds) of ``read_document`` over ``files`` once each (the OS cache warmed by ``corpus``)."""
    from vanban.errors import VanbanError
    from vanban.loaders.formats import read_document
    size, t0 = 0, time.process_time()
    for p in files:
        try:
            size += len(read_document(p).text.encode("utf-8"))
        except VanbanError:
            continue
    return size / 1e6, time.process_time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    args = ap.parse_args(argv)
    import vanban.loaders as loaders
    from vanban.loaders import extract_text
    from vanban.loaders.patterns import PARTY_NUMBER, STATE_NUMBER, STATE_NUMBER_YEAR

    what, docs, distinct, mb = corpus(args.mb)
    print(f"corpus: {len(docs)} documents ({distinct} distinct texts, repeated), {mb:.1f} MB, from {what}")
    read_mb, read_s = reading(sources()[1])
    print(f"reading the files (read_document):     {read_mb / read_s:8.2f} MB/s per core  ({read_mb:.1f} MB, "
          f"{read_s:.2f} s CPU: decoding, NFC, font codes, mojibake; what extract() pays before extract_text)")
    extract_text(docs[0])                # compile the patterns (once per process) before timing

    t0 = time.process_time()
    n = 0
    for d in docs:
        for rx in (PARTY_NUMBER, STATE_NUMBER_YEAR, STATE_NUMBER):
            n += sum(1 for _ in rx.finditer(d))
    floor = time.process_time() - t0
    print(f"floor (bare regex pass over numbers): {mb / floor:8.2f} MB/s per core  ({n} numbers, {floor:.1f} s CPU)")

    loaders.STAGE_TIMES = stages = {}
    t0 = time.process_time()
    m = 0
    kept = []
    for d in docs[:distinct]:
        x = extract_text(d)
        m += len(x.mentions)
        kept.append(x)
    for d in docs[distinct:]:
        m += len(extract_text(d).mentions)
    full = time.process_time() - t0
    loaders.STAGE_TIMES = None
    print(f"extract_text (whole pipeline):        {mb / full:8.2f} MB/s per core  ({m} mentions, {full:.1f} s CPU)")
    from vanban.graph.build import file_facts
    kept_mb = sum(len(d.encode("utf-8")) for d in docs[:distinct]) / 1e6
    t0 = time.process_time()
    edges = sum(len(file_facts(x, source_file=f"doc{k}").edges) for k, x in enumerate(kept))
    facts = time.process_time() - t0
    print(f"file_facts (a load's next step):      {kept_mb / facts:8.2f} MB/s per core  ({edges} edges of "
          f"{len(kept)} texts, {facts:.2f} s CPU)")
    print(f"ratio extract / floor time: {full / floor:.1f}x")
    total = sum(stages.values())
    print("stage           share    s CPU")
    for name, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"{name:<14} {100 * sec / total:5.1f}%  {sec:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
