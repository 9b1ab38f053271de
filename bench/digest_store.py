"""The load invariant: one digest of everything a store holds, to show a change to the writer alters nothing.

    python bench/digest_store.py STORE                      # print the digest and the counts
    python bench/digest_store.py STORE --dump out.jsonl     # ... and write the sorted rows, to diff two stores

Hashes, sorted: every node with all its properties and its vote tally (``_tally``, JSON parsed, so key order does
not matter), every edge with its ends and properties, and the bookkeeping a later load reads (``_Group`` rows
with their votes, ``_SourceFile`` rows, and any ``_Pending`` row: there is none after a load).
Two stores loaded from the same files by two versions of the writer must give the same digest (the graph
``to_networkx`` gives and the state the next incremental load starts from).
A tool, not a test: the digest comes from the code's own output.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys


def rows(store):
    from vanban.graph.model import EDGE_ATTRS, EDGE_ENDS, NODE_PROPERTIES, EdgeType
    from vanban.graph.store import q

    for label, props in NODE_PROPERTIES.items():
        cols = list(props)
        ret = ", ".join(f"n.{q(c)}" for c in cols)
        for row in store._exec(f"MATCH (n:{label}) RETURN {ret}, n._tally"):
            attrs = dict(zip(cols, row))
            attrs["_tally"] = json.loads(row[-1]) if row[-1] else None
            yield ["N", label, attrs]
    for etype in EdgeType:
        a, b = EDGE_ENDS[etype.value]
        ret = ", ".join(["a.id", "b.id"] + [f"r.{q(p)}" for p in EDGE_ATTRS])
        for row in store._exec(f"MATCH (a:{a})-[r:{etype.value}]->(b:{b}) RETURN {ret}"):
            yield ["E", etype.value, row[0], row[1], dict(zip(EDGE_ATTRS, row[2:]))]
    for key, doc, f, votes, sources, files in store._exec(
            "MATCH (g:_Group) RETURN g.key, g.doc, g.file, g.votes, g.sources, g.files"):
        yield ["G", key, doc, f, json.loads(votes) if votes else None, sorted(sources or []), sorted(files or [])]
    for path, sha, doc, grp in store._exec("MATCH (s:_SourceFile) RETURN s.path, s.sha256, s.doc, s.grp"):
        yield ["F", path, sha, doc, grp]
    try:      # rows a load staged and has not written (none once it has returned; a reader writes a killed one's)
        pending = store._exec("MATCH (p:_Pending) RETURN p.grp, p.edges")
    except RuntimeError:
        pending = []
    for grp, edges in pending:
        yield ["P", grp, edges]


def digest(store_path, dump=None):
    from vanban.graph.store import Store

    with Store(store_path, read_only=True) as s:
        lines = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows(s))
    h = hashlib.sha256()
    counts: dict = {}
    for line in lines:
        h.update(line.encode("utf-8") + b"\n")
        counts[line[2]] = counts.get(line[2], 0) + 1
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return h.hexdigest(), counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--dump", help="write the sorted rows (JSON lines) here")
    args = ap.parse_args(argv)
    d, counts = digest(args.store, args.dump)
    print(d, " ".join(f"{k}={v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    sys.exit(main())
