"""Every stored query's answer on a store, with several parameters each, as JSON; and the diff of two such dumps.

    python bench/compare_queries.py dump STORE OUT.json [--ids 12]
    python bench/compare_queries.py diff BEFORE.json AFTER.json

How a change to the stored queries or to what the store keeps for them (issue 12: graph/counts.py) is checked
to return exactly what was returned before: dump with the old code on a store it made, dump with the new code
on the same store (a copy, which the new code upgrades in place), diff.  The parameters: the most mentioned
documents, loaded ones spread over the store and cited-only ones; every body (by name, by issuer code, and
with the years it issued in); the most named provinces; `most-cited` limits 0, 1, 5, 20 and 100000; `status`
today and at two past days.  Rows are compared in order; ``diff`` also says when two answers hold the same
rows in another order among rows that tie on the query's ORDER BY (reported, not a difference).
"""
from __future__ import annotations

import argparse
import json
import sys


def _params(s, n_ids: int):
    ids = [r[0] for r in s.run("MATCH (d:Document) WHERE d.mention_count > 0 RETURN d.id "
                               "ORDER BY d.mention_count DESC, d.id LIMIT $n", {"n": n_ids}).rows]
    loaded = [r[0] for r in s.run("MATCH (d:Document) WHERE d.loaded RETURN d.id ORDER BY d.id").rows]
    ids += loaded[::max(1, len(loaded) // n_ids)][:n_ids]
    cited = [r[0] for r in s.run("MATCH (d:Document) WHERE NOT d.loaded RETURN d.id ORDER BY d.id").rows]
    ids += cited[::max(1, len(cited) // n_ids)][:n_ids]
    bodies = s.run("MATCH (b:Body) RETURN b.id, b.code ORDER BY b.id").rows
    years = {}
    for b, y in s.run("MATCH (d:Document)-[:ISSUED_BY]->(b:Body) RETURN DISTINCT b.id, d.year").rows:
        years.setdefault(b, set()).add(y)
    places = [r[0] for r in s.run("MATCH (l:Locality)<-[:MENTIONS]-() RETURN l.id, count(*) AS c "
                                  "ORDER BY c DESC, l.id LIMIT 5").rows]
    out = {"id": sorted(set(ids)), "body": [], "locality": places + ["Cần Thơ", "Hậu Giang", "Nowhere"]}
    for b, code in bodies:
        out["body"].append({"body": b})
        if code:
            out["body"].append({"body": code})
        for y in sorted(years.get(b, ()))[:3]:
            out["body"].append({"body": b, "year": y})
    out["body"].append({"body": "no such body"})
    return out


def dump(store: str, out: str, n_ids: int) -> None:
    from vanban.errors import VanbanError
    from vanban.graph.store import Store
    from vanban.queries.registry import all_queries, run_query

    answers = {}
    with Store(store, read_only=True) as s:
        pools = _params(s, n_ids)
        for q in all_queries():
            names = [p for p, _ in q.params]
            if not names:
                runs = [{}]
            elif q.name == "most-cited":
                runs = [{"limit": n} for n in (0, 1, 5, 20, 100000)]
            elif q.name == "issued-by":
                runs = pools["body"]
            elif q.name == "mentioning":
                runs = [{"locality": p} for p in pools["locality"]]
            elif q.name == "status":
                runs = [{"id": i, "at": at} for i in pools["id"] for at in ("", "2020-01-01", "2025-07-01")]
            elif q.name == "planned":
                runs = [{}] + [{"id": i} for i in pools["id"]]
            else:
                runs = [{"id": i} for i in pools["id"]]
            for params in runs:
                key = f"{q.name} {json.dumps(params, ensure_ascii=False, sort_keys=True)}"
                try:
                    r = run_query(s, q.name, params)
                    answers[key] = {"columns": r.columns, "rows": r.rows}
                except VanbanError as e:
                    answers[key] = {"error": str(e)}
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(answers, fh, ensure_ascii=False, sort_keys=True)
    print(f"{len(answers)} answers, {sum(len(a.get('rows', ())) for a in answers.values())} rows -> {out}")


def diff(before: str, after: str) -> int:
    a, b = (json.load(open(p, encoding="utf-8")) for p in (before, after))
    bad = reordered = 0
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if x == y:
            continue
        if x and y and "rows" in x and "rows" in y and x["columns"] == y["columns"] and \
                sorted(map(json.dumps, x["rows"])) == sorted(map(json.dumps, y["rows"])):
            reordered += 1
            print(f"same rows, another order among ties: {key}")
            continue
        bad += 1
        print(f"DIFFERS: {key}\n  before: {json.dumps(x, ensure_ascii=False)[:300]}\n  after:  "
              f"{json.dumps(y, ensure_ascii=False)[:300]}")
    print(f"{len(set(a) | set(b))} answers compared: {bad} differ, {reordered} reordered among ties")
    return 1 if bad else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("store")
    d.add_argument("out")
    d.add_argument("--ids", type=int, default=12)
    f = sub.add_parser("diff")
    f.add_argument("before")
    f.add_argument("after")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        dump(args.store, args.out, args.ids)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
