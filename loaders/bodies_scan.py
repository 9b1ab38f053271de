"""One pass over a text for all the patterns of the bodies and localities stage.

Each pattern of that stage (the named bodies, the central organs, the departments, the sub-bodies, the bare
committees, the issuer codes, the gazetteer) can only start where a word opens one of its names ("Ban", "Bộ",
"Hà", "BTCTW" ...).  Python's ``re`` walks a text at some 4 ns a character for any pattern that starts with a
set of letters, whatever comes next, so one whole-text scan per pattern cost the stage nine such walks.
``HeadScan`` makes one: a regex whose alternatives each start with one literal character (so ``re`` skips the
other characters in C) stops at a word start where some pattern's *guard* holds, and only there does Python try
that pattern with ``match``.  A guard is a necessary condition of its pattern at that position: the pattern's
first words, or the whole branch the word opens when that is cheap (a named body's head word and the rest of
its names; a province's first word and the words that may follow it).

What ``scan`` returns is, pattern by pattern, exactly what scanning the whole text gives (``Family.mode``):

* ``"word"``: the matches ``bodies._scan`` yields (leftmost, at a word start, the next search from the match's
  end).  A pattern that matches at a word start passes its guard there, so the scan stops there; trying the
  positions it stops at in order, from the last match's end, is what ``rx.search`` does over the whole text.
* ``"finditer"``: the matches of ``rx.finditer``, for a pattern that checks its own word start (the gazetteer).
* ``"boundary"``: the matches of ``rx.finditer`` that no letter, digit, "/", "–", "-" or "_" precedes (the issuer
  codes).  A match that follows a letter cannot hide one that follows none: the hidden one would start after a
  code letter.

The scan's own matches are whole runs of letters (see ``RUN``), so a word start is never inside one of them and
none of the positions the patterns need is skipped.  ``tests/test_bodies_scan.py`` compares every pattern's
matches with its whole-text scan on every bundled real text.  Benchmark if changing
(``bench/bench_extract.py``, the "bodies" and "localities" rows).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Sequence, Tuple

# A letter of a word run: a word character but for digits, "_" and the superscript footnote markers (a marker
# glued to a name, "Hậu Giang³⁶", ends the word).
RUN = r"[^\W\d_\u00b2\u00b3\u00b9\u2070-\u2079]"
# Checked right after the first character: the character before it is no word character (a footnote marker
# does not count).  The weakest word start of the patterns, so every one of them passes it.
_AFTER_WORD_START = r"(?<![^\W\u00b2\u00b3\u00b9\u2070-\u2079].)"
_ANY_WORD = re.compile(RUN + "*")
MODES = ("word", "finditer", "boundary")
_DISPATCH_MAX = 200_000      # distinct words remembered; a text of random words cannot grow it without bound


@dataclass(frozen=True)
class Head:
    """Where a pattern may start: at one of the characters ``first``, followed by what the regex source
    ``rest`` matches (checked as a lookahead: a necessary condition of the pattern there); ``accepts`` is a
    regex source that the run of letters starting there must match (``re.match``: a prefix, unless it ends in
    ``\\Z``)."""
    first: str
    rest: str
    accepts: str


@dataclass(frozen=True)
class Family:
    """A pattern and the heads it may start with; ``mode`` says which whole-text scan ``HeadScan`` stands for."""
    name: str
    rx: "re.Pattern[str]"
    heads: Tuple[Head, ...]
    mode: str = "word"

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"mode {self.mode!r} of family {self.name!r}: choose one of {', '.join(MODES)}")


def literal_heads(words: Iterable[str], guard: str = "", exact: bool = False) -> Tuple[Head, ...]:
    """Heads for literal words (case as written): each word, then ``guard`` (a regex source checked right
    after the word).  ``exact``: the word is a whole run of letters, nothing glued to it."""
    out = []
    for w in sorted(set(words)):
        if not w or not _ANY_WORD.fullmatch(w):
            raise ValueError(f"head word {w!r}: a head must be letters only")
        out.append(Head(w[0], re.escape(w[1:]) + guard, re.escape(w) + (r"\Z" if exact else "")))
    return tuple(out)


class HeadScan:
    """One scan of a text finding every family's matches (see the module's docstring)."""

    def __init__(self, families: Sequence[Family]):
        self.families = tuple(families)
        by_first: Dict[str, List[str]] = {}
        for f in self.families:
            for h in f.heads:
                for c in h.first:
                    alts = by_first.setdefault(c, [])
                    if h.rest not in alts:
                        alts.append(h.rest)
        branches = []
        for c, alts in sorted(by_first.items()):
            # a head that checks nothing after its first letter: the branch is the letter alone
            look = "" if "" in alts else "(?=" + "|".join(sorted(alts, key=lambda a: (-len(a), a))) + ")"
            branches.append(re.escape(c) + _AFTER_WORD_START + look)
        # Every alternative starts with a literal: ``re`` then looks for the set of first letters in C.
        self.rx = re.compile("(?:" + "|".join(branches) + ")" + RUN + "*") if branches else None
        self._accepts = [re.compile("|".join(f"(?:{h.accepts})" for h in f.heads) or "(?!)")
                         for f in self.families]
        self._dispatch: Dict[str, Tuple[int, ...]] = {}

    def _families_of(self, word: str) -> Tuple[int, ...]:
        got = tuple(i for i, acc in enumerate(self._accepts) if acc.match(word))
        if len(self._dispatch) >= _DISPATCH_MAX:
            self._dispatch.clear()
        self._dispatch[word] = got
        return got

    def scan(self, t: str) -> Dict[str, list]:
        """{family name: its matches in ``t``, in text order}."""
        fams = self.families
        found: List[list] = [[] for _ in fams]
        nxt = [0] * len(fams)
        rxs = [f.rx for f in fams]
        modes = [f.mode for f in fams]
        if self.rx is not None:
            get = self._dispatch.get
            for m in self.rx.finditer(t):
                word = m[0]
                which = get(word)
                if which is None:
                    which = self._families_of(word)
                if not which:
                    continue
                q = m.start()
                for i in which:
                    if q < nxt[i]:
                        continue
                    mode = modes[i]
                    if q and mode != "finditer":
                        c = t[q - 1]
                        if mode == "word":
                            if (c.isalnum() or c == "_") and c not in _NOT_WORD:
                                continue
                        elif c.isalnum() or c in "/–-_":
                            continue
                    r = rxs[i].match(t, q)
                    if r is not None:
                        found[i].append(r)
                        e = r.end()
                        nxt[i] = e if e > q else q + 1
        return {f.name: found[i] for i, f in enumerate(fams)}


# The footnote markers a word may follow (``bodies._at_word_start``).
_NOT_WORD = frozenset("\u00b2\u00b3\u00b9\u2070\u2074\u2075\u2076\u2077\u2078\u2079")
