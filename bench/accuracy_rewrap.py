"""Do the loaders read a text the same when its lines break elsewhere?  A check that needs no gold.

    .venv/bin/python bench/accuracy_rewrap.py [--source DIR] [--show N]

Two PDFs of one document differ in where their lines break: another width, another tool.  For each gazette text
(``$VANBAN_SHARED/corpus/real/congbao``, else ``../shared/corpus/real/congbao`` beside the clone, else the copies in
tests/fixtures/real/texts/congbao), this moves each break that stands inside a sentence by one word (``rewrap``):

* "pull": the line's last word goes down to the next line;
* "push": the next line's first word comes up;
* "justify": the third space of each line of 40 characters or more is doubled, as the text of a justified PDF line
  has it ("Nghị  định số 29/2025/NĐ-CP").
* "wrap" (``--modes wrap``, for texts whose paragraphs are lines: ``--source examples``): each line longer than 90
  characters is broken at 80;
* "double" (``--modes double``): a blank line under every line, as a converter or an OCR engine may give a page
  (loaders/rebreak.py ``undouble``).

A break inside a sentence is one where the line ends in no stop or comma and the next line opens in small letters:
no paragraph, heading or item starts there, so the text is the same document with the same relations.  It prints
the relations (source, type, target, scope, partial) and references lost and gained over all texts, and the texts
that changed, worst first.  A measurement, not a test: tests/test_session23_rewrap.py asserts the cases fixed.
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared")) / "corpus" / "real" / "congbao"
FIXTURES = ROOT / "tests" / "fixtures" / "real" / "texts" / "congbao"
MODES = ("pull", "push", "justify")


def rewrap(text: str, mode: str) -> str:
    """``text`` with each break inside a sentence moved by one word: the line before ends in no stop or comma and
    the line after opens with a small letter; "pull" moves the first line's last word down, "push" the second
    line's first word up (a word of letters only, never a number or a code); "justify" doubles the third space of
    each long line instead; "wrap" breaks each line longer than 90 characters at 80 (a text whose paragraphs are
    lines, an OCR'd or a web page's, as a PDF would give it; tables and Markdown headings stay); "double" puts a
    blank line under every line."""
    if mode == "double":
        return text.replace("\n", "\n\n")
    out = text.split("\n")
    if mode == "wrap":
        wrapped: list = []
        for line in out:
            if len(line) > 90 and "|" not in line and not line.lstrip().startswith(("#", "!", "[", "<")):
                wrapped.extend(textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False) or [line])
            else:
                wrapped.append(line)
        return "\n".join(wrapped)
    if mode == "justify":
        for i, line in enumerate(out):
            words = line.split(" ", 3)               # (three words and the rest, when single spaces part them)
            if len(line) >= 40 and len(words) == 4 and all(words[:3]) and words[3][:1] not in ("", " "):
                out[i] = " ".join(words[:3]) + "  " + words[3]
        return "\n".join(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        sa, sb = a.rstrip(), b.lstrip()
        if not sa or not sb or sa[-1] in ".;:!?," or not sb[0].islower():
            continue
        if mode == "pull":
            words = sa.split(" ")
            if len(words) < 4 or not words[-1].isalpha():
                continue
            out[i] = " ".join(words[:-1]) + a[len(sa):]
            out[i + 1] = b[:len(b) - len(sb)] + words[-1] + " " + sb
        elif mode == "push":
            words = sb.split(" ")
            if len(words) < 3 or not words[0].isalpha():
                continue
            out[i] = sa + " " + words[0] + a[len(sa):]
            out[i + 1] = b[:len(b) - len(sb)] + " ".join(words[1:])
        else:
            raise ValueError(f"mode {mode!r}: pull, push, justify, wrap or double")
    return "\n".join(out)


def reading(text: str):
    """(relations, references) of ``text`` as sets, as the golds score them: each relation (source, type, target,
    scope, partial) once, each referenced document once."""
    from vanban.loaders import extract_text
    x = extract_text(text)
    return ({(r.source, r.relation, r.target, r.scope or "", r.partial) for r in x.relations},
            {m.id for m in x.mentions})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=None, help="folder of gazette .txt texts")
    ap.add_argument("--show", type=int, default=10, help="texts to list, worst first (default 10)")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated (default {','.join(MODES)}; or wrap, double)")
    args = ap.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    src = Path(args.source) if args.source else SHARED if SHARED.is_dir() else FIXTURES
    files = sorted(src.rglob("*.txt"))
    totals: collections.Counter = collections.Counter()
    worst = []
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        rels, refs = reading(text)
        for mode in modes:
            moved = rewrap(text, mode)
            if moved == text:
                continue
            r2, m2 = reading(moved)
            lost, gained = len(rels - r2), len(r2 - rels)
            totals["relations"] += len(rels)
            totals["relations lost"] += lost
            totals["relations gained"] += gained
            totals["references lost"] += len(refs - m2)
            totals["references gained"] += len(m2 - refs)
            totals["texts"] += 1
            if lost or gained:
                worst.append((lost + gained, p.name, mode, sorted(rels - r2), sorted(r2 - rels)))
    print(f"{len(files)} texts from {src}; {totals['texts']} rewrapped readings ({', '.join(modes)})")
    print(f"relations: {totals['relations']} read (summed over the readings); lost {totals['relations lost']}, "
          f"gained {totals['relations gained']}")
    print(f"references: lost {totals['references lost']}, gained {totals['references gained']}")
    for _n, name, mode, lost_r, gained_r in sorted(worst, reverse=True)[:args.show]:
        print(f"  {name} ({mode}): {len(lost_r)} lost, {len(gained_r)} gained")
        for r in lost_r[:3]:
            print(f"    - {r[0]} {r[1]} {r[2]}" + (f" [{r[3][:60]}]" if r[3] else ""))
        for r in gained_r[:3]:
            print(f"    + {r[0]} {r[1]} {r[2]}" + (f" [{r[3][:60]}]" if r[3] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
