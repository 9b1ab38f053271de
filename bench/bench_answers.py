"""Latency of the issue-11 answers on a large store: `search` (a scan of every document and of the evidence
that holds the first word) and `status` (one document's acts, decided in Python).  Not a test; prints numbers.

    .venv/bin/python bench/bench_answers.py [--documents 10000] [--repeat 20]

graph/synthetic.py's synthetic_graph(N) is written in bulk, then: search by number, by title words, by a
phrase no title has, with filters only; status of documents that have acts on them; the id resolver's name
fallback (a name that only search finds).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_store import per_call_ms  # noqa: E402  (one timing helper for the benches)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)

    from vanban.graph.store import Store
    from vanban.graph.synthetic import synthetic_graph
    from vanban.queries.registry import resolve_document, run_query
    from vanban.queries.search import search

    G = synthetic_graph(args.documents)
    folder = tempfile.mkdtemp()
    with Store(Path(folder) / "store") as s:
        s.write_graph(G)
    with Store(Path(folder) / "store", read_only=True) as s:
        ids = [r[0] for r in s.run("MATCH (s:Document)-[r:AMENDS|REPEALS|REPLACES]->(d:Document) "
                                   "RETURN DISTINCT d.id ORDER BY d.id LIMIT 20").rows]
        cases = [
            ("search by number", lambda: search(s, ids[0])),
            ("search by title words", lambda: search(s, "nội dung thử nghiệm 77")),
            ("search, no match", lambda: search(s, "Luật Thủy lợi")),
            ("search, filters only", lambda: search(s, "", issuer="Chính phủ", date_from="2010", date_to="2012")),
            ("status of a document with acts", lambda: run_query(s, "status", {"id": ids[1]})),
            ("resolve a loose id", lambda: resolve_document(s, ids[2].replace("-", " – "))),
        ]
        print(f"{args.documents:,} synthetic documents, {G.number_of_edges():,} relationships; median (min) of "
              f"{args.repeat} calls")
        for name, fn in cases:
            med, best = per_call_ms(fn, args.repeat)
            print(f"  {name:32} {med:8.1f} ms ({best:.1f})")


if __name__ == "__main__":
    sys.exit(main())
