"""Accuracy of the loaders against the hand-checked gold (tests/fixtures/seed_gold.json, state_gold.json).

    python bench/accuracy.py            # the table
    python bench/accuracy.py --json     # the numbers, for tests and notes

Matching rules (the gold's conventions): a predicted span matches a gold span on the same line when they
overlap; identities are aligned through matched mentions (a predicted id stands for the gold id its
mentions are most often matched to), so descriptive ids need not be spelled like the gold's.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import vanban.loaders  # noqa: F401
except ImportError:          # run with a Python that lacks the project: use the project's own venv
    venv_python = ROOT / ".venv" / "bin" / "python"
    if venv_python.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        os.execv(str(venv_python), [str(venv_python), *sys.argv])
    raise SystemExit("vanban is not installed: run `pip install -e .` (README) first") from None

SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
GOLD = ROOT / "tests" / "fixtures" / "seed_gold.json"
STATE_GOLD = ROOT / "tests" / "fixtures" / "state_gold.json"
STATE_DIR = ROOT / "examples" / "state"


def _line_offsets(text):
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _span(line_starts, line, offset, length):
    a = line_starts[line - 1] + offset
    return a, a + length


def _overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _iou(a, b):
    o = _overlap(a, b)
    return o / (max(a[1], b[1]) - min(a[0], b[0])) if o else 0.0


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 1.0
    r = tp_r / n_r if n_r else 1.0
    return p, r


def norm_code(c):
    return re.sub(r"\s+", "", c or "").replace("–", "-")


def score_seed(x, gold, text):
    ls = _line_offsets(text)
    out = {}
    gm = gold["mentions"]
    for g in gm:
        g["span"] = _span(ls, g["line"], g["offset"], len(g["surface"]))
    mine = list(x.mentions)

    # --- alignment: each predicted mention -> the gold mention with the best overlap
    align = {}
    for i, m in enumerate(mine):
        best = max(gm, key=lambda g: _iou((m.start, m.end), g["span"]))
        if _iou((m.start, m.end), best["span"]) > 0:
            align[i] = best
    votes = defaultdict(Counter)
    for i, g in align.items():
        votes[mine[i].id][g["id"]] += 1
    id_map = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    # --- numbered mentions
    gnum = [g for g in gm if g["kind"] in ("numbered", "short_number")
            or (g["kind"] == "self" and g["code"] and norm_code(g["code"]) in norm_code(g["surface"]))]
    pnum = [m for m in mine if m.rule.startswith(("number:", "short-number"))]

    def num_ok(m, g):
        return _overlap((m.start, m.end), g["span"]) and (
            norm_code(m.code) == norm_code(g["code"]) or (g["code"] is None and m.code is None))
    tp_r = sum(1 for g in gnum if any(num_ok(m, g) for m in pnum))
    tp_p = sum(1 for m in pnum if any(num_ok(m, g) for g in gnum))
    out["numbered_mentions"] = prf(tp_p, len(pnum), tp_r, len(gnum)) + (len(pnum), len(gnum))
    out["numbered_misses"] = [f"{g['line']}: {g['surface']}" for g in gnum if not any(num_ok(m, g) for m in pnum)]
    out["numbered_false"] = [f"{m.line}: {m.surface} -> {m.code}" for m in pnum if not any(num_ok(m, g) for g in gnum)]

    # --- unique numbered documents: type, date, issuer (where the gold has them)
    docs = {d.id: d for d in x.documents}
    inv = defaultdict(Counter)
    for i, g in align.items():
        inv[g["id"]][mine[i].id] += 1
    gdocs = [d for d in gold["documents"] if d["code"]]
    right, wrong = 0, []
    for d in gdocs:
        # the predicted id its mentions align to most; the same id spelled alike wins a tie
        pid = (d["id"] if d["id"] in inv[d["id"]] and inv[d["id"]][d["id"]] == max(inv[d["id"]].values())
               else inv[d["id"]].most_common(1)[0][0] if inv[d["id"]] else None)
        if d["id"] == gold["self"]["number"]:
            pid = x.document.id
        if d["id"] == gold["self"]["copy"]["number"] and x.document.copy:
            pid = x.document.copy.id
        p = docs.get(pid)
        errs = []
        if p is None:
            errs.append("not found")
        else:
            if d["type"] and p.type != d["type"]:
                errs.append(f"type {p.type!r}!={d['type']!r}")
            if d["date"] and p.date != d["date"]:
                errs.append(f"date {p.date}!={d['date']}")
            if d["issuer"] and p.issuer != d["issuer"]:
                errs.append(f"issuer {p.issuer!r}!={d['issuer']!r}")
        if errs:
            wrong.append(f"{d['id']}: " + "; ".join(errs))
        else:
            right += 1
    out["documents"] = (right / len(gdocs), right, len(gdocs))
    out["documents_wrong"] = wrong
    a = inv["98-QĐ/TW(2004)"].most_common(1)
    b = inv["98-QĐ/TW(luân chuyển cán bộ)"].most_common(1)
    out["98_apart"] = bool(a and b and a[0][0] != b[0][0])

    # --- relations between two named documents
    grel = [r for r in gold["relations"] if not r["source"].startswith("IMPLICIT:")]
    prel = [r for r in x.relations if not r.source.startswith("IMPLICIT:")]
    own_ids = {x.document.id: gold["self"]["number"]}
    if x.document.copy:
        own_ids[x.document.copy.id] = gold["self"]["copy"]["number"]

    def gid(i):
        return own_ids.get(i) or id_map.get(i, i)

    def rel_ok(p, g):
        return (gid(p.source) == g["source"] and gid(p.target) == g["target"]
                and p.relation in (g["relation"], g.get("alt_relation")) and p.planned == g["planned"])
    tp_r = sum(1 for g in grel if any(rel_ok(p, g) for p in prel))
    tp_p = sum(1 for p in prel if any(rel_ok(p, g) for g in grel))
    out["relations"] = prf(tp_p, len(prel), tp_r, len(grel)) + (len(prel), len(grel))
    out["relations_missed"] = [f"{g['line']}: {g['source']} {g['relation']} {g['target']}{' planned' if g['planned'] else ''}"
                               for g in grel if not any(rel_ok(p, g) for p in prel)]
    out["relations_false"] = [f"{p.line}: {gid(p.source)} {p.relation} {gid(p.target)}"
                              f"{' planned' if p.planned else ''} [{p.rule}]"
                              for p in prel if not any(rel_ok(p, g) for g in grel)]

    # --- localities (recall with part_of_body right) and bodies
    gl = gold["localities"]
    for g in gl:
        g["span"] = _span(ls, g["line"], g["offset"], len(g["surface"]))
    pl = list(x.localities)

    def loc_ok(p, g):
        return _overlap((p.start, p.end), g["span"]) and p.name == g["canonical"] and p.part_of_body == g["part_of_body"]
    tp_r = sum(1 for g in gl if any(loc_ok(p, g) for p in pl))
    tp_p = sum(1 for p in pl if any(_overlap((p.start, p.end), g["span"]) for g in gl))
    out["localities"] = prf(tp_p, len(pl), tp_r, len(gl)) + (len(pl), len(gl))
    gb = gold["bodies"]
    for g in gb:
        g["span"] = _span(ls, g["line"], g["offset"], len(g["surface"]))
    pb = list(x.bodies)
    tp_r = sum(1 for g in gb if any(_overlap((p.start, p.end), g["span"]) and p.name == g["canonical"] for p in pb))
    tp_p = sum(1 for p in pb if any(_overlap((p.start, p.end), g["span"]) for g in gb))
    out["bodies"] = prf(tp_p, len(pb), tp_r, len(gb)) + (len(pb), len(gb))

    # --- the file's own document and its copy
    s, d = gold["self"], x.document
    c = d.copy
    checks = {
        "number": (d.code, s["number"]), "type": (d.type, s["type"]), "date": (d.date, s["date"]),
        "issuer": (d.issuer, s["issuer"]), "signer": (d.signer, s["signer"]),
        "copy number": (c and c.code, s["copy"]["number"]), "copy date": (c and c.date, s["copy"]["date"]),
        "copy signer": (c and c.signer, s["copy"]["signer"]), "copy issuer": (c and c.issuer, s["copy"]["issuer"]),
    }
    out["self"] = {k: (v[0] == v[1], v[0], v[1]) for k, v in checks.items()}
    return out


def score_state():
    from vanban.loaders import extract
    gold = json.loads(STATE_GOLD.read_text(encoding="utf-8"))["files"]
    rows = []
    for fname, expected in gold.items():
        path = STATE_DIR / fname
        x = extract(path)
        got = {(norm_code(r.source), r.relation, norm_code(r.target)) for r in x.relations}
        for e in expected:
            ok = any((norm_code(s), rel, norm_code(e["target"])) in got for s in e["source"] for rel in e["accept"])
            rows.append((fname, e, ok))
    return rows


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    from vanban.loaders import extract
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    x = extract(SEED)
    seed = score_seed(x, gold, text)
    state = score_state()
    if "--json" in argv:
        print(json.dumps({"seed": seed, "state": [(f, e, ok) for f, e, ok in state]}, ensure_ascii=False, default=str))
        return 0
    verbose = "-v" in argv
    print("vanban loaders vs the seed gold (examples/000_4359cb3ac2b76893.txt)")
    print(f"{'measure':<46}{'precision':>10}{'recall':>9}{'pred':>6}{'gold':>6}  target")
    for key, label, target in (("numbered_mentions", "numbered mentions", "P,R >= 0.99"),
                               ("relations", "relations between named documents", "P,R >= 0.85"),
                               ("localities", "locality mentions (+part_of_body)", "R >= 0.97"),
                               ("bodies", "body mentions", "R >= 0.90")):
        p, r, n_p, n_g = seed[key]
        print(f"{label:<46}{p:>10.3f}{r:>9.3f}{n_p:>6}{n_g:>6}  {target}")
    acc, right, n = seed["documents"]
    print(f"{'numbered documents: type, date, issuer right':<46}{acc:>10.3f}{'':>9}{right:>6}{n:>6}  >= 0.95")
    print(f"{'the two 98-QĐ/TW kept apart':<46}{'yes' if seed['98_apart'] else 'NO':>10}")
    own = seed["self"]
    print("own document: " + ", ".join(f"{k} {'ok' if v[0] else 'WRONG (' + str(v[1]) + ')'}" for k, v in own.items()))
    found = sum(1 for *_, ok in state if ok)
    print(f"state texts: {found}/{len(state)} stated amendments/replacements/repeals/bases found "
          "with the right acting and target document")
    for f, e, ok in state:
        if not ok:
            print(f"  missed {f}: {'/'.join(e['source'])} {'|'.join(e['accept'])} {e['target']}")
    if verbose:
        for key in ("numbered_misses", "numbered_false", "documents_wrong", "relations_missed", "relations_false"):
            for item in seed[key]:
                print(f"  {key}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
