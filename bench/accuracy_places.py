"""Locality and body mentions against the seed gold (issue #2 targets: locality recall >= 0.97 with part_of_body
right, body recall >= 0.9; precision reported too).

    .venv/bin/python bench/accuracy_places.py [--misses]

A gold entry (line, offset-in-line, surface) is found by a predicted mention on the same line whose span
overlaps it; each prediction is used once (the best overlap wins).  For localities the prediction must also
give the gold's province and part_of_body; for bodies the canonical name is scored apart ("names right").
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from vanban.loaders.bodies import find_bodies
from vanban.loaders.localities import find_localities
from vanban.loaders.places import line_index

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "000_4359cb3ac2b76893.txt"
GOLD = ROOT / "tests" / "fixtures" / "seed_gold.json"


def match(gold, predicted, starts, agree):
    """Pair gold entries with predictions (same line, overlapping span, best overlap first).

    Returns (pairs, unmatched gold, unmatched predictions); a pair only counts when ``agree(g, p)``.
    """
    by_line = {}
    for p in predicted:
        by_line.setdefault(p.line, []).append(p)
    used, pairs, missed = set(), [], []
    for g in gold:
        a = starts[g["line"] - 1] + g["offset"]
        b = a + len(g["surface"])
        best, best_overlap = None, 0
        for p in by_line.get(g["line"], ()):
            overlap = min(b, p.end) - max(a, p.start)
            if id(p) not in used and overlap > 0 and agree(g, p) and overlap > best_overlap:
                best, best_overlap = p, overlap
        if best is None:
            missed.append(g)
        else:
            used.add(id(best))
            pairs.append((g, best))
    extra = [p for p in predicted if id(p) not in used]
    return pairs, missed, extra


def score(text, gold):
    lines = line_index(text)
    bodies = find_bodies(text, lines=lines)
    localities = find_localities(text, lines=lines, bodies=bodies)
    loc = match(gold["localities"], localities, lines.starts,
                lambda g, p: g["canonical"] == p.name and g["part_of_body"] == p.part_of_body)
    loc_any = match(gold["localities"], localities, lines.starts, lambda g, p: True)
    bod = match(gold["bodies"], bodies, lines.starts, lambda g, p: True)
    return localities, bodies, loc, loc_any, bod


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list missed gold entries and unmatched predictions")
    args = ap.parse_args(argv)
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    localities, bodies, loc, loc_any, bod = score(text, gold)
    fn = lambda g, p: (g.get("in_footnote") == p.footnote)  # noqa: E731

    print(f"seed: {SEED.name}")
    print("\nLocality mentions (same line, overlapping span, same province and part_of_body)")
    print(f"  gold {len(gold['localities'])}  predicted {len(localities)}  matched {len(loc[0])}")
    print(f"  recall    {len(loc[0]) / len(gold['localities']):.3f}   (target >= 0.97)")
    print(f"  precision {len(loc[0]) / max(1, len(localities)):.3f}")
    print(f"  span-only recall {len(loc_any[0]) / len(gold['localities']):.3f}, "
          f"footnote right on matched {sum(fn(g, p) for g, p in loc[0])}/{len(loc[0])}")
    print("\nBody mentions (same line, overlapping span)")
    print(f"  gold {len(gold['bodies'])}  predicted {len(bodies)}  matched {len(bod[0])}")
    print(f"  recall    {len(bod[0]) / len(gold['bodies']):.3f}   (target >= 0.9)")
    print(f"  precision {len(bod[0]) / max(1, len(bodies)):.3f}")
    names = sum(g["canonical"] == p.name for g, p in bod[0])
    print(f"  canonical name right on matched {names}/{len(bod[0])}, "
          f"footnote right {sum(fn(g, p) for g, p in bod[0])}/{len(bod[0])}")
    if args.misses:
        for title, (pairs, missed, extra) in (("localities", loc), ("bodies", bod)):
            print(f"\n{title}: missed")
            for g in missed:
                print(f"  {g['line']}:{g['offset']} {g['surface']!r} -> {g['canonical']!r}")
            print(f"{title}: predicted, not in gold")
            for p in extra:
                print(f"  {p.line}:{p.start} {p.surface!r} -> {p.name!r}")
        print("\nbodies: matched with another name")
        for g, p in bod[0]:
            if g["canonical"] != p.name:
                print(f"  {g['line']} {g['surface']!r} gold {g['canonical']!r} got {p.name!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
