"""Messy text never breaks the loaders: random slices of the real texts (cut mid-word, mid-number, mid-footnote)
and case/space-mangled copies give a result whose every span points at its surface."""
import random
from pathlib import Path

import pytest

from vanban.loaders import extract_text

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").rglob("*.txt"))]


@pytest.mark.parametrize("seed", range(4))
def test_random_slices_give_consistent_results(seed):
    rnd = random.Random(seed)
    for _ in range(50):
        t = rnd.choice(TEXTS)
        a = rnd.randrange(len(t))
        s = t[a:a + rnd.randrange(1, 3000)]
        if rnd.random() < 0.3:
            s = "".join(rnd.choice([c, c.upper(), "\n", " ", "-", "/"]) for c in s)
        x = extract_text(s)
        for m in x.mentions:
            assert s[m.start:m.end] == m.surface
        for loc in x.localities:
            assert s[loc.start:loc.end] == loc.surface
        for r in x.relations:
            assert r.relation in {"AMENDS", "REPLACES", "REPEALS", "SUSPENDS", "CORRECTS", "CONSOLIDATES", "GUIDES",
                                  "IMPLEMENTS", "REVIEWS", "BASED_ON", "CITES"}
